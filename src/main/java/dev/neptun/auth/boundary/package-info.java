/**
 * Sign-up, login, logout and the session check over HTTP, and the one place where a request is
 * authenticated and authorized: {@link dev.neptun.auth.boundary.SessionFilter} finds the session,
 * {@link dev.neptun.auth.boundary.SessionRequired} requires it under {@code /api/users},
 * {@link dev.neptun.auth.boundary.UserScope} checks that the caller owns the path.
 */
package dev.neptun.auth.boundary;
