package dev.neptun.platform.http;

import dev.neptun.platform.errors.ErrorMapper;
import dev.neptun.platform.errors.ErrorPageServlet;
import dev.neptun.platform.refusals.NotFound;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotAllowedException;
import java.io.IOException;
import java.util.Set;

/**
 * Payara serves the OpenAPI document from a Jersey application it adds to this web module at
 * {@code /openapi}; its WADL switch is not ours, so {@code OPTIONS /openapi} and
 * {@code /openapi/application.wadl} described that application, named Jersey and its version, and
 * built URLs from the request's {@code Host}. Here only the document itself passes: {@code GET} and
 * {@code HEAD} of {@code /openapi}; {@code OPTIONS} is answered with what is allowed, other methods 405,
 * other paths below it 404, each with the API's JSON. (WildFly serves /openapi outside the web module,
 * without WADL.)
 */
@WebFilter(filterName = "OpenApiEndpoint", urlPatterns = {"/openapi", "/openapi/*"}, asyncSupported = true)
public class OpenApiEndpoint extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String ALLOW = "GET, HEAD, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean document = request.getServletPath().equals("/openapi") && request.getPathInfo() == null;
        if (!document) {
            ErrorPageServlet.write(request, response, ErrorMapper.map(new NotFound("Not found")));
        } else if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else if ("OPTIONS".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Allow", ALLOW);
        } else {
            ErrorPageServlet.write(request, response, ErrorMapper.map(new NotAllowedException("GET", new String[] {"HEAD", "OPTIONS"})));
        }
    }
}
