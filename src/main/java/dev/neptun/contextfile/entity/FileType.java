package dev.neptun.contextfile.entity;

import dev.neptun.platform.params.Vocabulary;

/** The kind of a context file's content; the constants are the wire names. */
public enum FileType implements Vocabulary {
    markdown, pdf, text
}
