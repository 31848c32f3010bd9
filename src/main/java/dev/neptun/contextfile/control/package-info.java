/**
 * Context files of an import of a project.
 * Uses the entities of: imports (a file belongs to an import of the project, which counts its files).
 */
package dev.neptun.contextfile.control;
