package dev.neptun.installation.boundary;

import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.platform.persistence.Clock;
import java.time.Instant;

public record InstallationView(int id, long githubInstallationId, String githubAccountType, long githubAccountId,
        String githubAccountName, String githubAccountAvatarUrl, Instant createdAt, Instant updatedAt) {

    static InstallationView of(GithubInstallation g) {
        return new InstallationView(g.getId(), g.getGithubInstallationId(), g.getGithubAccountType(), g.getGithubAccountId(),
                g.getGithubAccountName(), g.getGithubAccountAvatarUrl(), Clock.toInstant(g.getCreatedAt()),
                Clock.toInstant(g.getUpdatedAt()));
    }
}
