/**
 * A user's projects, and the project row lock every change below a project takes first.
 * Uses the entities of: auth (the owner's row, locked for the quota), contextfile, imports and
 * installation (what a project's delete takes with it, and what its storage quota sums).
 */
package dev.neptun.project.control;
