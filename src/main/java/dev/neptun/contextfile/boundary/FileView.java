package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.platform.json.JsonText;
import dev.neptun.platform.persistence.Clock;
import jakarta.json.JsonValue;
import java.time.Instant;

public record FileView(int id, int projectId, int importId, String title, String originalPath, String content, String fileType,
        String category, String language, long fileSize, String parentPath, int depth, JsonValue metadata, Instant createdAt,
        Instant updatedAt) {

    static FileView of(ContextFile f) {
        return new FileView(f.getId(), f.getProjectId(), f.getImportId(), f.getTitle(), f.getOriginalPath(), f.getContent(),
                f.getFileType().wireName(), f.getCategory() == null ? null : f.getCategory().wireName(), f.getLanguage(),
                f.getFileSize(), f.getParentPath(), f.getDepth(), JsonText.read(f.getMetadata()), Clock.toInstant(f.getCreatedAt()),
                Clock.toInstant(f.getUpdatedAt()));
    }

    /**
     * The id alone, which equal views share. JSON-B (Yasson) keeps each object it writes in a hash set to
     * find cycles, and a record's own hash reads every component: the whole content and metadata.
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }
}
