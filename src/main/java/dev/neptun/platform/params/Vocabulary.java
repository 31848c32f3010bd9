package dev.neptun.platform.params;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A closed vocabulary of the API as a Java enum: each constant has the name the API writes
 * ({@code web-site}, {@code local_folder}). Request bodies and query parameters of such a type are
 * parsed by that name, and anything else is a 400 that lists the names.
 */
public interface Vocabulary {

    /** The constant's name on the wire; by default the Java name, which most vocabularies spell the same. */
    default String wireName() {
        return ((Enum<?>) this).name();
    }

    /** The constant of {@code type} (an enum implementing this interface) with this wire name. */
    static Optional<Vocabulary> parse(Class<?> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary.class::cast)
                .filter(c -> c.wireName().equals(wireName)).findFirst();
    }

    static boolean isVocabulary(Class<?> type) {
        return type.isEnum() && Vocabulary.class.isAssignableFrom(type);
    }

    /** "must be one of: a, b, c", in declaration order. */
    static String choices(Class<?> type) {
        return "must be one of: " + Arrays.stream(type.getEnumConstants())
                .map(c -> ((Vocabulary) c).wireName()).collect(Collectors.joining(", "));
    }
}
