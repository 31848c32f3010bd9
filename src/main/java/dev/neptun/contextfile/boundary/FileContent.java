package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.platform.refusals.InvalidInput;

/** The rules a body's {@code content} and {@code file_size} follow together, on create and on update alike. */
final class FileContent {

    private FileContent() {
    }

    /**
     * Content is at most 1 MiB of UTF-8; {@code file_size} is its size, so a given one must say the
     * same, and cannot come without the content it measures.
     */
    static void check(String content, Long fileSize) {
        if (content != null && ContextFile.sizeOf(content) > ContextFile.MAX_CONTENT_BYTES) {
            throw InvalidInput.member("content", "must be at most 1 MiB of UTF-8");
        }
        if (fileSize != null && content == null) {
            throw InvalidInput.member("file_size", "is the size of content and can only be given with it");
        }
        if (fileSize != null && fileSize != ContextFile.sizeOf(content)) {
            throw InvalidInput.member("file_size", "must be the size of content in bytes of UTF-8: " + ContextFile.sizeOf(content));
        }
    }
}
