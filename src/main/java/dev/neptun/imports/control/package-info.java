/**
 * Imports of a project: create, change, and the delete that takes its files and unused connection with it.
 * Uses the entities of: contextfile (the files a delete takes), installation (the connection a GitHub
 * import makes and its delete may take), project (the project an import belongs to).
 */
package dev.neptun.imports.control;
