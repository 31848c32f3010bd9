package dev.neptun.imports.boundary;

import dev.neptun.imports.control.ImportSummary;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.platform.json.JsonText;
import dev.neptun.platform.persistence.Clock;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * An import as the API shows it, with what a delete would take: {@code file_count}, its context files,
 * and {@code delete_removes_connection}, whether the project's connection to its installation goes too.
 */
public record ImportView(int id, int projectId, String sourceType, String sourcePath, String sourceRef, String importStatus,
        String errorMessage, JsonValue fileTree, Integer installationId, long fileCount, boolean deleteRemovesConnection,
        Instant createdAt, Instant updatedAt) {

    static ImportView of(ImportSummary summary) {
        ContextImport i = summary.contextImport();
        return new ImportView(i.getId(), i.getProjectId(), i.getSourceType().wireName(), i.getSourcePath(), i.getSourceRef(),
                i.getImportStatus().wireName(), i.getErrorMessage(), JsonText.read(i.getFileTree()), i.getInstallationId(),
                i.getFileCount(), summary.deleteRemovesConnection(), Clock.toInstant(i.getCreatedAt()), Clock.toInstant(i.getUpdatedAt()));
    }

    /**
     * The id alone, which equal views share. JSON-B (Yasson) keeps each object it writes in a hash set to
     * find cycles, and a record's own hash reads every component: the whole file tree, twice per item
     * of a page.
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }
}
