package dev.neptun.contextfile.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.platform.PageRequest;
import dev.neptun.platform.Pages;
import dev.neptun.contextfile.control.ContextFiles;
import dev.neptun.platform.Links;
import dev.neptun.platform.Id;
import dev.neptun.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Context files of a project. The {@link UserScope} of each method is its authorization; see there for the check order. */
@Path("users/{user_id}/projects/{project_id}/resources/files")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Context files")
public class ContextFilesResource {

    @Inject
    ContextFiles files;

    @Inject
    Pages pages;

    @Inject
    Links links;

    @GET
    @Operation(summary = "List the context files of a project, optionally of one import")
    @APIResponse(responseCode = "200", description = "A page of the files (page, per_page); a Link header names the next",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FileView.class)))
    public Response list(@BeanParam UserScope scope, @QueryParam("import_id") Id importId, @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage,
            @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, files.list(scope.owner(), scope.project(), importId == null ? null : importId.value()), FileView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a context file in an import of the project")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(@BeanParam UserScope scope, FileCreate body, @Context UriInfo uri) {
        var created = files.create(scope.owner(), scope.project(), body.importId(), body.title(), body.content(), body.fileType(),
                body::fillIn);
        return links.created(uri, created.getId(), FileView.of(created));
    }

    @GET
    @Path("{file_id}")
    @Operation(summary = "Get a context file")
    @APIResponse(responseCode = "200", description = "The file")
    public FileView get(@BeanParam UserScope scope) {
        return files.find(scope.owner(), scope.project(), scope.file()).map(FileView::of).orElseThrow(() -> new NotFound(ContextFiles.NOT_FOUND));
    }

    @PUT
    @Path("{file_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a context file; it stays in its import and project")
    @APIResponse(responseCode = "200", description = "The changed file")
    public FileView update(@BeanParam UserScope scope, FileUpdate body) {
        return FileView.of(files.update(scope.owner(), scope.project(), scope.file(), body::applyTo));
    }

    @DELETE
    @Path("{file_id}")
    @Operation(summary = "Delete a context file")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@BeanParam UserScope scope) {
        files.delete(scope.owner(), scope.project(), scope.file());
        return Response.noContent().build();
    }
}
