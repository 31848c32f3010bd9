package dev.neptun.imports.boundary;

import dev.neptun.imports.entity.ContextImport;
import dev.neptun.platform.Clock;
import dev.neptun.platform.JsonText;
import jakarta.json.JsonValue;
import java.time.Instant;

public record ImportView(int id, int projectId, String sourceType, String sourcePath, String sourceRef, String importStatus,
        String errorMessage, JsonValue fileTree, Integer installationId, Instant createdAt, Instant updatedAt) {

    static ImportView of(ContextImport i) {
        return new ImportView(i.getId(), i.getProjectId(), i.getSourceType().wireName(), i.getSourcePath(), i.getSourceRef(),
                i.getImportStatus().wireName(), i.getErrorMessage(), JsonText.read(i.getFileTree()), i.getInstallationId(),
                Clock.toInstant(i.getCreatedAt()), Clock.toInstant(i.getUpdatedAt()));
    }
}
