package dev.neptun.project.boundary;

import dev.neptun.platform.Authenticated;
import dev.neptun.platform.Ids;
import dev.neptun.platform.PartialBody;
import dev.neptun.platform.QueryParams;
import dev.neptun.platform.RequestBodies;
import dev.neptun.platform.SessionPrincipal;
import dev.neptun.project.control.Projects;
import dev.neptun.project.entity.ProjectKinds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/**
 * A user's projects. Every method checks in the contract's order: 401 (filter), 400 (ids, query,
 * body), 403 (someone else's user id), 404 (not this user's project).
 */
@Path("users/{user_id}/projects")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List the user's projects, optionally of one type and/or main language")
    @APIResponse(responseCode = "200", description = "The projects")
    public List<ProjectView> list(@PathParam("user_id") String userId, @QueryParam("project_type") String projectType,
            @QueryParam("programming_language") String language) {
        int user = Ids.parse("user_id", userId);
        String type = QueryParams.oneOf("project_type", projectType, ProjectKinds.TYPES);
        String mainLanguage = QueryParams.oneOf("programming_language", language, ProjectKinds.LANGUAGES);
        SessionPrincipal.of(security).requireUser(user);
        return projects.list(user, type, mainLanguage).stream().map(ProjectView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(@PathParam("user_id") String userId,
            @RequestBody(content = @Content(schema = @Schema(implementation = ProjectCreate.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        ProjectCreate valid = bodies.read(body, ProjectCreate.class);
        SessionPrincipal.of(security).requireUser(user);
        ProjectView created = ProjectView.of(projects.create(user, valid.name(), valid.description(), valid.type(), valid.mainLanguage()));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{project_id}")
    @Operation(summary = "Get a project")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project of this user")
    public ProjectView get(@PathParam("user_id") String userId, @PathParam("project_id") String projectId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        SessionPrincipal.of(security).requireUser(user);
        return ProjectView.of(projects.find(user, project));
    }

    @PATCH
    @Path("{project_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some of a project's fields; an empty body is a 400")
    @APIResponse(responseCode = "200", description = "The changed project")
    @APIResponse(responseCode = "404", description = "No such project of this user")
    public ProjectView update(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @RequestBody(content = @Content(schema = @Schema(implementation = ProjectPatch.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        PartialBody<ProjectPatch> patch =
                PartialBody.of(body, ProjectPatch.class, ProjectPatch.UPDATABLE, ProjectPatch.NOT_NULLABLE, bodies);
        SessionPrincipal.of(security).requireUser(user);
        ProjectPatch values = patch.values();
        return ProjectView.of(projects.update(user, project, new Projects.Changes(
                values.name(), patch.has("description"), values.description(), values.type(), values.mainLanguage())));
    }

    @DELETE
    @Path("{project_id}")
    @Operation(summary = "Delete a project with its imports, their context files and its installation connections")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project of this user")
    public Response delete(@PathParam("user_id") String userId, @PathParam("project_id") String projectId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        SessionPrincipal.of(security).requireUser(user);
        projects.delete(user, project);
        return Response.noContent().build();
    }
}
