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
    Installations.Details details() {
        return new Installations.Details(githubInstallationId, githubAccountType, githubAccountId, githubAccountName, githubAccountAvatarUrl);
    }
}
