package dev.neptun.installation.boundary;

import dev.neptun.installation.control.Installations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** GitHub's own numbers for the installation and the account it is installed on. */
public record InstallationCreate(
        @NotNull @Positive Long githubInstallationId,
        @NotBlank @Size(max = 32) String githubAccountType,
        @NotNull @Positive Long githubAccountId,
        @NotBlank @Size(max = 256) String githubAccountName,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String githubAccountAvatarUrl) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public InstallationCreate(Long githubInstallationId, String githubAccountType, Long githubAccountId,
            String githubAccountName, String githubAccountAvatarUrl) {
        this.githubInstallationId = githubInstallationId;
        this.githubAccountType = githubAccountType;
        this.githubAccountId = githubAccountId;
        this.githubAccountName = githubAccountName;
        this.githubAccountAvatarUrl = githubAccountAvatarUrl;
    }

    Installations.Details details() {
        return new Installations.Details(githubInstallationId, githubAccountType, githubAccountId, githubAccountName, githubAccountAvatarUrl);
    }
}
