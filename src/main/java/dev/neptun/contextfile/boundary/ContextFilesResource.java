package dev.neptun.contextfile.boundary;

import dev.neptun.auth.boundary.UserScope;
import dev.neptun.contextfile.control.ContextFiles;
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

/** Context files of a project. The {@link UserScope} of each method is its authorization; see there for the check order. */
@Path("users/{user_id}/projects/{project_id}/resources/files")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContextFilesResource {

    @Inject
    ContextFiles files;

    @Inject
    Pages pages;

    @Inject
    Links links;

    @GET
    public Response list(@BeanParam UserScope scope, @QueryParam("import_id") Id importId, @QueryParam("page") Id page,
            @QueryParam("per_page") PageRequest.PerPage perPage,
            @Context UriInfo uri) {
        return pages.of(new PageRequest(page, perPage), uri, files.list(scope.owner(), scope.project(), importId == null ? null : importId.value()), FileView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@BeanParam UserScope scope, FileCreate body, @Context UriInfo uri) {
        var created = files.create(scope.owner(), scope.project(), body.importId(), body.title(), body.content(), body.fileType(),
                body.details());
        return links.created(uri, created.getId(), FileView.of(created));
    }

    @GET
    @Path("{file_id}")
    public FileView get(@BeanParam UserScope scope) {
        return files.find(scope.owner(), scope.project(), scope.file()).map(FileView::of).orElseThrow(() -> new NotFound(ContextFiles.NOT_FOUND));
    }

    @PUT
    @Path("{file_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FileView update(@BeanParam UserScope scope, FileUpdate body) {
        return FileView.of(files.update(scope.owner(), scope.project(), scope.file(), body.changes()));
    }

    @DELETE
    @Path("{file_id}")
    public Response delete(@BeanParam UserScope scope) {
        files.delete(scope.owner(), scope.project(), scope.file());
        return Response.noContent().build();
    }
}
