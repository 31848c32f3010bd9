package dev.neptun.project.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.platform.paging.Links;
import dev.neptun.platform.paging.Pages;
import dev.neptun.platform.params.Id;
import dev.neptun.platform.params.PageRequest;
import dev.neptun.platform.refusals.NotFound;
import dev.neptun.project.control.Projects;
import dev.neptun.project.entity.MainLanguage;
import dev.neptun.project.entity.ProjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A user's projects. The {@link UserScope} of each method is its authorization; see there for the check order. */
@Path("users/{user_id}/projects")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    Pages pages;

    @Inject
    Links links;

    @GET
    public Response list(@BeanParam UserScope scope, @QueryParam("project_type") ProjectType type,
            @QueryParam("programming_language") MainLanguage language, @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage, @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, projects.list(scope.owner(), type, language), ProjectView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@BeanParam UserScope scope, ProjectCreate body, @Context UriInfo uri) {
        var created = projects.create(scope.owner(), body.name(), body.description(), body.type(), body.mainLanguage());
        return links.created(uri, created.getId(), ProjectView.of(created));
    }

    @GET
    @Path("{project_id}")
    public ProjectView get(@BeanParam UserScope scope) {
        return projects.findOwned(scope.owner(), scope.project()).map(ProjectView::of).orElseThrow(() -> new NotFound(Projects.NOT_FOUND));
    }

    @PATCH
    @Path("{project_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectView update(@BeanParam UserScope scope, ProjectPatch body) {
        return ProjectView.of(projects.update(scope.owner(), scope.project(), body.changes()));
    }

    @DELETE
    @Path("{project_id}")
    public Response delete(@BeanParam UserScope scope) {
        projects.delete(scope.owner(), scope.project());
        return Response.noContent().build();
    }
}
