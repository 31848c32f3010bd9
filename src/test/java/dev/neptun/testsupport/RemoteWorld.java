package dev.neptun.testsupport;

import jakarta.json.JsonObject;

/** {@link Fixtures.World} as a {@code @RunAsClient} test sees it: seeded and inspected over HTTP. */
public record RemoteWorld(int userId, String email, String token, int projectId, int installationId, int githubImportId,
        int localImportId, int otherProjectId, int otherProjectImportId) {

    public static RemoteWorld create() {
        Api.Response response = Api.post("api/test-data/world").send();
        if (response.status() != 200) {
            throw new IllegalStateException("seeding failed: " + response);
        }
        JsonObject j = response.json();
        return new RemoteWorld(j.getInt("user_id"), j.getString("email"), j.getString("token"), j.getInt("project_id"),
                j.getInt("installation_id"), j.getInt("github_import_id"), j.getInt("local_import_id"),
                j.getInt("other_project_id"), j.getInt("other_project_import_id"));
    }

    public String importPath(int importId) {
        return importPath(projectId, importId);
    }

    public String importPath(int project, int importId) {
        return "api/users/" + userId + "/projects/" + project + "/resources/imports/" + importId;
    }

    public static boolean importExists(int importId) {
        return Api.get("api/test-data/imports/" + importId).send().json().getBoolean("exists");
    }

    public static int filesOf(int importId) {
        return Api.get("api/test-data/imports/" + importId).send().json().getInt("files");
    }

    public boolean connected() {
        return Api.get("api/test-data/projects/" + projectId + "/connections/" + installationId).send().json().getBoolean("connected");
    }

    public boolean installationExists() {
        return Api.get("api/test-data/projects/" + projectId + "/connections/" + installationId).send().json()
                .getBoolean("installation_exists");
    }

    /** A new session of this world's user with the given age, for the expiry rules. */
    public String sessionAged(long createdMinutesAgo, long lastUsedMinutesAgo, long expiresInMinutes) {
        return Api.post("api/test-data/users/" + userId + "/sessions?created_minutes_ago=" + createdMinutesAgo
                + "&last_used_minutes_ago=" + lastUsedMinutesAgo + "&expires_in_minutes=" + expiresInMinutes)
                .send().json().getString("token");
    }
}
