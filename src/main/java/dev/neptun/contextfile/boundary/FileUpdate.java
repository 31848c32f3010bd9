package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.entity.FileCategory;
import dev.neptun.contextfile.entity.FileChanges;
import dev.neptun.contextfile.entity.FileType;
import dev.neptun.platform.json.JsonText;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** A PUT body: absent members stay; {@code import_id} and the project are not among them, a file never moves. */
public record FileUpdate(
        Optional<@NotBlank @Size(max = 512) String> title,
        Optional<@Size(max = 2048) String> originalPath,
        Optional<@NotNull String> content,
        Optional<@NotNull FileType> fileType,
        Optional<FileCategory> category,
        Optional<@NotNull @Size(min = 1, max = 64) String> language,
        Optional<@NotNull @PositiveOrZero Long> fileSize,
        Optional<@Size(max = 2048) String> parentPath,
        Optional<@NotNull @PositiveOrZero Integer> depth,
        Optional<JsonValue> metadata) {
    public FileUpdate {
        FileContent.check(content == null ? null : content.orElse(null), fileSize == null ? null : fileSize.orElse(null));
    }

    /** {@code file_size} is not among them: the content sets it (see {@link FileContent}). */
    FileChanges changes() {
        return new FileChanges(title, originalPath, content, fileType, category, language, parentPath, depth,
                metadata == null ? null : metadata.map(JsonText::write));
    }
}
