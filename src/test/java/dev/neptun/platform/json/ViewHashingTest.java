package dev.neptun.platform.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Routes;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JSON-B (Yasson) keeps every object it writes in a hash set to find cycles, so a view's hash runs twice
 * for each item it writes. A view with a JSON value (a file tree, metadata) beside content of unbounded
 * size must not read them to hash: a page of imports spent 7% of its time hashing file trees. Every
 * record named {@code ...View} with a JSON value member, among the application's classes.
 */
class ViewHashingTest {

    /** A JSON value that fails the test when hashed. */
    private static final JsonValue UNHASHABLE = new JsonValue() {
        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }

        @Override
        public int hashCode() {
            throw new AssertionError("the view hashed its JSON value");
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }
    };

    @Test
    void everyViewWithAJsonValueHashesWithoutReadingIt() throws Exception {
        List<Class<?>> views = viewsWithAJsonValue();
        assertTrue(views.size() >= 2, "found the views with a JSON value (imports, context files): " + views);
        for (Class<?> view : views) {
            Object withOne = instance(view, UNHASHABLE, "content");
            Object withAnother = instance(view, JsonValue.EMPTY_JSON_OBJECT, "other content");
            assertDoesNotThrow(withOne::hashCode, view.getName());
            assertEquals(withOne.hashCode(), withAnother.hashCode(), view.getName() + " hashes alike whatever its JSON values and texts hold");
        }
    }

    private static List<Class<?>> viewsWithAJsonValue() {
        return Routes.classes().stream().filter(Class::isRecord).filter(type -> type.getSimpleName().endsWith("View"))
                .filter(type -> Stream.of(type.getRecordComponents()).anyMatch(c -> c.getType() == JsonValue.class)).toList();
    }

    /** The view with the same id and numbers, and the given JSON value and text in every such member. */
    private static Object instance(Class<?> view, JsonValue json, String text) throws ReflectiveOperationException {
        RecordComponent[] components = view.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            types[i] = type;
            values[i] = type == JsonValue.class ? json
                    : type == String.class ? text
                    : type == int.class ? 7
                    : type == long.class ? 7L
                    : type == boolean.class ? Boolean.TRUE
                    : null;
        }
        return view.getDeclaredConstructor(types).newInstance(values);
    }
}
