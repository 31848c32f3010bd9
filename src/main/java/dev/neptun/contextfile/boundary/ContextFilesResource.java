package dev.neptun.contextfile.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.contextfile.control.ContextFiles;
import dev.neptun.platform.Created;
import dev.neptun.platform.Id;
import dev.neptun.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Context files of a project. The {@link UserScope} of each method is its authorization; see there for the check order. */
@Path("users/{user_id}/projects/{project_id}/resources/files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Context files")
public class ContextFilesResource {

    @Inject
    ContextFiles files;

    @GET
    @Operation(summary = "List the context files of a project, optionally of one import")
    @APIResponse(responseCode = "200", description = "The files")
    public List<FileView> list(@BeanParam UserScope scope, @QueryParam("import_id") Id importId) {
        return files.list(scope.owner(), scope.project(), importId == null ? null : importId.value()).stream().map(FileView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a context file in an import of the project")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(@BeanParam UserScope scope, FileCreate body, @Context UriInfo uri) {
        var created = files.create(scope.owner(), scope.project(), body.importId(), body.title(), body.content(), body.fileType(),
                body::fillIn);
        return Created.at(uri, created.getId(), FileView.of(created));
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
