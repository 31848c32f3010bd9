package dev.neptun.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Is the application up? No session, no database: the cheapest answer the API can give. */
@Path("status")
@ApplicationScoped
public class StatusResource {

    /** The body: always {@code {"status":"UP"}} while the application answers at all. */
    public record Status(String status) {
    }

    private static final Status UP = new Status("UP");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Status status() {
        return UP;
    }
}
