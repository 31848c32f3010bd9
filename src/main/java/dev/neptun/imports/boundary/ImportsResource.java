package dev.neptun.imports.boundary;

import dev.neptun.imports.control.Imports;
import dev.neptun.imports.entity.ImportKinds;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.imports.entity.ImportStatus;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of a project. Path ids arrive as strings: see {@link Ids} for why. */
@Path("users/{user_id}/projects/{project_id}/resources/imports")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportsResource {

    @Inject
    Imports imports;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List the imports of a project, optionally of one source type")
    @APIResponse(responseCode = "200", description = "The imports")
    public List<ImportView> list(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @QueryParam("import_source_type") String sourceType) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        String type = QueryParams.oneOf("import_source_type", sourceType, ImportKinds.SOURCE_TYPES);
        SessionPrincipal.of(security).requireUser(user);
        return imports.list(user, project, type == null ? null : ImportSourceType.valueOf(type)).stream().map(ImportView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an import; a GitHub-installation import also connects its installation to the project")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @RequestBody(content = @Content(schema = @Schema(implementation = ImportCreate.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        ImportCreate valid = bodies.read(body, ImportCreate.class);
        ImportSourceType type = ImportSourceType.valueOf(valid.sourceType());
        boolean needsInstallation = type == ImportSourceType.github_repository_installation;
        if (needsInstallation != (valid.installationId() != null)) {
            throw new ApiException(400, "Invalid request body", List.of(new ErrorBody.FieldError("installation_id",
                    needsInstallation ? "is required for github_repository_installation imports"
                            : "is only allowed for github_repository_installation imports")));
        }
        SessionPrincipal.of(security).requireUser(user);
        ImportView created = ImportView.of(imports.create(user, project, new Imports.NewImport(type, valid.sourcePath(),
                valid.sourceRef(), valid.importStatus() == null ? null : ImportStatus.valueOf(valid.importStatus()),
                valid.errorMessage(), JsonText.write(valid.fileTree()), valid.installationId())));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{import_id}")
    @Operation(summary = "Get an import")
    @APIResponse(responseCode = "200", description = "The import")
    public ImportView get(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @PathParam("import_id") String importId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        int contextImport = Ids.parse("import_id", importId);
        SessionPrincipal.of(security).requireUser(user);
        return ImportView.of(imports.find(user, project, contextImport));
    }

    @PUT
    @Path("{import_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change source_ref, import_status, error_message and/or file_tree of an import")
    @APIResponse(responseCode = "200", description = "The changed import")
    public ImportView update(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @PathParam("import_id") String importId,
            @RequestBody(content = @Content(schema = @Schema(implementation = ImportUpdate.class))) JsonValue body) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        int contextImport = Ids.parse("import_id", importId);
        PartialBody<ImportUpdate> put = PartialBody.of(body, ImportUpdate.class, ImportUpdate.UPDATABLE, ImportUpdate.NOT_NULLABLE, bodies);
        SessionPrincipal.of(security).requireUser(user);
        ImportUpdate v = put.values();
        return ImportView.of(imports.update(user, project, contextImport, new Imports.Changes(
                put.has("source_ref") ? new Imports.Change<>(v.sourceRef()) : null,
                put.has("import_status") ? new Imports.Change<>(ImportStatus.valueOf(v.importStatus())) : null,
                put.has("error_message") ? new Imports.Change<>(v.errorMessage()) : null,
                put.has("file_tree") ? new Imports.Change<>(JsonText.write(v.fileTree())) : null)));
    }

    @DELETE
    @Path("{import_id}")
    @Operation(summary = "Delete an import with all its context files",
            description = "For a github_repository_installation import, the project's connection to that installation goes too,"
                    + " unless another import of the project still uses it. The installation itself stays. Cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted; no body")
    @APIResponse(responseCode = "404", description = "Import not found")
    public Response delete(@PathParam("user_id") String userId, @PathParam("project_id") String projectId,
            @PathParam("import_id") String importId) {
        int user = Ids.parse("user_id", userId);
        int project = Ids.parse("project_id", projectId);
        int contextImport = Ids.parse("import_id", importId);
        SessionPrincipal.of(security).requireUser(user);
        imports.delete(user, project, contextImport);
        return Response.noContent().build();
    }
}
