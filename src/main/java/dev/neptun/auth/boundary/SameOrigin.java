package dev.neptun.auth.boundary;

import dev.neptun.platform.config.Settings;
import dev.neptun.platform.refusals.Forbidden;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The CSRF rule beside SameSite: a state-changing request that names another origin in its
 * {@code Origin} header is refused, whether it carries a session (every {@code /api/users} write,
 * through {@link Caller}) or makes or ends one (sign-up, login, logout: no login CSRF). A request
 * without {@code Origin} comes from no browser page and passes.
 */
@ApplicationScoped
public class SameOrigin {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Settings settings;

    private Origins origins;

    @PostConstruct
    void init() {
        origins = new Origins(settings.allowedOrigins());
    }

    /** The server's own origin is the configured base URL's, not one the request's Host header could make up. */
    public boolean isCrossOriginWrite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return STATE_CHANGING.contains(request.getMethod()) && origin != null && !origins.allows(origin, settings.baseUrl().toString());
    }

    /** The 403 of a cross-origin write. */
    public void require(HttpServletRequest request) {
        if (isCrossOriginWrite(request)) {
            throw new Forbidden(Caller.CROSS_ORIGIN);
        }
    }
}
