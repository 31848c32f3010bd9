package dev.neptun.platform.json;

import dev.neptun.platform.refusals.InvalidInput;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads one JSON document from characters, more strictly than JSON-P alone: nothing may follow the
 * value, no object may name a member twice, no string (member names included) may hold NUL or a
 * lone surrogate, every number must be representable (no {@code 1e2147483648}), and nesting stops
 * at {@link #MAX_DEPTH} before it is read any deeper, whatever the size. Each is an
 * {@link InvalidInput} naming the top-level member it is in. Built on JSON-P's streaming parser,
 * so no recursion deeper than the limit and no lenient tree builder.
 */
public final class StrictJson {

    /** Far more than any body of the API needs (file trees and metadata included). */
    public static final int MAX_DEPTH = 64;
    /** Longer numbers are no count or size; refusing them keeps BigDecimal parsing cheap. */
    static final int MAX_NUMBER_LENGTH = 1000;

    /** Looked up once: {@code Json}'s static methods look the provider up with a ServiceLoader at every call (a value each here). */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    private final JsonParser parser;
    /** The top-level member being read, which errors name. */
    private String member;

    private StrictJson(JsonParser parser) {
        this.parser = parser;
    }

    /** The one JSON value of {@code text}; characters, so JSON-P never guesses an encoding. */
    public static JsonValue read(Reader text) {
        try (JsonParser parser = PARSERS.createParser(text)) {
            StrictJson json = new StrictJson(parser);
            JsonValue value = json.value(parser.next(), 1);
            if (parser.hasNext()) {
                throw new InvalidInput("The request body has more after its JSON value");
            }
            return value;
        } catch (JsonParsingException malformed) {
            throw new InvalidInput("Malformed JSON body");
        } catch (JsonException unreadable) {
            if (unreadable.getCause() instanceof CharacterCodingException) {
                throw new InvalidInput("The request body is not valid UTF-8");
            }
            throw new InvalidInput("The request body could not be read completely");
        } catch (NoSuchElementException empty) {
            throw new InvalidInput("Malformed JSON body");
        }
    }

    private JsonValue value(JsonParser.Event event, int depth) {
        return switch (event) {
            case START_OBJECT -> object(depth);
            case START_ARRAY -> array(depth);
            case VALUE_STRING -> JSON.createValue(text(parser.getString()));
            case VALUE_NUMBER -> number(parser.getString());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new InvalidInput("Malformed JSON body");
        };
    }

    private JsonValue object(int depth) {
        requireDepth(depth);
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> names = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            if (depth == 1) {
                member = null;
            }
            String name = text(parser.getString());
            if (depth == 1) {
                member = name;
            }
            if (!names.add(name)) {
                throw problem(depth == 1 ? "is given more than once" : "has an object that names a member twice");
            }
            object.add(name, value(parser.next(), depth + 1));
        }
        return object.build();
    }

    private JsonValue array(int depth) {
        requireDepth(depth);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(event, depth + 1));
        }
        return array.build();
    }

    private void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInput("The JSON body is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private JsonValue number(String literal) {
        if (literal.length() > MAX_NUMBER_LENGTH) {
            throw problem("has a number of more than " + MAX_NUMBER_LENGTH + " characters");
        }
        try {
            return JSON.createValue(new BigDecimal(literal));
        } catch (NumberFormatException unrepresentable) {
            throw problem("has a number out of range");
        }
    }

    /** Valid Unicode without NUL: what every string of the API must be. */
    private String text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw problem("contains a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw problem("contains a lone surrogate (not valid Unicode)");
            }
        }
        return text;
    }

    private InvalidInput problem(String what) {
        return member == null ? new InvalidInput("Invalid request body: a member name " + what) : InvalidInput.member(member, what);
    }
}
