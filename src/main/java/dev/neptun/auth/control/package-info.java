/**
 * Accounts, password hashing, login throttling and database-backed sessions, in the domain's terms.
 * Uses the entities of: none.
 */
package dev.neptun.auth.control;
