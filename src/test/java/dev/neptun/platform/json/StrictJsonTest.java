package dev.neptun.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.neptun.platform.refusals.FieldError;
import dev.neptun.platform.refusals.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    private static JsonValue read(String json) {
        return StrictJson.read(new StringReader(json));
    }

    private static InvalidInput refused(String json) {
        return assertThrows(InvalidInput.class, () -> read(json));
    }

    private static void assertNames(String member, InvalidInput refused) {
        assertEquals(List.of(member), refused.problems().stream().map(FieldError::field).toList(), refused::getMessage);
    }

    @Test
    void aWellFormedDocumentIsReadAsJsonP() {
        String json = "{\"a\":[1,2.5,\"x\",true,false,null,{\"b\":{}}],\"c\":\"\\ud83d\\ude00 \\u00fc\"}";

        assertEquals(Json.createReader(new StringReader(json)).readValue(), read(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{}x", "{}]", "{}}", "{} 1", "[1] [2]", "{}\u0000"})
    void anythingAfterTheValueIsRefused(String json) {
        refused(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"a\":1,,}", "{\"a\":1", "nul", "{'a':1}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":NaN}",
            "\uFEFF{}", "{\"a\":\"\u0001\"}"})
    void malformedDocumentsAreRefused(String json) {
        refused(json);
    }

    @Test
    void aMemberNamedTwiceIsRefusedByItsName() {
        assertNames("name", refused("{\"name\":\"a\",\"type\":\"web-app\",\"name\":\"b\"}"));
    }

    @Test
    void aMemberNamedTwiceInsideAnotherIsRefusedByTheOuterName() {
        assertNames("file_tree", refused("{\"source_path\":\"/x\",\"file_tree\":{\"src\":[{\"a\":1,\"a\":2}]}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "-1e2147483648", "1e-2147483649", "1E+99999999999", "0.5e2147483648"})
    void aNumberOutOfRangeIsRefusedWhereverItIs(String number) {
        assertNames("depth", refused("{\"depth\":" + number + "}"));
        assertNames("file_tree", refused("{\"file_tree\":{\"sizes\":[1," + number + "]}}"));
        assertNames("unknown_member", refused("{\"unknown_member\":" + number + "}"));
    }

    @Test
    void aNumberOfMoreThanAThousandCharactersIsRefused() {
        assertNames("depth", refused("{\"depth\":1" + "0".repeat(StrictJson.MAX_NUMBER_LENGTH) + "}"));
    }

    @Test
    void largeButRepresentableNumbersAreKept() {
        assertEquals("1E+999999999", read("{\"n\":1e999999999}").asJsonObject().get("n").toString());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        int depth = StrictJson.MAX_DEPTH;
        read("[".repeat(depth) + "]".repeat(depth));
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWhateverTheSize() {
        int depth = StrictJson.MAX_DEPTH + 1;
        refused("[".repeat(depth) + "]".repeat(depth));
        refused("{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused("[".repeat(1_000_000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "a\\u0000b"})
    void aNulInAStringOrNameIsRefused(String nul) {
        assertNames("title", refused("{\"title\":\"" + nul + "\"}"));
        assertNames("metadata", refused("{\"metadata\":{\"k\":[\"" + nul + "\"]}}"));
        assertEquals(List.of(), refused("{\"" + nul + "\":1}").problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udfff", "\\ude00\\ud83d", "a\\ud83d", "\\ud83d\\u0041", "\\ud83d\\ud83d"})
    void aLoneSurrogateIsRefused(String lone) {
        assertNames("title", refused("{\"title\":\"" + lone + "\"}"));
        assertNames("metadata", refused("{\"metadata\":{\"" + lone + "\":1}}"));
    }
}
