package dev.neptun.imports.control;

import dev.neptun.imports.entity.ContextImport;

/** An import with the number of its context files: what deleting it would delete besides. */
public record CountedImport(ContextImport contextImport, long fileCount) {
}
