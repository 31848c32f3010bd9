package dev.neptun.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Free-form JSON members (file trees, metadata) are stored as their text and given back as JSON. */
public final class JsonText {

    private JsonText() {
    }

    public static String write(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }

    public static JsonValue read(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
