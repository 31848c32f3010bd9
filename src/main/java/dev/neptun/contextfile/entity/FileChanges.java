package dev.neptun.contextfile.entity;

import dev.neptun.platform.json.Partial;
import java.util.Optional;

/** A partial change of a context file: absent (null) keeps, empty clears, a value sets; the size follows the content. */
public record FileChanges(Optional<String> title, Optional<String> originalPath, Optional<String> content, Optional<FileType> fileType,
        Optional<FileCategory> category, Optional<String> language, Optional<String> parentPath, Optional<Integer> depth,
        Optional<String> metadata) {

    public void applyTo(ContextFile file) {
        Partial.apply(title, file::setTitle);
        Partial.apply(originalPath, file::setOriginalPath);
        Partial.apply(content, file::setContent);
        Partial.apply(fileType, file::setFileType);
        Partial.apply(category, file::setCategory);
        Partial.apply(language, file::setLanguage);
        Partial.apply(parentPath, file::setParentPath);
        Partial.apply(depth, file::setDepth);
        Partial.apply(metadata, file::setMetadata);
    }
}
