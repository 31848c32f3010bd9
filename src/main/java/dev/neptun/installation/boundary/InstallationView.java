package dev.neptun.installation.boundary;

import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.platform.persistence.Clock;
import java.time.Instant;

/** An installation as the API shows it; {@code suspended_at} is GitHub's to set, through the webhook, never a client's. */
public record InstallationView(int id, long githubInstallationId, String githubAccountType, long githubAccountId,
        String githubAccountName, String githubAccountAvatarUrl, Instant suspendedAt, Instant createdAt, Instant updatedAt) {

    static InstallationView of(GithubInstallation g) {
        return new InstallationView(g.getId(), g.getGithubInstallationId(), g.getGithubAccountType(), g.getGithubAccountId(),
                g.getGithubAccountName(), g.getGithubAccountAvatarUrl(), Clock.toInstant(g.getSuspendedAt()),
                Clock.toInstant(g.getCreatedAt()), Clock.toInstant(g.getUpdatedAt()));
    }
}
