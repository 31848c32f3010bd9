package dev.neptun.installation.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.installation.control.Installations;
import dev.neptun.platform.paging.Pages;
import dev.neptun.platform.params.Id;
import dev.neptun.platform.params.PageRequest;
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

/** Which of the user's installations a project is connected to. The {@link UserScope} of each method is its authorization. */
@Path("users/{user_id}/projects/{project_id}/resources/github-installations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectInstallationsResource {

    @Inject
    Installations installations;

    @Inject
    Pages pages;

    @GET
    public Response list(@BeanParam UserScope scope, @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage, @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, installations.connectedTo(scope.owner(), scope.project()), InstallationView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response connect(@BeanParam UserScope scope, ConnectRequest body) {
        Installations.Connected connected = installations.connect(scope.owner(), scope.project(), body.installationId());
        return Response.status(connected.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(InstallationView.of(connected.installation())).build();
    }

    @DELETE
    @Path("{installation_id}")
    public Response disconnect(@BeanParam UserScope scope) {
        installations.disconnect(scope.owner(), scope.project(), scope.installation());
        return Response.noContent().build();
    }
}
