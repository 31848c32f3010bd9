package dev.neptun.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/** Free-form JSON members (file trees, metadata) are stored as their text and given back as JSON. */
public final class JsonText {

    /** Made once: {@code Json.createReader} looks the provider up with a ServiceLoader at every call (a list reads one a row). */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonText() {
    }

    public static String write(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }

    public static JsonValue read(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (var reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
