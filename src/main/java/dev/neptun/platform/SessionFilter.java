package dev.neptun.platform;

import dev.neptun.auth.control.SessionCookie;
import dev.neptun.auth.control.Sessions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Authenticates the {@code neptun-session} cookie of every API request and, when it is valid,
 * makes its user the request's principal, which JAX-RS then sees as its {@code SecurityContext}.
 * It never refuses a request itself: routes that need a session say so with {@link Authenticated},
 * so that every error goes through {@link ErrorMapper}.
 */
@WebFilter(filterName = "SessionFilter", urlPatterns = "/api/*", asyncSupported = true)
public class SessionFilter extends HttpFilter {

    @Inject
    Sessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // API answers are per user and never to be kept by a browser or proxy cache.
        response.setHeader("Cache-Control", "no-store");
        Optional<SessionPrincipal> principal = SessionCookie.read(request).flatMap(sessions::authenticate);
        chain.doFilter(principal.<HttpServletRequest>map(p -> new AuthenticatedRequest(request, p)).orElse(request), response);
    }

    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final SessionPrincipal principal;

        AuthenticatedRequest(HttpServletRequest request, SessionPrincipal principal) {
            super(request);
            this.principal = principal;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal.getName();
        }

        @Override
        public String getAuthType() {
            return "NEPTUN-SESSION";
        }
    }
}
