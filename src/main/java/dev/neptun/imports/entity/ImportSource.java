package dev.neptun.imports.entity;

/** Where an import came from: what the headline delete needs to know of it, and nothing more. */
public record ImportSource(ImportSourceType sourceType, Integer installationId) {
}
