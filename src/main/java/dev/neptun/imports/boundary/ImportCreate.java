package dev.neptun.imports.boundary;

import dev.neptun.imports.entity.ImportDetails;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.imports.entity.ImportStatus;
import dev.neptun.platform.json.JsonText;
import dev.neptun.platform.refusals.InvalidInput;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of a new import. {@code installation_id} is required for, and only for, a GitHub-installation import. */
public record ImportCreate(
        @NotNull ImportSourceType sourceType,
        @NotBlank @Size(max = 2048) String sourcePath,
        @Size(max = 1024) String sourceRef,
        ImportStatus importStatus,
        @Size(max = 4096) String errorMessage,
        JsonValue fileTree,
        @Positive Integer installationId) {
    public ImportCreate {
        boolean needsInstallation = sourceType == ImportSourceType.github_repository_installation;
        if (sourceType != null && needsInstallation != (installationId != null)) {
            throw InvalidInput.member("installation_id", needsInstallation
                    ? "is required for github_repository_installation imports"
                    : "is only allowed for github_repository_installation imports");
        }
    }

    /** What a new import sets beyond its source, as the domain keeps it (the file tree as JSON text). */
    ImportDetails details() {
        return new ImportDetails(sourceRef, importStatus, errorMessage, JsonText.write(fileTree));
    }
}
