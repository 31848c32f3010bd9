package dev.neptun.installation.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.installation.control.Installations;
import dev.neptun.platform.paging.Links;
import dev.neptun.platform.paging.Pages;
import dev.neptun.platform.params.Id;
import dev.neptun.platform.params.PageRequest;
import dev.neptun.platform.refusals.NotFound;
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

/** GitHub App installations recorded for a user. The {@link UserScope} of each method is its authorization. */
@Path("users/{user_id}/installations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstallationsResource {

    @Inject
    Installations installations;

    @Inject
    Pages pages;

    @Inject
    Links links;

    @GET
    public Response list(@BeanParam UserScope scope, @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage, @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, installations.list(scope.owner()), InstallationView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@BeanParam UserScope scope, InstallationCreate body, @Context UriInfo uri) {
        var created = installations.create(scope.owner(), body.details());
        return links.created(uri, created.getId(), InstallationView.of(created));
    }

    @GET
    @Path("{installation_id}")
    public InstallationView get(@BeanParam UserScope scope) {
        return installations.findOwned(scope.owner(), scope.installation()).map(InstallationView::of)
                .orElseThrow(() -> new NotFound(Installations.NOT_FOUND));
    }

    @DELETE
    @Path("{installation_id}")
    public Response delete(@BeanParam UserScope scope) {
        installations.delete(scope.owner(), scope.installation());
        return Response.noContent().build();
    }
}
