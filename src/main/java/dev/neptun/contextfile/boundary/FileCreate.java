package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.entity.FileCategory;
import dev.neptun.contextfile.entity.FileDetails;
import dev.neptun.contextfile.entity.FileType;
import dev.neptun.platform.json.JsonText;
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
    public FileCreate {
        FileContent.check(content, content == null ? null : fileSize);
    }

    /** What a new file sets beyond its title, content and type, as the domain keeps it (metadata as JSON text). */
    FileDetails details() {
        return new FileDetails(originalPath, category, language, parentPath, depth, JsonText.write(metadata));
    }
}
