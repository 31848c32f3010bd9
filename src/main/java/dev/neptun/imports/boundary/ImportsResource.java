package dev.neptun.imports.boundary;

import dev.neptun.imports.control.Imports;
import dev.neptun.platform.Authenticated;
import dev.neptun.platform.Ids;
import dev.neptun.platform.SessionPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Imports of a project. Path ids arrive as strings: see {@link Ids} for why. */
@Path("users/{user_id}/projects/{project_id}/resources/imports")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    Imports imports;

    @Context
    SecurityContext security;

    @DELETE
    @Path("{import_id}")
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
