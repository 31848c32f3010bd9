package dev.neptun.platform;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the rules that API.md states once for every route into the published OpenAPI document,
 * instead of repeating them on each resource method: every {@code {..._id}} of a path is a path
 * parameter that is a positive int32 (resources read them through their scope, not one by one),
 * every {@code /api/users/...} route answers 400, 401, 403 and 500 in that order of checks, and 404
 * where it names something beyond the user. Registered in META-INF/microprofile-config.properties.
 */
public class OpenApiContract implements OASFilter {

    /** Declared in META-INF/openapi.yaml: a reference works with MicroProfile OpenAPI 3 (Payara) and 4 (WildFly) alike. */
    private static final String ID_SCHEMA = "Id";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([a-z_]+)}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                describe(path.getKey(), operation);
            }
        }
    }

    private static void describe(String path, Operation operation) {
        Matcher template = TEMPLATE.matcher(path);
        while (template.find()) {
            String name = template.group(1);
            boolean declared = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
            if (!declared) {
                operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .schema(OASFactory.createSchema().ref(ID_SCHEMA)));
            }
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.responses(responses);
        if (path.startsWith("/api/users/")) {
            addIfAbsent(responses, "400", "An id is not a positive 32-bit integer, or the query or body is invalid");
            addIfAbsent(responses, "401", "No neptun-session cookie, or an unknown, expired or revoked session");
            addIfAbsent(responses, "403", "user_id is not the signed-in user, or a cross-origin state-changing request");
            if (path.indexOf('{') != path.lastIndexOf('{')) {
                addIfAbsent(responses, "404", "Not found for this user");
            }
        }
        addIfAbsent(responses, "500", "Server error: {\"statusCode\":500,\"message\":..,\"requestId\":..}, no internals");
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }
}
