package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document the running server publishes at /openapi is META-INF/openapi.yaml as written
 * (which {@code OpenApiDocumentTest} holds to the code), with the configured base URL as its server:
 * nothing the server's own scanner or model adds. {@code OpenApiToolsApiIT} runs the tools on it.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenApiApiIT {

    @Test
    void theServedDocumentIsTheWrittenOneWithThisServersBaseUrl() throws IOException {
        Map<String, Object> written;
        try (InputStream in = OpenApiApiIT.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            written = new TreeMap<>(new Yaml().<Map<String, Object>>load(in));
        }
        String base = Api.base().toString().replaceAll("/$", "");
        written.put("servers", List.of(Map.of("url", base, "description", "This server (neptun.base-url)")));
        written.put("externalDocs", Map.of("url", base + "/", "description", "The web page that uses this API, on the same server"));

        Api.Response response = Api.get("openapi").header("Accept", "application/json").send();

        assertEquals(200, response.status(), response::toString);
        // Compared member by member: a difference in a document this size is easier to find that way.
        JsonObject served = response.json();
        JsonObject expected = Json.createObjectBuilder(written).build();
        assertEquals(expected.keySet(), served.keySet());
        for (String member : expected.keySet()) {
            assertEquals(expected.get(member), served.get(member), member);
        }
    }

    @Test
    void theDocumentIsAlsoServedAsYaml() {
        Api.Response response = Api.get("openapi").send();

        assertEquals(200, response.status(), response::toString);
        JsonObject served = Json.createObjectBuilder(new Yaml().<Map<String, Object>>load(response.body())).build();
        assertEquals(Api.get("openapi").header("Accept", "application/json").send().json(), served);
    }
}
