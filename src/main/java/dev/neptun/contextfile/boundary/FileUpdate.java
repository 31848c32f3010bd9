package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.entity.FileKinds;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A PUT body: absent members stay; {@code import_id} and the project are not among them, a file never moves. */
public record FileUpdate(
        @Size(min = 1, max = 512) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @Size(max = 2048) String originalPath,
        String content,
        @Pattern(regexp = FileKinds.FILE_TYPE_PATTERN, message = "must be one of: " + FileKinds.FILE_TYPE_PATTERN) String fileType,
        @Pattern(regexp = FileKinds.CATEGORY_PATTERN, message = "must be one of: " + FileKinds.CATEGORY_PATTERN) String category,
        @Size(min = 1, max = 64) String language,
        @PositiveOrZero Long fileSize,
        @Size(max = 2048) String parentPath,
        @PositiveOrZero Integer depth,
        JsonValue metadata) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public FileUpdate(String title, String originalPath, String content, String fileType, String category,
            String language, Long fileSize, String parentPath, Integer depth, JsonValue metadata) {
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

    static final Set<String> UPDATABLE = Set.of("title", "original_path", "content", "file_type", "category", "language",
            "file_size", "parent_path", "depth", "metadata");
    static final Set<String> NOT_NULLABLE = Set.of("title", "content", "file_type", "language", "file_size", "depth");
}
