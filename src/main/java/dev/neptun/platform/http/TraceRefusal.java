package dev.neptun.platform.http;

import dev.neptun.platform.errors.ErrorMapper;
import dev.neptun.platform.errors.ErrorPageServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotAllowedException;
import java.io.IOException;

/**
 * TRACE is answered 405 with the API's JSON body everywhere outside {@code /api} (where JAX-RS, which
 * has no TRACE resource, answers the same itself). The servers are configured to let TRACE reach the
 * application (server-config/): refused by the container it was a bare 405 without JSON or security
 * headers; let through to the servlets' default {@code doTrace} it would echo the request back,
 * cookies included.
 */
@WebFilter(filterName = "TraceRefusal", urlPatterns = "/*", asyncSupported = true)
public class TraceRefusal extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/")) {
            ErrorPageServlet.write(request, response, ErrorMapper.map(new NotAllowedException("GET", new String[] {"HEAD", "OPTIONS"})));
            return;
        }
        chain.doFilter(request, response);
    }
}
