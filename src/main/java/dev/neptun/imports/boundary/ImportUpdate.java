package dev.neptun.imports.boundary;

import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportStatus;
import dev.neptun.platform.JsonText;
import dev.neptun.platform.Partial;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** A PUT body: only these four members can change; project, owner, source type and installation never do. */
public record ImportUpdate(
        Optional<@Size(max = 1024) String> sourceRef,
        Optional<@NotNull ImportStatus> importStatus,
        Optional<@Size(max = 4096) String> errorMessage,
        Optional<JsonValue> fileTree) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public ImportUpdate(Optional<String> sourceRef, Optional<ImportStatus> importStatus, Optional<String> errorMessage,
            Optional<JsonValue> fileTree) {
        this.sourceRef = sourceRef;
        this.importStatus = importStatus;
        this.errorMessage = errorMessage;
        this.fileTree = fileTree;
    }

    void applyTo(ContextImport contextImport) {
        Partial.apply(sourceRef, contextImport::setSourceRef);
        Partial.apply(importStatus, contextImport::setImportStatus);
        Partial.apply(errorMessage, contextImport::setErrorMessage);
        Partial.apply(fileTree, tree -> contextImport.setFileTree(JsonText.write(tree)));
    }
}
