package dev.neptun.imports.entity;

/** What a new import may set beyond its source; null leaves the default (status pending, the rest none). */
public record ImportDetails(String sourceRef, ImportStatus importStatus, String errorMessage, String fileTree) {

    public void fillIn(ContextImport created) {
        created.setSourceRef(sourceRef);
        if (importStatus != null) {
            created.setImportStatus(importStatus);
        }
        created.setErrorMessage(errorMessage);
        created.setFileTree(fileTree);
    }
}
