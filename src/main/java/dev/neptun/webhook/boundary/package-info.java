/**
 * GitHub's webhook, {@code POST /api/github/webhook}: outside the session rules, authenticated by
 * its signature over the raw body, which is read within GitHub's cap and checked before it is parsed.
 */
package dev.neptun.webhook.boundary;
