package dev.neptun.platform.http;

import dev.neptun.platform.config.Settings;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Publishes META-INF/openapi.yaml as written (OpenApiApiIT compares the two on each server). The
 * configured base URL becomes the one server, so that a client generated from the served /openapi
 * calls the address every {@code Location} and {@code Link} starts with, never one the container
 * guessed from its listeners; the web page on it is the document's {@code externalDocs} (WildFly's
 * SmallRye writes an empty, invalid {@code externalDocs} where the file has none). And what each
 * server's reader or model changes is put back: Payara adds a top-level {@code endpoints} member (not
 * OpenAPI: linters and generators refuse it); SmallRye loses {@code required: true} of request bodies,
 * which every body of this API is. Registered in META-INF/microprofile-config.properties.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String base = Settings.configuredBaseUrl().toString();
        openAPI.servers(List.of(OASFactory.createServer().url(base).description("This server (neptun.base-url)")));
        openAPI.getExternalDocs().url(base + "/");
        withoutPayaraEndpoints(openAPI);
    }

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        return requestBody.required(true);
    }

    /** An empty map is left out of the document; Payara merges documents into it, so it must stay a mutable map. */
    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", java.util.Map.class).invoke(openAPI, new HashMap<>());
        } catch (NoSuchMethodException otherServer) {
            // WildFly's model has no such member.
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot remove Payara's endpoints member from the OpenAPI document", e);
        }
    }
}
