package dev.neptun.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.platform.refusals.BodyTooLarge;
import dev.neptun.platform.refusals.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body reader's byte-level rules: UTF-8 only, a size limit, an object. */
class JsonBodyReaderTest {

    private static InputStream bytes(byte[]... parts) {
        return new SequenceInputStream(Collections.enumeration(Stream.of(parts).map(ByteArrayInputStream::new).toList()));
    }

    private static String refusal(InputStream body) {
        return assertThrows(InvalidInput.class, () -> JsonBodyReader.object(body)).getMessage();
    }

    @Test
    void utf8IsRead() {
        String json = "{\"title\":\"caf\u00e9 \u00fc \ud83d\ude00\"}";

        assertEquals("caf\u00e9 \u00fc \ud83d\ude00",
                JsonBodyReader.object(bytes(json.getBytes(StandardCharsets.UTF_8))).getString("title"));
    }

    @Test
    void invalidUtf8IsRefused() {
        assertEquals("The request body is not valid UTF-8",
                refusal(bytes("{\"name\":\"caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28}, "\"}".getBytes())));
        assertEquals("The request body is not valid UTF-8", refusal(bytes("{\"a\":\"".getBytes(), new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, "\"}".getBytes())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE"})
    void otherUnicodeEncodingsAreRefusedWithOrWithoutBom(String encoding) {
        String json = "{\"name\":\"a\",\"type\":\"web-app\",\"main_language\":\"go\"}";
        byte[] encoded = json.getBytes(Charset.forName(encoding));

        refusal(bytes(encoded));
        if (encoding.startsWith("UTF-16")) {
            refusal(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE)));
            refusal(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, json.getBytes(StandardCharsets.UTF_16BE)));
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsRefused() {
        refusal(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}".getBytes()));
    }

    @Test
    void anEmptyBodyAsksForAnObject() {
        assertEquals("A JSON object is required as the request body", refusal(bytes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "\"x\"", "1", "true"})
    void anythingButAnObjectAsksForAnObject(String json) {
        assertEquals("A JSON object is required as the request body", refusal(bytes(json.getBytes())));
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWithoutReadingOn() {
        byte[] start = "{\"content\":\"".getBytes();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThrows(BodyTooLarge.class, () -> JsonBodyReader.object(new SequenceInputStream(new ByteArrayInputStream(start), endless)));
    }
}
