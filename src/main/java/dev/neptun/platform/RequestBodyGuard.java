package dev.neptun.platform;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every request body, before it is parsed: at most {@link #LIMIT_BYTES} (a 413 past that, whatever
 * Content-Length claims), strictly valid UTF-8 (a 400, where a lenient decoder would quietly store
 * U+FFFD in place of the bad bytes) and nested at most {@link #MAX_DEPTH} deep (a 400, where the
 * recursive JSON parser would run out of stack).
 */
@Provider
public class RequestBodyGuard implements ReaderInterceptor {

    /** Room for a context file's 1 MiB of content even when JSON escaping doubles it, and the other members. */
    public static final int LIMIT_BYTES = 4 * 1024 * 1024;
    /** Far more than any body of the API needs (file trees and metadata included). */
    public static final int MAX_DEPTH = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("[0-9]{1,18}") && Long.parseLong(declared) > LIMIT_BYTES) {
            throw tooLarge();
        }
        byte[] body = readAtMostLimit(context.getInputStream());
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The request body is not valid UTF-8");
        }
        if (nestingDepth(body) > MAX_DEPTH) {
            throw ApiException.badRequest("The JSON body is nested more than " + MAX_DEPTH + " levels deep");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMostLimit(InputStream in) throws IOException {
        byte[] body = in.readNBytes(LIMIT_BYTES + 1);
        if (body.length > LIMIT_BYTES) {
            throw tooLarge();
        }
        return body;
    }

    /** The deepest nesting of arrays and objects, skipping brackets inside strings. */
    static int nestingDepth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "The request body is larger than " + LIMIT_BYTES / (1024 * 1024) + " MiB");
    }
}
