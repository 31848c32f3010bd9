package dev.neptun.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created something: 201, its representation, and its Location. */
public final class Created {

    private Created() {
    }

    /** The new resource lives at the request's path plus its id. */
    public static Response at(UriInfo request, int id, Object representation) {
        return Response.created(request.getAbsolutePathBuilder().path(Integer.toString(id)).build()).entity(representation).build();
    }
}
