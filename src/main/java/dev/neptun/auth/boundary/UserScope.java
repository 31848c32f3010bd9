package dev.neptun.auth.boundary;

import dev.neptun.platform.params.Id;
import dev.neptun.platform.refusals.InvalidInput;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The one authorization of every {@code /api/users/{user_id}/...} route, taken as a
 * {@code @BeanParam}. Its ids are only given out once the whole check order has passed:
 * 401 (already by {@link SessionRequired}), 400 (body and query were read by JAX-RS before the
 * method runs; the path ids here), 403 (another user's {@code user_id}, or a cross-origin write),
 * and only then the service's 404.
 */
public class UserScope {

    private static final String USER = "user_id";

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    private Map<String, Integer> ids;

    /** The signed-in user, who owns everything the path names. */
    public int owner() {
        return id(USER);
    }

    public int project() {
        return id("project_id");
    }

    public int importId() {
        return id("import_id");
    }

    public int file() {
        return id("file_id");
    }

    public int installation() {
        return id("installation_id");
    }

    private int id(String name) {
        if (ids == null) {
            ids = authorized();
        }
        Integer id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("the route has no path parameter " + name);
        }
        return id;
    }

    private Map<String, Integer> authorized() {
        // "/imports/1;x=2" would be import 1 to JAX-RS; to the API an id is plain digits, the whole segment.
        if (uri.getPathSegments().stream().anyMatch(segment -> !segment.getMatrixParameters().isEmpty())) {
            throw new InvalidInput("Invalid path: a segment has matrix parameters (;), which this API does not take");
        }
        Map<String, Integer> parsed = new HashMap<>();
        uri.getPathParameters().forEach((name, values) -> {
            if (name.endsWith("_id")) {
                parsed.put(name, Id.require(name, values.get(0)).value());
            }
        });
        Caller.require(security).requireSameOrigin().requireUser(parsed.get(USER));
        return Map.copyOf(parsed);
    }
}
