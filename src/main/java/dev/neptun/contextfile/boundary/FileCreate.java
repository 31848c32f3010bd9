package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.entity.FileKinds;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record FileCreate(
        @NotNull @Positive Integer importId,
        @NotBlank @Size(max = 512) String title,
        @Size(max = 2048) String originalPath,
        @NotNull String content,
        @NotNull @Pattern(regexp = FileKinds.FILE_TYPE_PATTERN, message = "must be one of: " + FileKinds.FILE_TYPE_PATTERN) String fileType,
        @Pattern(regexp = FileKinds.CATEGORY_PATTERN, message = "must be one of: " + FileKinds.CATEGORY_PATTERN) String category,
        @Size(min = 1, max = 64) String language,
        @PositiveOrZero Long fileSize,
        @Size(max = 2048) String parentPath,
        @PositiveOrZero Integer depth,
        JsonValue metadata) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public FileCreate(Integer importId, String title, String originalPath, String content, String fileType,
            String category, String language, Long fileSize, String parentPath, Integer depth, JsonValue metadata) {
        this.importId = importId;
        this.title = title;
        this.originalPath = originalPath;
        this.content = content;
        this.fileType = fileType;
        this.category = category;
        this.language = language;
        this.fileSize = fileSize;
        this.parentPath = parentPath;
        this.depth = depth;
        this.metadata = metadata;
    }
}
