package dev.neptun.installation.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.platform.PageRequest;
import dev.neptun.platform.Pages;
import dev.neptun.installation.control.Installations;
import dev.neptun.platform.Id;
import dev.neptun.platform.Links;
import dev.neptun.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GitHub App installations recorded for a user. The {@link UserScope} of each method is its authorization. */
@Path("users/{user_id}/installations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GitHub installations")
public class InstallationsResource {

    @Inject
    Installations installations;

    @Inject
    Pages pages;

    @Inject
    Links links;

    @GET
    @Operation(summary = "List the user's GitHub App installations")
    @APIResponse(responseCode = "200", description = "A page of the installations (page, per_page); a Link header names the next",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InstallationView.class)))
    public Response list(@BeanParam UserScope scope, @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage, @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, installations.list(scope.owner()), InstallationView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a GitHub App installation for the user")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "409", description = "This GitHub installation is already recorded for the user")
    public Response create(@BeanParam UserScope scope, InstallationCreate body, @Context UriInfo uri) {
        var created = installations.create(scope.owner(), body.details());
        return links.created(uri, created.getId(), InstallationView.of(created));
    }

    @GET
    @Path("{installation_id}")
    @Operation(summary = "Get one of the user's installations")
    @APIResponse(responseCode = "200", description = "The installation")
    @APIResponse(responseCode = "404", description = "No such installation of this user")
    public InstallationView get(@BeanParam UserScope scope) {
        return installations.findOwned(scope.owner(), scope.installation()).map(InstallationView::of)
                .orElseThrow(() -> new NotFound(Installations.NOT_FOUND));
    }

    @DELETE
    @Path("{installation_id}")
    @Operation(summary = "Delete an installation with its project connections; its imports stay, without installation")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such installation of this user")
    public Response delete(@BeanParam UserScope scope) {
        installations.delete(scope.owner(), scope.installation());
        return Response.noContent().build();
    }
}
