package dev.neptun.platform.json;

import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.RecordComponent;
import java.util.Locale;

/**
 * The one naming rule of the API: the JSON name of a record's component is its {@code @JsonbProperty},
 * else its Java name in snake_case. Request bodies are bound by it, {@link JsonConfig} gives it to
 * JSON-B for responses, and the OpenAPI document is checked against it.
 */
public final class JsonNames {

    private JsonNames() {
    }

    public static String of(RecordComponent component) {
        // @JsonbProperty cannot target a record component; Java puts it on the accessor instead.
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property != null ? property.value() : snakeCase(component.getName());
    }

    /** The JSON name of the component called {@code javaName} in {@code type}, e.g. for a validation problem. */
    static String of(Class<?> type, String javaName) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(javaName)) {
                return of(component);
            }
        }
        return snakeCase(javaName);
    }

    public static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
