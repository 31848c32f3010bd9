package dev.neptun.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * CSRF defence beside {@code SameSite=Lax}: a state-changing request that a session cookie
 * authenticates and whose {@code Origin} names another site is refused with 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CrossOriginGuard implements ContainerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Settings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null
                || !STATE_CHANGING.contains(request.getMethod())
                || !(request.getSecurityContext().getUserPrincipal() instanceof SessionPrincipal)) {
            return;
        }
        String normalized = origin.trim().toLowerCase(Locale.ROOT);
        if (!normalized.equals(ownOrigin(request.getUriInfo().getBaseUri()))
                && !settings.allowedOrigins().contains(normalized)) {
            throw ApiException.forbidden("Forbidden: cross-origin request");
        }
    }

    static String ownOrigin(URI base) {
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        int port = base.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + base.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
