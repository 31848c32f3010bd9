/**
 * A user's GitHub App installations and their connections to projects.
 * Uses the entities of: auth (the owner's row, locked for the quota and before the owner's projects),
 * imports (the imports an installation's delete leaves without it), project (the connected projects).
 */
package dev.neptun.installation.control;
