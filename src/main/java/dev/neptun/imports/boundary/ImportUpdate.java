package dev.neptun.imports.boundary;

import dev.neptun.imports.entity.ImportKinds;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A PUT body: only these four members can change; project, owner, source type and installation never do. */
public record ImportUpdate(
        @Size(max = 1024) String sourceRef,
        @Pattern(regexp = ImportKinds.STATUS_PATTERN, message = "must be one of: " + ImportKinds.STATUS_PATTERN) String importStatus,
        @Size(max = 4096) String errorMessage,
        JsonValue fileTree) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public ImportUpdate(String sourceRef, String importStatus, String errorMessage, JsonValue fileTree) {
        this.sourceRef = sourceRef;
        this.importStatus = importStatus;
        this.errorMessage = errorMessage;
        this.fileTree = fileTree;
    }

    static final Set<String> UPDATABLE = Set.of("source_ref", "import_status", "error_message", "file_tree");
    static final Set<String> NOT_NULLABLE = Set.of("import_status");
}
