package dev.neptun.testsupport;

import dev.neptun.platform.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Test-only routes (compiled from src/test, so never in the shipped WAR) that let the
 * {@code @RunAsClient} tests seed data through {@link Fixtures} and look at the database.
 */
@Path("test-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestDataResource {

    @Inject
    Fixtures fixtures;

    @Inject
    DerbySwitch derby;

    @Inject
    Settings settings;

    @POST
    @Path("derby/offline")
    public void derbyOffline() throws Exception {
        derby.offline();
    }

    @POST
    @Path("derby/online")
    public void derbyOnline() throws Exception {
        derby.online();
    }

    /** The quotas the server runs with (the suite's domains set small ones), so that tests can reach them. */
    @GET
    @Path("quotas")
    public JsonObject quotas() {
        Settings.Quotas q = settings.quotas();
        return Json.createObjectBuilder()
                .add("projects_per_user", q.projectsPerUser())
                .add("installations_per_user", q.installationsPerUser())
                .add("imports_per_project", q.importsPerProject())
                .add("files_per_import", q.filesPerImport())
                .add("bytes_per_project", q.bytesPerProject())
                .build();
    }

    @POST
    @Path("world")
    public JsonObject world() {
        Fixtures.World w = fixtures.world();
        return Json.createObjectBuilder()
                .add("user_id", w.user().userId())
                .add("email", w.user().email())
                .add("token", w.user().token())
                .add("project_id", w.projectId())
                .add("installation_id", w.installationId())
                .add("github_import_id", w.githubImportId())
                .add("local_import_id", w.localImportId())
                .add("other_project_id", w.otherProjectId())
                .add("other_project_import_id", w.otherProjectImportId())
                .build();
    }

    /** A signed-up user with a session, without the cost of hashing a password per test. */
    @POST
    @Path("users")
    public JsonObject user() {
        Fixtures.SignedIn user = fixtures.user();
        return Json.createObjectBuilder().add("id", user.userId()).add("email", user.email()).add("token", user.token()).build();
    }

    @POST
    @Path("users/{userId}/sessions")
    public JsonObject session(@PathParam("userId") int userId, @QueryParam("created_minutes_ago") long created,
            @QueryParam("last_used_minutes_ago") long lastUsed, @QueryParam("expires_in_minutes") long expiresIn) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String token = fixtures.session(userId, now.minusMinutes(created), now.minusMinutes(lastUsed), now.plusMinutes(expiresIn));
        return Json.createObjectBuilder().add("token", token).build();
    }

    @GET
    @Path("users/{userId}/sessions")
    public JsonObject sessions(@PathParam("userId") int userId) {
        return Json.createObjectBuilder().add("sessions", fixtures.sessionsOf(userId)).build();
    }

    @GET
    @Path("imports/{importId}")
    public JsonObject importState(@PathParam("importId") int importId) {
        return Json.createObjectBuilder()
                .add("exists", fixtures.importExists(importId))
                .add("files", fixtures.filesOf(importId))
                .build();
    }

    @GET
    @Path("projects/{projectId}/connections/{installationId}")
    public JsonObject connection(@PathParam("projectId") int projectId, @PathParam("installationId") int installationId) {
        return Json.createObjectBuilder()
                .add("connected", fixtures.connected(projectId, installationId))
                .add("installation_exists", fixtures.installationExists(installationId))
                .build();
    }

    @POST
    @Path("imports/{importId}/blocker")
    public JsonObject block(@PathParam("importId") int importId) {
        fixtures.blockDeletionOf(importId);
        return Json.createObjectBuilder().add("blocked", importId).build();
    }

    @POST
    @Path("imports/{importId}/commit-blocker")
    public JsonObject blockAtCommit(@PathParam("importId") int importId) {
        fixtures.blockDeletionAtCommitOf(importId);
        return Json.createObjectBuilder().add("blocked", importId).build();
    }
}
