package dev.neptun.auth.boundary;

import dev.neptun.auth.control.SessionCookie;
import dev.neptun.auth.control.Sessions;
import dev.neptun.platform.errors.ErrorMapper;
import dev.neptun.platform.errors.ErrorPageServlet;
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
 * Finds the session of every API request: when its {@code neptun-session} cookie names a live
 * session, the request's principal becomes that {@link Caller}, which JAX-RS sees as its
 * {@code SecurityContext}. It refuses nothing itself: {@link SessionRequired} and {@link UserScope}
 * do, so that every error goes through the one error mapper.
 */
@WebFilter(filterName = "SessionFilter", urlPatterns = "/api/*", asyncSupported = true)
public class SessionFilter extends HttpFilter {

    @Inject
    Sessions sessions;

    @Inject
    SameOrigin sameOrigin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // API answers are per user and never to be kept by a browser or proxy cache.
        response.setHeader("Cache-Control", "no-store");
        Optional<Caller> caller;
        try {
            caller = SessionCookie.read(request).flatMap(sessions::findLive).map(session -> new Caller(session, sameOrigin.isCrossOriginWrite(request)));
        } catch (RuntimeException failure) {
            // Answered here, through the one error path: let through, the container would log it with its SQL.
            ErrorPageServlet.write(request, response, ErrorMapper.map(failure));
            return;
        }
        chain.doFilter(caller.<HttpServletRequest>map(c -> new AuthenticatedRequest(request, c)).orElse(request), response);
    }

    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final Caller caller;

        AuthenticatedRequest(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public String getRemoteUser() {
            return caller.getName();
        }

        @Override
        public String getAuthType() {
            return "NEPTUN-SESSION";
        }
    }
}
