package dev.neptun.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailKeysTest {

    @ParameterizedTest
    @CsvSource({
            "ada@example.com, ada@example.com",
            "ADA@Example.COM, ada@example.com",
            "' ada@example.com ', ada@example.com",
            "\uff21\uff24\uff21@example.com, ada@example.com",
            "stra\u00dfe@example.com, strasse@example.com",
            "STRASSE@example.com, strasse@example.com",
            "\ufb03x@example.com, ffix@example.com",
            "\u212aelvin@example.com, kelvin@example.com",
            "e\u0301@example.com, \u00e9@example.com"})
    void formsThatCanonicaliseAlikeAreOneKey(String email, String key) {
        assertEquals(key, EmailKeys.canonical(email));
    }

    @ParameterizedTest
    @CsvSource({
            "\u03a3\u03bf\u03c6\u03b9\u03b1\u03c2@example.com, \u03c3\u03bf\u03c6\u03b9\u03b1\u03c3@example.com",
            "\u03a3\u039f\u03a6\u0399\u0391\u03a3@example.com, \u03c3\u03bf\u03c6\u03b9\u03b1\u03c2@example.com",
            "\u0130stanbul@example.com, \u0069\u0307stanbul@example.com"})
    void spellingsOfOneAddressAreOneKey(String one, String other) {
        assertEquals(EmailKeys.canonical(one), EmailKeys.canonical(other));
    }

    @Test
    void aKeyThatGrowsPastTheColumnIsNoKey() {
        String dotted = "\u0130".repeat(200) + "@example.com";

        assertTrue(dotted.length() <= EmailKeys.MAX_LENGTH, "the address itself fits");
        assertTrue(EmailKeys.canonical(dotted).length() > EmailKeys.MAX_LENGTH, "its lower case does not");
        assertTrue(EmailKeys.of(dotted).isEmpty());
        assertEquals(EmailKeys.MAX_LENGTH, EmailKeys.of("a".repeat(244) + "@example.com").orElseThrow().length());
    }
}
