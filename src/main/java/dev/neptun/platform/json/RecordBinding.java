package dev.neptun.platform.json;

import dev.neptun.platform.params.Vocabulary;
import dev.neptun.platform.refusals.FieldError;
import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.platform.refusals.Refusal;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Binds a JSON object to a request record, by JSON type and never by coercion: {@code "1"} is no
 * number and {@code 1.5} no integer, each a problem naming the member. Members the record does not
 * name are ignored. Components are {@code String}, {@code Integer}, {@code Long}, {@link JsonValue}
 * (any JSON), a {@link Vocabulary} enum, or one of those in an {@link Optional}.
 *
 * <p>A record of only {@code Optional} components is a partial update, and its components say three
 * things: {@code null} when the member is absent (keep), {@code Optional.empty()} for JSON
 * {@code null} (clear), a value otherwise. Such a body must set at least one of them.
 */
public final class RecordBinding {

    private RecordBinding() {
    }

    /**
     * The record of {@code object}, checked by {@code validation} (Bean Validation in the server).
     * Every member at fault is named at once: those of the wrong type, and those the validation
     * finds with the others; a member that is of the wrong type is validated as absent.
     */
    public static <T extends Record> T bind(JsonObject object, Class<T> type, Function<? super T, List<FieldError>> validation) {
        RecordComponent[] components = type.getRecordComponents();
        if (isPartial(components) && Arrays.stream(components).map(JsonNames::of).noneMatch(object::containsKey)) {
            throw new InvalidInput("The body must set at least one of: "
                    + Arrays.stream(components).map(JsonNames::of).collect(Collectors.joining(", ")));
        }
        List<FieldError> problems = new ArrayList<>();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = JsonNames.of(components[i]);
            values[i] = object.containsKey(name) ? member(object.get(name), components[i].getGenericType(), name, problems) : null;
        }
        T record;
        try {
            record = construct(type, components, values);
        } catch (InvalidInput refused) {
            throw merged(problems, refused.problems());
        }
        Set<String> wrongType = problems.stream().map(FieldError::field).collect(Collectors.toSet());
        validation.apply(record).stream().filter(p -> !wrongType.contains(p.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw merged(problems, List.of());
        }
        return record;
    }

    private static InvalidInput merged(List<FieldError> problems, List<FieldError> more) {
        List<FieldError> all = new ArrayList<>(problems);
        all.addAll(more);
        return new InvalidInput(InvalidInput.BODY, all.stream().distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList());
    }

    private static boolean isPartial(RecordComponent[] components) {
        return components.length > 0 && Arrays.stream(components).allMatch(c -> c.getType() == Optional.class);
    }

    private static Object member(JsonValue value, Type type, String name, List<FieldError> problems) {
        boolean isNull = value.getValueType() == JsonValue.ValueType.NULL;
        if (type instanceof ParameterizedType optional && optional.getRawType() == Optional.class) {
            return isNull ? Optional.empty() : Optional.ofNullable(scalar(value, (Class<?>) optional.getActualTypeArguments()[0], name, problems));
        }
        return isNull ? null : scalar(value, (Class<?>) type, name, problems);
    }

    /** The value as {@code type}, or null with a problem recorded. */
    private static Object scalar(JsonValue value, Class<?> type, String name, List<FieldError> problems) {
        if (type == JsonValue.class) {
            return value;
        }
        if (type == String.class && value instanceof JsonString string) {
            return string.getString();
        }
        if ((type == Integer.class || type == Long.class) && value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return type == Integer.class ? (Object) number.intValueExact() : (Object) number.longValueExact();
            } catch (ArithmeticException outOfRange) {
                problems.add(new FieldError(name, "is out of range"));
                return null;
            }
        }
        if (Vocabulary.isVocabulary(type) && value instanceof JsonString word) {
            Optional<Vocabulary> known = Vocabulary.parse(type, word.getString());
            if (known.isEmpty()) {
                problems.add(new FieldError(name, Vocabulary.choices(type)));
            }
            return known.orElse(null);
        }
        problems.add(new FieldError(name, rule(type)));
        return null;
    }

    private static String rule(Class<?> type) {
        if (type == Integer.class) {
            return "must be a 32-bit integer";
        }
        if (type == Long.class) {
            return "must be a 64-bit integer";
        }
        return type == String.class ? "must be a string" : Vocabulary.choices(type);
    }

    private static <T> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            // A record may refuse a combination of members in its constructor (e.g. installation_id without a GitHub source).
            if (refused.getCause() instanceof Refusal refusal) {
                throw refusal;
            }
            throw new IllegalStateException("request record " + type.getName() + " cannot be built", refused);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("request record " + type.getName() + " cannot be built", e);
        }
    }
}
