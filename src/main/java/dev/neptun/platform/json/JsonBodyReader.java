package dev.neptun.platform.json;

import dev.neptun.platform.refusals.BodyTooLarge;
import dev.neptun.platform.refusals.FieldError;
import dev.neptun.platform.refusals.InvalidInput;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every JSON request body of the API, read into its request record: at most {@link #LIMIT_BYTES}
 * (a 413 past that, whatever Content-Length claims), UTF-8 only and decoded strictly (a 400 where a
 * lenient decoder would store U+FFFD, or JSON-P would guess UTF-16), parsed by {@link StrictJson},
 * bound by {@link RecordBinding}, then checked with Bean Validation; every problem a 400 that names
 * the member under its JSON name.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Record> {

    /** Room for a context file's 1 MiB of content even when JSON escaping doubles it, and the other members. */
    public static final int LIMIT_BYTES = 4 * 1024 * 1024;
    private static final String OBJECT_REQUIRED = "A JSON object is required as the request body";

    @Inject
    Validator validator;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new InvalidInput("The request body must be UTF-8");
        }
        String declared = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.matches("[0-9]{1,18}") && Long.parseLong(declared) > LIMIT_BYTES) {
            throw new BodyTooLarge(LIMIT_BYTES);
        }
        return RecordBinding.bind(object(body), type, this::problems);
    }

    /** The body as a JSON object, read strictly (see the class comment); a refusal for anything else. */
    static JsonObject object(InputStream body) {
        Limited limited = new Limited(body);
        JsonValue json;
        try {
            json = StrictJson.read(new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (InvalidInput invalid) {
            throw limited.count == 0 ? new InvalidInput(OBJECT_REQUIRED) : invalid;
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput(OBJECT_REQUIRED);
        }
        return json.asJsonObject();
    }

    private List<FieldError> problems(Record body) {
        return validator.validate(body).stream()
                .map(v -> new FieldError(jsonName(body.getClass(), v.getPropertyPath()), v.getMessage()))
                .toList();
    }

    /** The record component a violation is about: the first node of its path (later ones are container elements). */
    private static String jsonName(Class<?> type, Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null) {
                return JsonNames.of(type, node.getName());
            }
        }
        return "";
    }

    /** Counts what is read and stops at the limit, so an endless body costs at most the limit. */
    private static final class Limited extends FilterInputStream {

        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > LIMIT_BYTES) {
                throw new BodyTooLarge(LIMIT_BYTES);
            }
        }
    }
}
