/**
 * GitHub's webhook deliveries in the domain's terms: the signature that authenticates them, each
 * delivery applied exactly once, and what each asks of every user's recording of an installation.
 * Uses the entities of: imports (the imports of a repository removed from an installation fail),
 * installation (every user's recording of the installation GitHub names).
 */
package dev.neptun.webhook.control;
