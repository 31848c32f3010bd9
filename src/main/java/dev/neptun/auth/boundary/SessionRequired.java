package dev.neptun.auth.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The first check of every {@code /api/users/...} request: no live session is a 401. Before
 * matching, so that an anonymous request learns nothing from a 404, 405 or 415 of route matching,
 * and before any id, query or body is looked at.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SessionRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.equals("users") || relative.startsWith("users/")) {
            Caller.require(request.getSecurityContext());
        }
    }
}
