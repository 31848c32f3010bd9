/**
 * GitHub's webhook deliveries in the domain's terms: the signature that authenticates them, each
 * delivery applied exactly once, and what each asks of every user's recording of an installation.
 */
package dev.neptun.webhook.control;
