package dev.neptun.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * A PATCH/PUT body in which an absent member means "leave as is" and {@code null} means "clear".
 * The member names of the JSON object say what is present; {@link RequestBodies} binds and checks
 * the values. Members outside {@code updatable} (ids, owners, source types) are ignored like unknown
 * ones, so nothing can be moved through a body.
 */
public record PartialBody<T extends Record>(T values, Set<String> present) {

    public static <T extends Record> PartialBody<T> of(JsonValue body, Class<T> type, Set<String> updatable, Set<String> notNullable,
            RequestBodies bodies) {
        JsonObject object = bodies.object(body);
        if (object.keySet().stream().noneMatch(updatable::contains)) {
            throw ApiException.badRequest("The body must set at least one of: " + String.join(", ", updatable.stream().sorted().toList()));
        }
        List<ErrorBody.FieldError> nulls = notNullable.stream().sorted()
                .filter(m -> object.containsKey(m) && object.get(m).getValueType() == JsonValue.ValueType.NULL)
                .map(m -> new ErrorBody.FieldError(m, "must not be null"))
                .toList();
        if (!nulls.isEmpty()) {
            throw new ApiException(400, "Invalid request body", nulls);
        }
        return new PartialBody<>(bodies.read(object, type), Set.copyOf(object.keySet()));
    }

    public boolean has(String member) {
        return present.contains(member);
    }
}
