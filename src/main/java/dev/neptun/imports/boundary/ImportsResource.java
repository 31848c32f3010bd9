package dev.neptun.imports.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.imports.control.ImportSummary;
import dev.neptun.imports.control.Imports;
import dev.neptun.imports.entity.ImportSourceType;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Imports of a project. The {@link UserScope} of each method is its authorization; see there for the check order. */
@Path("users/{user_id}/projects/{project_id}/resources/imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    Imports imports;

    @Inject
    Pages pages;

    @Inject
    Links links;

    @GET
    public Response list(@BeanParam UserScope scope, @QueryParam("import_source_type") ImportSourceType sourceType,
            @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage, @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, imports.list(scope.owner(), scope.project(), sourceType), ImportView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@BeanParam UserScope scope, ImportCreate body, @Context UriInfo uri) {
        var created = imports.create(scope.owner(), scope.project(), body.sourceType(), body.sourcePath(), body.installationId(),
                body.details());
        return links.created(uri, created.getId(), ImportView.of(imports.summaryOf(created)));
    }

    @GET
    @Path("{import_id}")
    public ImportView get(@BeanParam UserScope scope) {
        return imports.findSummary(scope.owner(), scope.project(), scope.importId()).map(ImportView::of)
                .orElseThrow(() -> new NotFound(Imports.NOT_FOUND));
    }

    @PUT
    @Path("{import_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportView update(@BeanParam UserScope scope, ImportUpdate body) {
        return ImportView.of(imports.update(scope.owner(), scope.project(), scope.importId(), body.changes()));
    }

    @DELETE
    @Path("{import_id}")
    public Response delete(@BeanParam UserScope scope) {
        imports.delete(scope.owner(), scope.project(), scope.importId());
        return Response.noContent().build();
    }
}
