package dev.neptun.installation.boundary;

import dev.neptun.installation.control.Installations;
import dev.neptun.platform.Authenticated;
import dev.neptun.platform.Ids;
import dev.neptun.platform.RequestBodies;
import dev.neptun.platform.SessionPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which of the user's installations a project is connected to. */
@Path("users/{user_id}/projects/{project_id}/resources/github-installations")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project connections")
public class ProjectInstallationsResource {

    @Inject
    Installations installations;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List the installations connected to the project")
    @APIResponse(responseCode = "200", description = "The connected installations")
    public List<InstallationView> list(@PathParam("user_id") String userId, @PathParam("project_id") String projectId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        SessionPrincipal.of(security).requireUser(user);
        return installations.connectedTo(user, project).stream().map(InstallationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect one of the user's installations to the project (idempotent)")
    @APIResponse(responseCode = "201", description = "Connected now")
    @APIResponse(responseCode = "200", description = "Was connected already; nothing changed")
    public Response connect(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @RequestBody(content = @Content(schema = @Schema(implementation = ConnectRequest.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        ConnectRequest v = bodies.read(body, ConnectRequest.class);
        SessionPrincipal.of(security).requireUser(user);
        Installations.Connected connected = installations.connect(user, project, v.installationId());
        return Response.status(connected.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(InstallationView.of(connected.installation())).build();
    }

    @DELETE
    @Path("{installation_id}")
    @Operation(summary = "Disconnect an installation from the project; the installation and the imports stay")
    @APIResponse(responseCode = "204", description = "Disconnected")
    public Response disconnect(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @PathParam("installation_id") String installationId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        int installation = Ids.parse("installation_id", installationId);
        SessionPrincipal.of(security).requireUser(user);
        installations.disconnect(user, project, installation);
        return Response.noContent().build();
    }
}
