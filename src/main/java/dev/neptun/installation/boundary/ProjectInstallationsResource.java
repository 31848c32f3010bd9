package dev.neptun.installation.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.installation.control.Installations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which of the user's installations a project is connected to. The {@link UserScope} of each method is its authorization. */
@Path("users/{user_id}/projects/{project_id}/resources/github-installations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project connections")
public class ProjectInstallationsResource {

    @Inject
    Installations installations;

    @GET
    @Operation(summary = "List the installations connected to the project")
    @APIResponse(responseCode = "200", description = "The connected installations")
    public List<InstallationView> list(@BeanParam UserScope scope) {
        return installations.connectedTo(scope.owner(), scope.project()).stream().map(InstallationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect one of the user's installations to the project (idempotent)")
    @APIResponse(responseCode = "201", description = "Connected now")
    @APIResponse(responseCode = "200", description = "Was connected already; nothing changed")
    public Response connect(@BeanParam UserScope scope, ConnectRequest body) {
        Installations.Connected connected = installations.connect(scope.owner(), scope.project(), body.installationId());
        return Response.status(connected.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(InstallationView.of(connected.installation())).build();
    }

    @DELETE
    @Path("{installation_id}")
    @Operation(summary = "Disconnect an installation from the project; the installation and the imports stay")
    @APIResponse(responseCode = "204", description = "Disconnected")
    public Response disconnect(@BeanParam UserScope scope) {
        installations.disconnect(scope.owner(), scope.project(), scope.installation());
        return Response.noContent().build();
    }
}
