package dev.neptun.imports.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.platform.PageRequest;
import dev.neptun.platform.Pages;
import dev.neptun.imports.control.CountedImport;
import dev.neptun.imports.control.Imports;
import dev.neptun.imports.entity.ImportSourceType;
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

/** Imports of a project. The {@link UserScope} of each method is its authorization; see there for the check order. */
@Path("users/{user_id}/projects/{project_id}/resources/imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportsResource {

    @Inject
    Imports imports;

    @Inject
    Pages pages;

    @Inject
    Links links;

    @GET
    @Operation(summary = "List the imports of a project, optionally of one source type")
    @APIResponse(responseCode = "200", description = "A page of the imports (page, per_page); a Link header names the next",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImportView.class)))
    public Response list(@BeanParam UserScope scope, @QueryParam("import_source_type") ImportSourceType sourceType,
            @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage, @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, imports.list(scope.owner(), scope.project(), sourceType), ImportView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an import; a GitHub-installation import also connects its installation to the project")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(@BeanParam UserScope scope, ImportCreate body, @Context UriInfo uri) {
        var created = imports.create(scope.owner(), scope.project(), body.sourceType(), body.sourcePath(), body.installationId(),
                body::fillIn);
        return links.created(uri, created.getId(), ImportView.of(new CountedImport(created, 0)));
    }

    @GET
    @Path("{import_id}")
    @Operation(summary = "Get an import")
    @APIResponse(responseCode = "200", description = "The import")
    public ImportView get(@BeanParam UserScope scope) {
        return imports.findCounted(scope.owner(), scope.project(), scope.importId()).map(ImportView::of)
                .orElseThrow(() -> new NotFound(Imports.NOT_FOUND));
    }

    @PUT
    @Path("{import_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change source_ref, import_status, error_message and/or file_tree of an import")
    @APIResponse(responseCode = "200", description = "The changed import")
    public ImportView update(@BeanParam UserScope scope, ImportUpdate body) {
        return ImportView.of(imports.update(scope.owner(), scope.project(), scope.importId(), body::applyTo));
    }

    @DELETE
    @Path("{import_id}")
    @Operation(summary = "Delete an import with all its context files",
            description = "For a github_repository_installation import, the project's connection to that installation goes too,"
                    + " unless another import of the project still uses it. The installation itself stays. Cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted; no body")
    @APIResponse(responseCode = "404", description = "Import not found")
    public Response delete(@BeanParam UserScope scope) {
        imports.delete(scope.owner(), scope.project(), scope.importId());
        return Response.noContent().build();
    }
}
