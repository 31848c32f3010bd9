package dev.neptun.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the browser-facing security headers on every response, the web page's and the API's alike.
 * The page loads only its own files and inserts user data only as text; the policy makes that a
 * rule the browser enforces: no inline or injected script, no eval, no plug-ins, no framing, no
 * foreign form target or base URL. Mapped in web.xml, not annotated, so that it comes before every
 * other filter, also those that answer a request themselves ({@link UriGuard}).
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // Without it a browser may guess a script or a page from a body that is neither (a JSON string, a file's text).
        response.setHeader("X-Content-Type-Options", "nosniff");
        // API addresses carry user and project ids; no other site needs to learn them from a Referer.
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
