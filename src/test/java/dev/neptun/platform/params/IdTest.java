package dev.neptun.platform.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.refusals.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "7", "42", "1000000", "2147483647"})
    void positiveInt32InPlainDecimalIsAnId(String raw) {
        assertEquals(Integer.parseInt(raw), Id.parse(raw).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "+1", "-0", "+0", "007", "01", "1.5", "1e3", "01e3", "1E3", "2147483648", "99999999999",
            "4294967297", " 1", "1 ", "1\t", "abc", "0x1", "1_000", "1,000", "\u0661", "\uFF11", "1\u0661", "\u00B9", "%31", "1/2", "1;x=2"})
    void anythingElseIsNoId(String raw) {
        assertTrue(Id.parse(raw).isEmpty(), () -> "'" + raw + "' parsed as " + Id.parse(raw));
    }

    @org.junit.jupiter.api.Test
    void nullIsNoId() {
        assertTrue(Id.parse(null).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void requireNamesTheParameter() {
        InvalidInput refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, () -> Id.require("import_id", "0"));
        assertEquals("Invalid import_id: must be a positive 32-bit integer", refused.getMessage());
    }
}
