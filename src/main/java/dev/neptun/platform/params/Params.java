package dev.neptun.platform.params;

import dev.neptun.platform.refusals.InvalidInput;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.function.Function;

/**
 * Path and query parameters of the API's own types ({@link Id}, {@link Vocabulary} enums), parsed
 * strictly while JAX-RS resolves a method's parameters. A bad value is an {@link InvalidInput}
 * naming the parameter; whatever exception JAX-RS wraps it in, {@link dev.neptun.platform.errors.ErrorMapper} finds it and
 * answers 400, before the resource method runs. An empty query value ({@code ?page=}) is a 400 too.
 */
@Provider
public class Params implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == Id.class) {
            return (ParamConverter<T>) new Strict<>(name, Id::parse, Id.RULE);
        }
        if (rawType == PageRequest.PerPage.class) {
            return (ParamConverter<T>) new Strict<>(name, PageRequest.PerPage::parse, "must be an integer from 1 to " + PageRequest.MAX_PER_PAGE);
        }
        if (Vocabulary.isVocabulary(rawType)) {
            return (ParamConverter<T>) new Strict<>(name, raw -> Vocabulary.parse(rawType, raw), Vocabulary.choices(rawType));
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "parameter";
    }

    private record Strict<T>(String name, Function<String, Optional<? extends T>> parser, String rule) implements ParamConverter<T> {

        @Override
        public T fromString(String raw) {
            if (raw == null) {
                return null;
            }
            if (raw.isEmpty()) {
                // "?page=" is a parameter given without a value, not one left out: a client bug to report, not to guess at.
                throw new InvalidInput("Invalid " + name + ": an empty value; leave the parameter out instead");
            }
            return parser.apply(raw).orElseThrow(() -> new InvalidInput("Invalid " + name + ": " + rule));
        }

        @Override
        public String toString(T value) {
            if (value instanceof Vocabulary word) {
                return word.wireName();
            }
            return value instanceof PageRequest.PerPage perPage ? Integer.toString(perPage.value()) : String.valueOf(value);
        }
    }
}
