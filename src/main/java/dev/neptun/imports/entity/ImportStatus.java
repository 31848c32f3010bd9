package dev.neptun.imports.entity;

import dev.neptun.platform.params.Vocabulary;

/** How far an import has come; wire names, as in {@link ImportSourceType}. */
public enum ImportStatus implements Vocabulary {
    pending,
    running,
    completed,
    failed
}
