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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GitHub App installations recorded for a user. */
@Path("users/{user_id}/installations")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub installations")
public class InstallationsResource {

    @Inject
    Installations installations;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List the user's GitHub App installations")
    @APIResponse(responseCode = "200", description = "The installations")
    public List<InstallationView> list(@PathParam("user_id") String userId) {
        int user = Ids.parse("user_id", userId);
        SessionPrincipal.of(security).requireUser(user);
        return installations.list(user).stream().map(InstallationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a GitHub App installation for the user")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "409", description = "This GitHub installation is already recorded for the user")
    public Response create(@PathParam("user_id") String userId,
            @RequestBody(content = @Content(schema = @Schema(implementation = InstallationCreate.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        InstallationCreate v = bodies.read(body, InstallationCreate.class);
        SessionPrincipal.of(security).requireUser(user);
        InstallationView created = InstallationView.of(installations.create(user, new Installations.Details(
                v.githubInstallationId(), v.githubAccountType(), v.githubAccountId(), v.githubAccountName(),
                v.githubAccountAvatarUrl())));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{installation_id}")
    @Operation(summary = "Get one of the user's installations")
    @APIResponse(responseCode = "200", description = "The installation")
    @APIResponse(responseCode = "404", description = "No such installation of this user")
    public InstallationView get(@PathParam("user_id") String userId, @PathParam("installation_id") String installationId) {
        int user = Ids.parse("user_id", userId);
        int installation = Ids.parse("installation_id", installationId);
        SessionPrincipal.of(security).requireUser(user);
        return InstallationView.of(installations.find(user, installation));
    }

    @DELETE
    @Path("{installation_id}")
    @Operation(summary = "Delete an installation with its project connections; its imports stay, without installation")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such installation of this user")
    public Response delete(@PathParam("user_id") String userId, @PathParam("installation_id") String installationId) {
        int user = Ids.parse("user_id", userId);
        int installation = Ids.parse("installation_id", installationId);
        SessionPrincipal.of(security).requireUser(user);
        installations.delete(user, installation);
        return Response.noContent().build();
    }
}
