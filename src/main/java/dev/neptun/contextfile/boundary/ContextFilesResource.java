package dev.neptun.contextfile.boundary;

import dev.neptun.contextfile.control.ContextFiles;
import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.contextfile.entity.FileKinds;
import dev.neptun.platform.ApiException;
import dev.neptun.platform.Authenticated;
import dev.neptun.platform.ErrorBody;
import dev.neptun.platform.Ids;
import dev.neptun.platform.JsonText;
import dev.neptun.platform.PartialBody;
import dev.neptun.platform.QueryParams;
import dev.neptun.platform.RequestBodies;
import dev.neptun.platform.SessionPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users/{user_id}/projects/{project_id}/resources/files")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Context files")
public class ContextFilesResource {

    @Inject
    ContextFiles files;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List the context files of a project, optionally of one import")
    @APIResponse(responseCode = "200", description = "The files")
    public List<FileView> list(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @QueryParam("import_id") String importId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        Integer ofImport = QueryParams.id("import_id", importId);
        SessionPrincipal.of(security).requireUser(user);
        return files.list(user, project, ofImport).stream().map(FileView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a context file in an import of the project")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @RequestBody(content = @Content(schema = @Schema(implementation = FileCreate.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        FileCreate v = bodies.read(body, FileCreate.class);
        requireContentWithinLimit(v.content());
        SessionPrincipal.of(security).requireUser(user);
        ContextFile created = files.create(user, project, v.importId(), v.title(), v.content(), v.fileType(), file -> {
            file.setOriginalPath(v.originalPath());
            file.setCategory(v.category());
            file.setLanguage(v.language() == null ? "text" : v.language());
            file.setFileSize(v.fileSize() == null ? ContextFile.sizeOf(v.content()) : v.fileSize());
            file.setParentPath(v.parentPath());
            file.setDepth(v.depth() == null ? 0 : v.depth());
            file.setMetadata(JsonText.write(v.metadata()));
        });
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.getId())).build())
                .entity(FileView.of(created)).build();
    }

    @GET
    @Path("{file_id}")
    @Operation(summary = "Get a context file")
    @APIResponse(responseCode = "200", description = "The file")
    public FileView get(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @PathParam("file_id") String fileId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        int file = Ids.parse("file_id", fileId);
        SessionPrincipal.of(security).requireUser(user);
        return FileView.of(files.find(user, project, file));
    }

    @PUT
    @Path("{file_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a context file; it stays in its import and project")
    @APIResponse(responseCode = "200", description = "The changed file")
    public FileView update(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @PathParam("file_id") String fileId,
            @RequestBody(content = @Content(schema = @Schema(implementation = FileUpdate.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        int file = Ids.parse("file_id", fileId);
        PartialBody<FileUpdate> put = PartialBody.of(body, FileUpdate.class, FileUpdate.UPDATABLE, FileUpdate.NOT_NULLABLE, bodies);
        if (put.has("content")) {
            requireContentWithinLimit(put.values().content());
        }
        SessionPrincipal.of(security).requireUser(user);
        return FileView.of(files.update(user, project, file, changesOf(put)));
    }

    @DELETE
    @Path("{file_id}")
    @Operation(summary = "Delete a context file")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @PathParam("file_id") String fileId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        int file = Ids.parse("file_id", fileId);
        SessionPrincipal.of(security).requireUser(user);
        files.delete(user, project, file);
        return Response.noContent().build();
    }

    private static Consumer<ContextFile> changesOf(PartialBody<FileUpdate> put) {
        FileUpdate v = put.values();
        return file -> {
            if (put.has("title")) {
                file.setTitle(v.title());
            }
            if (put.has("original_path")) {
                file.setOriginalPath(v.originalPath());
            }
            if (put.has("content")) {
                file.setContent(v.content());
                if (!put.has("file_size")) {
                    file.setFileSize(ContextFile.sizeOf(v.content()));
                }
            }
            if (put.has("file_type")) {
                file.setFileType(v.fileType());
            }
            if (put.has("category")) {
                file.setCategory(v.category());
            }
            if (put.has("language")) {
                file.setLanguage(v.language());
            }
            if (put.has("file_size")) {
                file.setFileSize(v.fileSize());
            }
            if (put.has("parent_path")) {
                file.setParentPath(v.parentPath());
            }
            if (put.has("depth")) {
                file.setDepth(v.depth());
            }
            if (put.has("metadata")) {
                file.setMetadata(JsonText.write(v.metadata()));
            }
        };
    }

    private static void requireContentWithinLimit(String content) {
        if (ContextFile.sizeOf(content) > FileKinds.MAX_CONTENT_BYTES) {
            throw new ApiException(400, "Invalid request body",
                    List.of(new ErrorBody.FieldError("content", "must be at most 1 MiB of UTF-8")));
        }
    }
}
