package dev.neptun.platform;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Instant;

/** The user a valid {@code neptun-session} cookie stands for, as the request's principal. */
public record SessionPrincipal(int userId, long sessionId, Instant loggedInAt) implements Principal {

    @Override
    public String getName() {
        return Integer.toString(userId);
    }

    /** The caller of a route behind {@link Authenticated}; a 401 where the filter let none through. */
    public static SessionPrincipal of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof SessionPrincipal principal) {
            return principal;
        }
        throw ApiException.unauthorized();
    }

    /** The 403 of the check order: a {@code user_id} in the path that is not the caller's. */
    public SessionPrincipal requireUser(int pathUserId) {
        if (pathUserId != userId) {
            throw ApiException.forbidden("Forbidden: the user_id is not the signed-in user");
        }
        return this;
    }
}
