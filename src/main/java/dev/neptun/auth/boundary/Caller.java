package dev.neptun.auth.boundary;

import dev.neptun.auth.control.Session;
import dev.neptun.platform.refusals.Forbidden;
import dev.neptun.platform.refusals.Unauthenticated;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The principal of a request that carries a live session cookie ({@link SessionFilter}): the
 * session, and whether this request changes state on behalf of a page of another origin — the
 * forgery that {@link #requireSameOrigin()} refuses.
 */
public record Caller(Session session, boolean crossOriginWrite) implements Principal {

    static final String CROSS_ORIGIN = "Forbidden: cross-origin request";

    @Override
    public String getName() {
        return Integer.toString(session.userId());
    }

    public int userId() {
        return session.userId();
    }

    private static Optional<Caller> find(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    /** The 401 of the check order: no live session. */
    public static Caller require(SecurityContext security) {
        return find(security).orElseThrow(Unauthenticated::new);
    }

    /** A 403 for a cookie-authenticated POST, PUT, PATCH or DELETE from a page of another origin (CSRF). */
    public Caller requireSameOrigin() {
        if (crossOriginWrite) {
            throw new Forbidden(CROSS_ORIGIN);
        }
        return this;
    }

    /** The 403 of the check order: a {@code user_id} in the path that is not the caller's. */
    public Caller requireUser(int pathUserId) {
        if (pathUserId != session.userId()) {
            throw new Forbidden("Forbidden: the user_id is not the signed-in user");
        }
        return this;
    }
}
