package dev.neptun.platform.json;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A POST, PUT or PATCH without any body and without a Content-Type reaches its JSON method, which
 * answers it with the contract's 400 (after 401 and the id checks), on every server: Jersey matches
 * such a request anyway, RESTEasy would refuse it with 415 before looking at the session.
 */
@Provider
@PreMatching
public class AbsentBodyFilter implements ContainerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (WITH_BODY.contains(request.getMethod())
                && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                && request.getHeaderString("Transfer-Encoding") == null
                && isZero(request.getHeaderString(HttpHeaders.CONTENT_LENGTH))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean isZero(String contentLength) {
        return contentLength == null || contentLength.trim().equals("0");
    }
}
