package dev.neptun.platform;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Publishes META-INF/openapi.yaml as written, with two corrections only the running server can make:
 * the configured base URL as the one server, so that a client generated from the served /openapi
 * calls the address every {@code Location} and {@code Link} starts with (never one the container
 * guessed from its listeners), and no {@code endpoints} member, which Payara adds to the top of the
 * document on its own model class (not OpenAPI: linters and generators refuse it). Registered in
 * META-INF/microprofile-config.properties.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.servers(List.of(OASFactory.createServer().url(Settings.configuredBaseUrl().toString())
                .description("This server (neptun.base-url)")));
        withoutPayaraEndpoints(openAPI);
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
