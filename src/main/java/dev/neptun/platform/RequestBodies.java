package dev.neptun.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a JSON request body into its request record, strictly: a member of the wrong JSON type is a
 * 400 naming it (no "1" for 1, no 1 for 1.5, as lenient binding would give), unknown members are
 * ignored, then Bean Validation runs on the record. Problems are reported under their JSON names.
 */
@ApplicationScoped
public class RequestBodies {

    private static final String INVALID = "Invalid request body";

    @Inject
    Validator validator;

    public <T extends Record> T read(JsonValue body, Class<T> type) {
        JsonObject object = object(body);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        List<ErrorBody.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String name = jsonName(components[i]);
            values[i] = convert(object.get(name), components[i].getType(), name, errors);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, INVALID, errors);
        }
        return valid(construct(type, components, values));
    }

    /** The body as an object; anything else (an array, a string, nothing) is a 400. */
    public JsonObject object(JsonValue body) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            throw ApiException.badRequest("A JSON object is required as the request body");
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.badRequest("The request body must be a JSON object");
        }
        return body.asJsonObject();
    }

    private <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (violations.isEmpty()) {
            return body;
        }
        List<ErrorBody.FieldError> errors = violations.stream()
                .map(v -> new ErrorBody.FieldError(jsonName(body.getClass(), v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(ErrorBody.FieldError::field).thenComparing(ErrorBody.FieldError::message))
                .toList();
        throw new ApiException(400, INVALID, errors);
    }

    private static Object convert(JsonValue value, Class<?> type, String name, List<ErrorBody.FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (JsonValue.class.equals(type)) {
            return value;
        }
        if (String.class.equals(type) && value instanceof JsonString string) {
            return string.getString();
        }
        if ((Integer.class.equals(type) || Long.class.equals(type)) && value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return Integer.class.equals(type) ? (Object) number.intValueExact() : (Object) number.longValueExact();
            } catch (ArithmeticException outOfRange) {
                errors.add(new ErrorBody.FieldError(name, "is out of range"));
                return null;
            }
        }
        errors.add(new ErrorBody.FieldError(name, "must be " + describe(type)));
        return null;
    }

    private static String describe(Class<?> type) {
        if (String.class.equals(type)) {
            return "a string";
        }
        return Integer.class.equals(type) ? "a 32-bit integer" : "a 64-bit integer";
    }

    private static <T> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("request record " + type.getName() + " cannot be built", e);
        }
    }

    static String jsonName(RecordComponent component) {
        // @JsonbProperty cannot target a record component; Java puts it on the accessor instead.
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property != null ? property.value() : snakeCase(component.getName());
    }

    private static String jsonName(Class<?> type, Path path) {
        String javaName = null;
        for (Path.Node node : path) {
            javaName = node.getName();
        }
        if (javaName == null) {
            return "";
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(javaName)) {
                return jsonName(component);
            }
        }
        return snakeCase(javaName);
    }

    private static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
