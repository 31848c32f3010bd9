package dev.neptun.imports.boundary;

import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.imports.entity.ImportStatus;
import dev.neptun.platform.InvalidInput;
import dev.neptun.platform.JsonText;
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

    /** What the constructor of {@link ContextImport} leaves at its defaults. */
    void fillIn(ContextImport created) {
        created.setSourceRef(sourceRef);
        if (importStatus != null) {
            created.setImportStatus(importStatus);
        }
        created.setErrorMessage(errorMessage);
        created.setFileTree(JsonText.write(fileTree));
    }
}
