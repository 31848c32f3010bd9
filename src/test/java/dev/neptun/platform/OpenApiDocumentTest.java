package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.errors.ErrorBody;
import dev.neptun.platform.json.JsonNames;
import dev.neptun.platform.params.Id;
import dev.neptun.platform.params.Vocabulary;
import dev.neptun.testsupport.Routes.Route;
import dev.neptun.testsupport.Routes;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * META-INF/openapi.yaml, the document the server publishes, against the code it describes: the
 * routes, their parameters and bodies, every record on the wire under its {@link JsonNames} with the
 * bounds its Bean Validation enforces, every vocabulary with its wire names, and the statuses the
 * contract's rules give each route. A change to either side alone fails here.
 */
class OpenApiDocumentTest {

    private static final Map<String, Object> DOCUMENT = load();
    private static final List<Route> ROUTES = Routes.all();
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void everyRouteOfTheCodeIsInTheDocumentAndNothingElseIs() {
        Set<String> documented = new TreeSet<>();
        paths().forEach((path, item) -> map(item).keySet().stream().filter(OPERATIONS::contains).forEach(m -> documented.add(m + " " + path)));

        assertEquals(ROUTES.stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new)), documented);
    }

    @Test
    void everyOperationHasAUniqueOperationIdATagAndASummary() {
        List<String> ids = new ArrayList<>();
        for (Route route : ROUTES) {
            Map<String, Object> operation = operation(route);
            ids.add((String) operation.get("operationId"));
            assertTrue(operation.get("tags") instanceof List<?> tags && tags.size() == 1, route.key() + " has one tag");
            assertTrue(operation.get("summary") instanceof String, route.key() + " has a summary");
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "operationIds are unique: " + ids);
        assertTrue(ids.stream().allMatch(id -> id != null && id.matches("[a-z][A-Za-z]+")), "every operation has an operationId: " + ids);
    }

    @Test
    void everyOperationTakesThePathAndQueryParametersTheCodeReads() {
        for (Route route : ROUTES) {
            Map<String, Object> item = map(paths().get(route.path()));
            List<Map<String, Object>> parameters = new ArrayList<>();
            Stream.of(item.get("parameters"), operation(route).get("parameters")).filter(List.class::isInstance)
                    .forEach(list -> ((List<?>) list).forEach(p -> parameters.add(resolve(p))));

            Set<String> templates = new TreeSet<>();
            Matcher template = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(route.path());
            while (template.find()) {
                templates.add(template.group(1));
            }
            assertEquals(templates, names(parameters, "path"), route.key() + ": path parameters");
            assertEquals(route.queryParameters(), names(parameters, "query"), route.key() + ": query parameters");
            assertEquals(route.headerParameters(), names(parameters, "header"), route.key() + ": header parameters");
            parameters.stream().filter(p -> "header".equals(p.get("in")))
                    .forEach(p -> assertEquals(Boolean.TRUE, p.get("required"), route.key() + " " + p.get("name") + " is required"));
            for (Map<String, Object> parameter : parameters) {
                if ("path".equals(parameter.get("in"))) {
                    assertEquals(Boolean.TRUE, parameter.get("required"), route.key() + " " + parameter.get("name"));
                    assertEquals("#/components/schemas/Id", map(parameter.get("schema")).get("$ref"), route.key() + " " + parameter.get("name"));
                }
            }
            for (Parameter query : route.java().getParameters()) {
                if (query.isAnnotationPresent(QueryParam.class) && Vocabulary.isVocabulary(query.getType())) {
                    Map<String, Object> documented = parameters.stream()
                            .filter(p -> query.getAnnotation(QueryParam.class).value().equals(p.get("name"))).findFirst().orElseThrow();
                    assertEquals(wireNames(query.getType()), resolve(documented.get("schema")).get("enum"), route.key() + " " + documented.get("name"));
                }
            }
        }
    }

    @Test
    void everyRequestBodyIsTheSchemaOfTheRecordTheMethodTakes() {
        for (Route route : ROUTES) {
            Object requestBody = operation(route).get("requestBody");
            Optional<Class<?>> body = route.body();
            assertEquals(body.isPresent(), requestBody != null, route.key() + ": a body exactly where the method takes one");
            body.ifPresent(type -> {
                Map<String, Object> json = map(map(map(requestBody).get("content")).get("application/json"));
                if (route.takesRawBody()) {
                    // Not bound to a record: the document says what comes (a JSON object), no schema of ours.
                    assertEquals("object", map(json.get("schema")).get("type"), route.key() + ": a raw JSON body");
                    assertEquals(null, map(json.get("schema")).get("$ref"), route.key());
                } else {
                    assertEquals(ref(type), map(json.get("schema")).get("$ref"), route.key());
                }
                assertEquals(Boolean.TRUE, map(requestBody).get("required"), route.key());
            });
        }
    }

    @Test
    void aMethodThatReturnsARecordAnswersItsSchema() {
        for (Route route : ROUTES) {
            Class<?> returned = route.java().getReturnType();
            if (returned.isRecord()) {
                Map<String, Object> ok = map(map(operation(route).get("responses")).get("200"));
                assertEquals(ref(returned), map(map(map(ok.get("content")).get("application/json")).get("schema")).get("$ref"), route.key());
            }
        }
    }

    @Test
    void everyRouteListsTheStatusesOfTheRulesItFollows() {
        for (Route route : ROUTES) {
            Map<String, Object> responses = map(operation(route).get("responses"));
            Set<String> statuses = responses.keySet();
            List<String> expected = new ArrayList<>(List.of("500"));
            if (route.path().startsWith("/api/users/")) {
                expected.addAll(List.of("400", "401", "403", "503"));
            }
            if (route.path().startsWith("/api/users/") && route.path().indexOf('{') != route.path().lastIndexOf('{')) {
                expected.add("404");
            }
            if (route.java().isAnnotationPresent(Consumes.class)) {
                expected.addAll(List.of("400", "413", "415"));
            }
            assertTrue(statuses.containsAll(expected), route.key() + " lists " + expected + ", has " + statuses);
            assertTrue(statuses.stream().anyMatch(s -> s.startsWith("2")), route.key() + " has a success status");
            for (String status : statuses) {
                Map<String, Object> response = resolve(responses.get(status));
                if (status.startsWith("4") || status.startsWith("5")) {
                    boolean head = route.method().equals("head");
                    assertEquals(!head, response.containsKey("content"), route.key() + " " + status + ": the error body, except on HEAD");
                    if (!head) {
                        assertEquals(ref(ErrorBody.class), map(map(map(response.get("content")).get("application/json")).get("schema")).get("$ref"),
                                route.key() + " " + status);
                    }
                }
                if (status.equals("429") || status.equals("503")) {
                    assertTrue(map(response.get("headers")).containsKey("Retry-After"), route.key() + " " + status + " declares Retry-After");
                }
            }
            if (route.method().equals("get") && operation(route).get("parameters") instanceof List<?> parameters
                    && parameters.stream().anyMatch(p -> "#/components/parameters/page".equals(map(p).get("$ref")))) {
                assertTrue(map(map(responses.get("200")).get("headers")).containsKey("Link"), route.key() + " declares Link");
            }
            // A created resource has a route of its own to name; a session (sign-up) and a connection have none.
            if (responses.containsKey("201") && route.path().startsWith("/api/users/") && !route.path().endsWith("/github-installations")) {
                assertTrue(map(map(responses.get("201")).get("headers")).containsKey("Location"), route.key() + " declares Location");
            }
        }
    }

    @Test
    void everyRecordOnTheWireIsASchemaOfItsNameWithItsWireNamesTypesAndBounds() {
        Set<Class<?>> records = wireRecords();
        assertTrue(records.size() > 10, "found the records: " + records);
        for (Class<?> type : records) {
            Map<String, Object> schema = schema(type.getSimpleName());
            Map<String, Object> properties = map(schema.get("properties"));
            List<String> names = Arrays.stream(type.getRecordComponents()).map(JsonNames::of).toList();
            assertEquals(new TreeSet<>(names), new TreeSet<>(properties.keySet()), type.getSimpleName() + ": members by their wire names");

            Set<String> required = new TreeSet<>(schema.get("required") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of());
            assertEquals(requiredMembers(type), required, type.getSimpleName() + ": required members");
            for (RecordComponent component : type.getRecordComponents()) {
                String where = type.getSimpleName() + "." + JsonNames.of(component);
                describes(where, component, map(properties.get(JsonNames.of(component))));
            }
        }
    }

    @Test
    void everyVocabularyIsASchemaOfItsNameWithItsWireNames() {
        Set<Class<?>> vocabularies = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (Class<?> type : wireRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> value = valueClass(component.getGenericType());
                if (Vocabulary.isVocabulary(value)) {
                    vocabularies.add(value);
                }
            }
        }
        assertTrue(vocabularies.size() >= 5, vocabularies.toString());
        for (Class<?> vocabulary : vocabularies) {
            assertEquals(wireNames(vocabulary), schema(vocabulary.getSimpleName()).get("enum"), vocabulary.getSimpleName());
        }
    }

    @Test
    void everySchemaOfTheDocumentIsARecordAVocabularyOrTheIdOfThePaths() {
        Set<String> known = new TreeSet<>(List.of("Id"));
        for (Class<?> type : wireRecords()) {
            known.add(type.getSimpleName());
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> value = valueClass(component.getGenericType());
                if (Vocabulary.isVocabulary(value)) {
                    known.add(value.getSimpleName());
                }
            }
        }
        assertEquals(known, new TreeSet<>(map(map(DOCUMENT.get("components")).get("schemas")).keySet()));
    }

    /**
     * The members a client must send (a request: those Bean Validation requires) or always gets (a
     * response: every member, as JSON-B writes nulls out; the error body leaves out its absent extras).
     */
    private static Set<String> requiredMembers(Class<?> type) {
        if (type == ErrorBody.class) {
            assertEquals(false, type.getAnnotation(JsonbNillable.class).value(), "ErrorBody leaves out requestId and errors when absent");
            return new TreeSet<>(Set.of("statusCode", "message"));
        }
        boolean request = isRequest(type);
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> !request || (c.getType() != Optional.class && (has(c, NotNull.class) || has(c, NotBlank.class))))
                .map(JsonNames::of).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The document says of one member what its component's type and constraints say. */
    private static void describes(String where, RecordComponent component, Map<String, Object> property) {
        Type generic = component.getGenericType();
        Class<?> value = valueClass(generic);
        Map<String, Object> schema = resolve(property);
        if (value == Integer.class || value == int.class) {
            assertEquals("integer", schema.get("type"), where);
            assertEquals("int32", schema.get("format"), where);
        } else if (value == Long.class || value == long.class) {
            assertEquals("integer", schema.get("type"), where);
            assertEquals("int64", schema.get("format"), where);
        } else if (value == Boolean.class || value == boolean.class) {
            assertEquals("boolean", schema.get("type"), where);
        } else if (value == String.class) {
            assertEquals("string", schema.get("type"), where);
        } else if (value == Instant.class) {
            assertEquals("string", schema.get("type"), where);
            assertEquals("date-time", schema.get("format"), where);
        } else if (value == JsonValue.class) {
            assertEquals(null, schema.get("type"), where + ": any JSON");
        } else if (Vocabulary.isVocabulary(value)) {
            assertEquals(ref(value), property.get("$ref"), where);
        } else if (value == List.class) {
            assertEquals("array", schema.get("type"), where);
            Class<?> item = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
            assertEquals(ref(item), map(schema.get("items")).get("$ref"), where);
        } else if (value.isRecord()) {
            assertEquals(ref(value), property.get("$ref"), where);
        } else {
            throw new AssertionError(where + ": no rule for " + value);
        }

        Size size = constraint(component, Size.class);
        Integer maxLength = size == null || size.max() == Integer.MAX_VALUE ? null : Integer.valueOf(size.max());
        assertEquals(maxLength, property.get("maxLength"), where + ": maxLength");
        Integer minLength = constraint(component, NotBlank.class) != null ? 1 : null;
        if (size != null && size.min() > 0) {
            minLength = size.min();
        }
        assertEquals(minLength, property.get("minLength"), where + ": minLength");
        Integer minimum = constraint(component, Positive.class) != null ? Integer.valueOf(1)
                : constraint(component, PositiveOrZero.class) != null ? Integer.valueOf(0) : null;
        assertEquals(minimum, property.get("minimum"), where + ": minimum");
        Pattern pattern = constraint(component, Pattern.class);
        String expected = pattern != null ? "^" + pattern.regexp() + "$" : constraint(component, NotBlank.class) != null ? "\\S" : null;
        assertEquals(expected, property.get("pattern"), where + ": the pattern of @Pattern, anchored, or a non-blank character for @NotBlank");
    }

    private static boolean has(RecordComponent component, Class<? extends Annotation> type) {
        return constraint(component, type) != null;
    }

    /** A constraint on the component, or on the value inside its {@code Optional}. */
    private static <A extends Annotation> A constraint(RecordComponent component, Class<A> type) {
        A onAccessor = component.getAccessor().getAnnotation(type);
        if (onAccessor != null) {
            return onAccessor;
        }
        AnnotatedType annotated = component.getAnnotatedType();
        if (annotated instanceof AnnotatedParameterizedType optional && component.getType() == Optional.class) {
            return optional.getAnnotatedActualTypeArguments()[0].getAnnotation(type);
        }
        return annotated.getAnnotation(type);
    }

    private static Class<?> valueClass(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            return raw == Optional.class ? valueClass(parameterized.getActualTypeArguments()[0]) : raw;
        }
        return (Class<?>) type;
    }

    private static boolean isRequest(Class<?> type) {
        return ROUTES.stream().anyMatch(r -> r.body().filter(type::equals).isPresent());
    }

    /** The records the API reads or writes: request bodies, the boundaries' views (named *View), the error body, and what they hold. */
    private static Set<Class<?>> wireRecords() {
        Set<Class<?>> roots = new HashSet<>(List.of(ErrorBody.class));
        for (Route route : ROUTES) {
            route.body().filter(Class::isRecord).ifPresent(roots::add);
            if (route.java().getReturnType().isRecord()) {
                roots.add(route.java().getReturnType());
            }
        }
        Routes.classes().stream().filter(Class::isRecord).filter(c -> c.getSimpleName().endsWith("View")).forEach(roots::add);
        Set<Class<?>> all = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        List<Class<?>> frontier = new ArrayList<>(roots);
        while (!frontier.isEmpty()) {
            Class<?> next = frontier.remove(frontier.size() - 1);
            if (all.add(next)) {
                for (RecordComponent component : next.getRecordComponents()) {
                    Type generic = component.getGenericType();
                    Class<?> value = generic instanceof ParameterizedType p && p.getRawType() == List.class
                            ? (Class<?>) p.getActualTypeArguments()[0] : valueClass(generic);
                    if (value.isRecord()) {
                        frontier.add(value);
                    }
                }
            }
        }
        return all;
    }

    private static List<Object> wireNames(Class<?> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(c -> ((Vocabulary) c).wireName()).collect(Collectors.toList());
    }

    private static String ref(Class<?> type) {
        return "#/components/schemas/" + type.getSimpleName();
    }

    private static Set<String> names(List<Map<String, Object>> parameters, String in) {
        return parameters.stream().filter(p -> in.equals(p.get("in"))).map(p -> (String) p.get("name")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> operation(Route route) {
        return map(map(paths().get(route.path())).get(route.method()));
    }

    private static Map<String, Object> paths() {
        return map(DOCUMENT.get("paths"));
    }

    private static Map<String, Object> schema(String name) {
        Object schema = map(map(DOCUMENT.get("components")).get("schemas")).get(name);
        assertTrue(schema != null, "the document has a schema " + name);
        return map(schema);
    }

    /** The object a {@code $ref} names, or the object itself. */
    private static Map<String, Object> resolve(Object node) {
        Map<String, Object> object = map(node);
        if (object.get("$ref") instanceof String ref) {
            Object target = DOCUMENT;
            for (String step : ref.substring(2).split("/")) {
                target = map(target).get(step);
            }
            return resolve(target);
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static Map<String, Object> load() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
