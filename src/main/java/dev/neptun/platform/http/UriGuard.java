package dev.neptun.platform.http;

import dev.neptun.platform.errors.ErrorMapper;
import dev.neptun.platform.errors.ErrorPageServlet;
import dev.neptun.platform.refusals.InvalidInput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, with the API's 400, a request whose path or query cannot be decoded: a {@code %} not
 * followed by two hex digits ({@code %ZZ}, a lone {@code %}), escapes that are not UTF-8, or escapes
 * of control characters. Left to JAX-RS, such a URI failed deep inside it and the client got an
 * empty 200 (and the log a stack trace).
 */
@WebFilter(filterName = "UriGuard", urlPatterns = "/*", asyncSupported = true)
public class UriGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isDecodable(request.getRequestURI()) || !isDecodable(request.getQueryString())) {
            ErrorPageServlet.write(request, response, ErrorMapper.map(new InvalidInput("Malformed request URI: it cannot be decoded")));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether every escape is {@code %XX}, the escaped bytes are UTF-8, and none is a control character. */
    static boolean isDecodable(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            int c = raw.codePointAt(i);
            if (c != '%') {
                // Raw non-ASCII (the container hands it over decoded) counts as its UTF-8 bytes; the rest is still checked.
                bytes.put(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c) - 1;
                continue;
            }
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return false;
            }
            int b = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
            if (b < 0x20 || b == 0x7F) {
                return false;
            }
            bytes.put((byte) b);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
