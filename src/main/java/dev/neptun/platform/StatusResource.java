package dev.neptun.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Is the application up? No session, no database: the cheapest answer the API can give. */
@Path("status")
@ApplicationScoped
public class StatusResource {

    private static final Map<String, String> UP = Map.of("status", "UP");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness of the application (no database check)")
    @APIResponse(responseCode = "200", description = "{\"status\":\"UP\"}")
    public Map<String, String> status() {
        return UP;
    }
}
