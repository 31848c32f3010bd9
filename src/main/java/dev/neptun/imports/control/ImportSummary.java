package dev.neptun.imports.control;

import dev.neptun.imports.entity.ContextImport;

/**
 * An import with what deleting it now would take besides its context files (which the import counts
 * itself): whether the project's connection to its installation goes too (the delete's rule, stated
 * here once for every client: a GitHub-installation import, the project connected to that
 * installation, no other import of the project from it).
 */
public record ImportSummary(ContextImport contextImport, boolean deleteRemovesConnection) {
}
