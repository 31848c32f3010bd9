package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.contextfile.entity.FileCategory;
import dev.neptun.contextfile.entity.FileType;
import dev.neptun.platform.JsonText;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The body of a new context file; {@code file_size}, when given, must be that of {@code content}. */
public record FileCreate(
        @NotNull @Positive Integer importId,
        @NotBlank @Size(max = 512) String title,
        @Size(max = 2048) String originalPath,
        @NotNull String content,
        @NotNull FileType fileType,
        FileCategory category,
        @Size(min = 1, max = 64) String language,
        @PositiveOrZero Long fileSize,
        @Size(max = 2048) String parentPath,
        @PositiveOrZero Integer depth,
        JsonValue metadata) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public FileCreate(Integer importId, String title, String originalPath, String content, FileType fileType,
            FileCategory category, String language, Long fileSize, String parentPath, Integer depth, JsonValue metadata) {
        FileContent.check(content, content == null ? null : fileSize);
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

    /** What the constructor of {@link ContextFile} leaves at its defaults. */
    void fillIn(ContextFile created) {
        created.setOriginalPath(originalPath);
        created.setCategory(category);
        if (language != null) {
            created.setLanguage(language);
        }
        created.setParentPath(parentPath);
        if (depth != null) {
            created.setDepth(depth);
        }
        created.setMetadata(JsonText.write(metadata));
    }
}
