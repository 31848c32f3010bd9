package dev.neptun.imports.boundary;

import dev.neptun.imports.control.CountedImport;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.platform.Clock;
import dev.neptun.platform.JsonText;
import jakarta.json.JsonValue;
import java.time.Instant;

/** An import as the API shows it; {@code file_count} (beyond API.md) is the number of its context files, which a delete takes with it. */
public record ImportView(int id, int projectId, String sourceType, String sourcePath, String sourceRef, String importStatus,
        String errorMessage, JsonValue fileTree, Integer installationId, long fileCount, Instant createdAt, Instant updatedAt) {

    static ImportView of(CountedImport counted) {
        ContextImport i = counted.contextImport();
        return new ImportView(i.getId(), i.getProjectId(), i.getSourceType().wireName(), i.getSourcePath(), i.getSourceRef(),
                i.getImportStatus().wireName(), i.getErrorMessage(), JsonText.read(i.getFileTree()), i.getInstallationId(),
                counted.fileCount(), Clock.toInstant(i.getCreatedAt()), Clock.toInstant(i.getUpdatedAt()));
    }
}
