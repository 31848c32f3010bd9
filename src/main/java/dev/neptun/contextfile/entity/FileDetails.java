package dev.neptun.contextfile.entity;

/** What a new context file may set beyond its title, content and type; null leaves the default (language text, depth 0, the rest none). */
public record FileDetails(String originalPath, FileCategory category, String language, String parentPath, Integer depth, String metadata) {

    public void fillIn(ContextFile created) {
        created.setOriginalPath(originalPath);
        created.setCategory(category);
        if (language != null) {
            created.setLanguage(language);
        }
        created.setParentPath(parentPath);
        if (depth != null) {
            created.setDepth(depth);
        }
        created.setMetadata(metadata);
    }
}
