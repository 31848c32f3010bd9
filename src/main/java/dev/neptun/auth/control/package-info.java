/** Accounts, password hashing, login throttling and database-backed sessions, in the domain's terms. */
package dev.neptun.auth.control;
