package dev.neptun.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * A PATCH/PUT body in which an absent member means "leave as is" and {@code null} means "clear".
 * JSON-B alone cannot tell the two apart, so the body arrives as a {@link JsonObject}: its member
 * names say what is present, and JSON-B binds it to the request record for types and validation.
 * Members outside {@code updatable} (ids, owners, source types) are ignored like unknown ones.
 */
public record PartialBody<T>(T values, Set<String> present) {

    public static <T> PartialBody<T> of(JsonObject body, Class<T> type, Set<String> updatable, Set<String> notNullable,
            RequestValidator validator) {
        if (body == null || body.keySet().stream().noneMatch(updatable::contains)) {
            throw ApiException.badRequest("The body must set at least one of: " + String.join(", ", updatable.stream().sorted().toList()));
        }
        List<ErrorBody.FieldError> nulls = notNullable.stream().sorted()
                .filter(m -> body.containsKey(m) && body.get(m).getValueType() == JsonValue.ValueType.NULL)
                .map(m -> new ErrorBody.FieldError(m, "must not be null"))
                .toList();
        if (!nulls.isEmpty()) {
            throw new ApiException(400, "Invalid request body", nulls);
        }
        T values = validator.valid(JsonConfig.jsonb().fromJson(body.toString(), type));
        return new PartialBody<>(values, Set.copyOf(body.keySet()));
    }

    public boolean has(String member) {
        return present.contains(member);
    }
}
