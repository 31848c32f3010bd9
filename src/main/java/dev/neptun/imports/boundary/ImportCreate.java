package dev.neptun.imports.boundary;

import dev.neptun.imports.entity.ImportKinds;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record ImportCreate(
        @NotNull @Pattern(regexp = ImportKinds.SOURCE_TYPE_PATTERN, message = "must be one of: " + ImportKinds.SOURCE_TYPE_PATTERN)
        String sourceType,
        @NotBlank @Size(max = 2048) String sourcePath,
        @Size(max = 1024) String sourceRef,
        @Pattern(regexp = ImportKinds.STATUS_PATTERN, message = "must be one of: " + ImportKinds.STATUS_PATTERN) String importStatus,
        @Size(max = 4096) String errorMessage,
        JsonValue fileTree,
        @Positive Integer installationId) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public ImportCreate(String sourceType, String sourcePath, String sourceRef, String importStatus,
            String errorMessage, JsonValue fileTree, Integer installationId) {
        this.sourceType = sourceType;
        this.sourcePath = sourcePath;
        this.sourceRef = sourceRef;
        this.importStatus = importStatus;
        this.errorMessage = errorMessage;
        this.fileTree = fileTree;
        this.installationId = installationId;
    }
}
