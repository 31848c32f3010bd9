package dev.neptun.imports.entity;

/** Wire names of the API, as in {@link ImportSourceType}. */
public enum ImportStatus {
    pending,
    running,
    completed,
    failed
}
