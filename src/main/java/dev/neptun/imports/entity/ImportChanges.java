package dev.neptun.imports.entity;

import dev.neptun.platform.json.Partial;
import java.util.Optional;

/** A partial change of an import's four changeable members: absent (null) keeps, empty clears, a value sets. */
public record ImportChanges(Optional<String> sourceRef, Optional<ImportStatus> importStatus, Optional<String> errorMessage,
        Optional<String> fileTree) {

    public void applyTo(ContextImport contextImport) {
        Partial.apply(sourceRef, contextImport::setSourceRef);
        Partial.apply(importStatus, contextImport::setImportStatus);
        Partial.apply(errorMessage, contextImport::setErrorMessage);
        Partial.apply(fileTree, contextImport::setFileTree);
    }
}
