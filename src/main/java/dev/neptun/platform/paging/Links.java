package dev.neptun.platform.paging;

import dev.neptun.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Absolute URLs the API writes ({@code Location}, {@code Link}), always on the configured base
 * ({@link Settings#baseUrl()}): a request's {@code Host} header is the client's word and never
 * becomes part of an answer.
 */
@ApplicationScoped
public class Links {

    @Inject
    Settings settings;

    /** 201 with the new resource's representation and its Location: the request's path plus its id. */
    public Response created(UriInfo request, int id, Object representation) {
        return Response.created(onBase(request.getAbsolutePathBuilder().path(Integer.toString(id)))).entity(representation).build();
    }

    URI onBase(UriBuilder url) {
        URI base = settings.baseUrl();
        return url.scheme(base.getScheme()).host(base.getHost()).port(base.getPort()).build();
    }
}
