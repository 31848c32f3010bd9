package dev.neptun.testsupport;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * A user as a real client sees them: signed up through the API, holding the session cookie. Paths
 * are relative to {@code /api/users/{id}/} unless they start with {@code /}.
 */
public record ApiUser(int id, String email, String token) {

    public static final String PASSWORD = Fixtures.PASSWORD;

    /** A user made by the test-data routes: signed up with {@link #PASSWORD}, no PBKDF2 sign-up per test. */
    public static ApiUser create() {
        Api.Response response = Api.post("api/test-data/users").send();
        if (response.status() != 200) {
            throw new IllegalStateException("seeding a user failed: " + response);
        }
        JsonObject user = response.json();
        return new ApiUser(user.getInt("id"), user.getString("email"), user.getString("token"));
    }

    /** A user who signed up through the API itself, for the tests of sign-up and login. */
    public static ApiUser signUp() {
        String email = "client-" + UUID.randomUUID() + "@example.test";
        Api.Response response = Api.post("api/auth/sign-up")
                .json("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"confirmPassword\":\"" + PASSWORD + "\"}")
                .send();
        if (response.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + response);
        }
        return new ApiUser(response.json().getJsonObject("user").getInt("id"), email, response.sessionCookie().orElseThrow());
    }

    public String path(String relative) {
        return relative.startsWith("/") ? relative : "api/users/" + id + "/" + relative;
    }

    public Api.Response send(String method, String relative, String json) {
        Api.Request request = Api.request(method, path(relative)).session(token).header("Accept", "application/json");
        return (json == null ? request : request.json(json)).send();
    }

    public Api.Response get(String relative) {
        return send("GET", relative, null);
    }

    public Api.Response post(String relative, String json) {
        return send("POST", relative, json);
    }

    public Api.Response put(String relative, String json) {
        return send("PUT", relative, json);
    }

    public Api.Response patch(String relative, String json) {
        return send("PATCH", relative, json);
    }

    public Api.Response delete(String relative) {
        return send("DELETE", relative, null);
    }

    /** POSTs and returns the created object, failing loudly on anything but 201. */
    public JsonObject create(String relative, String json) {
        Api.Response response = post(relative, json);
        if (response.status() != 201) {
            throw new IllegalStateException("POST " + relative + " gave " + response);
        }
        return response.json();
    }

    public int project() {
        return create("projects", "{\"name\":\"p\",\"type\":\"web-app\",\"main_language\":\"typescript\"}").getInt("id");
    }

    public int installation(long githubId) {
        return create("installations", "{\"github_installation_id\":" + githubId + ",\"github_account_type\":\"Organization\","
                + "\"github_account_id\":" + githubId + ",\"github_account_name\":\"acme\"}").getInt("id");
    }

    public int localImport(int projectId) {
        return create("projects/" + projectId + "/resources/imports",
                "{\"source_type\":\"local_folder\",\"source_path\":\"/home/me/app\"}").getInt("id");
    }

    public int githubImport(int projectId, int installationId) {
        return create("projects/" + projectId + "/resources/imports", "{\"source_type\":\"github_repository_installation\","
                + "\"source_path\":\"acme/app\",\"installation_id\":" + installationId + "}").getInt("id");
    }

    public int file(int projectId, int importId) {
        return create("projects/" + projectId + "/resources/files", "{\"import_id\":" + importId
                + ",\"title\":\"README\",\"content\":\"# app\",\"file_type\":\"markdown\"}").getInt("id");
    }

    /**
     * An import's files as the API states them, three ways: {@code file_count} in the list of the
     * project's imports, {@code file_count} of the import alone, and how many files the list of the
     * import's files holds.
     */
    public record FileCount(long inList, long alone, int listed) {

        /** What all three say when the import has {@code files} files. */
        public static FileCount of(int files) {
            return new FileCount(files, files, files);
        }
    }

    /** The import must be on the first page of the project's imports, and its files fit one page of theirs. */
    public FileCount fileCount(int projectId, int importId) {
        String imports = "projects/" + projectId + "/resources/imports";
        long inList = ((JsonArray) ok(get(imports)).parse()).getValuesAs(JsonObject.class).stream().filter(i -> i.getInt("id") == importId)
                .findFirst().orElseThrow(() -> new IllegalStateException("import " + importId + " is not on the first page of " + imports))
                .getJsonNumber("file_count").longValue();
        long alone = ok(get(imports + "/" + importId)).json().getJsonNumber("file_count").longValue();
        Api.Response files = ok(get("projects/" + projectId + "/resources/files?import_id=" + importId));
        if (files.header("Link").orElse("").contains("rel=\"next\"")) {
            throw new IllegalStateException("the files of import " + importId + " take more than one page");
        }
        return new FileCount(inList, alone, ((JsonArray) files.parse()).size());
    }

    private static Api.Response ok(Api.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("expected 200, got " + response);
        }
        return response;
    }

    /** A client address of the documentation range, for X-Forwarded-For: throttling counts per address. */
    public static String newClientAddress() {
        UUID random = UUID.randomUUID();
        return "198.51." + Math.floorMod(random.getMostSignificantBits(), 256) + "." + Math.floorMod(random.getLeastSignificantBits(), 256);
    }

    public static long uniqueGithubId() {
        return Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L) + 1;
    }
}
