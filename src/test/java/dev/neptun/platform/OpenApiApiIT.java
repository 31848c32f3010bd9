package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document the running server publishes at /openapi. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenApiApiIT {

    private static final String HEADLINE = "/api/users/{user_id}/projects/{project_id}/resources/imports/{import_id}";


    private static JsonObject document() {
        Api.Response response = Api.get("openapi").header("Accept", "application/json").send();
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }

    @Test
    void headlineDeleteListsEveryStatusOfTheUsersDocument() {
        JsonObject document = document();
        JsonObject delete = document.getJsonObject("paths").getJsonObject(HEADLINE).getJsonObject("delete");

        assertEquals(new TreeSet<>(List.of("204", "400", "401", "403", "404", "500")), new TreeSet<>(delete.getJsonObject("responses").keySet()));
        JsonObject importId = delete.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("import_id")).findFirst().orElseThrow();
        assertEquals("#/components/schemas/Id", importId.getJsonObject("schema").getString("$ref"));
        JsonObject id = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Id");
        assertEquals("integer", id.getString("type"));
        assertEquals("int32", id.getString("format"));
        assertEquals(1, id.getInt("minimum"));
        assertEquals(Integer.MAX_VALUE, id.getInt("maximum"));
    }

    @Test
    void everyRouteOfTheContractIsDescribed() {
        JsonObject paths = document().getJsonObject("paths");
        String base = "/api/users/{user_id}";
        String project = base + "/projects/{project_id}";
        List<String> routes = List.of(
                "post /api/auth/sign-up", "post /api/auth/login", "post /api/auth/logout", "head /api/auth/check",
                "get /api/auth/session",
                "get " + base + "/projects", "post " + base + "/projects",
                "get " + project, "patch " + project, "delete " + project,
                "get " + project + "/resources/imports", "post " + project + "/resources/imports",
                "get " + HEADLINE, "put " + HEADLINE, "delete " + HEADLINE,
                "get " + project + "/resources/files", "post " + project + "/resources/files",
                "get " + project + "/resources/files/{file_id}", "put " + project + "/resources/files/{file_id}",
                "delete " + project + "/resources/files/{file_id}",
                "get " + base + "/installations", "post " + base + "/installations",
                "delete " + base + "/installations/{installation_id}",
                "get " + project + "/resources/github-installations", "post " + project + "/resources/github-installations",
                "delete " + project + "/resources/github-installations/{installation_id}");
        for (String route : routes) {
            String[] methodAndPath = route.split(" ");
            JsonObject item = paths.getJsonObject(methodAndPath[1]);
            assertNotNull(item, route);
            JsonObject operation = item.getJsonObject(methodAndPath[0]);
            assertNotNull(operation, route);
            Set<String> statuses = operation.getJsonObject("responses").keySet();
            assertTrue(statuses.stream().anyMatch(s -> s.startsWith("2")), route + " has no success status");
            assertTrue(statuses.contains("500"), route + " has no 500");
        }
    }
}
