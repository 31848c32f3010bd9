package dev.neptun.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokenTest {

    @Test
    void tokensCarry256RandomBitsInBase64Url() {
        String token = SessionToken.generate();

        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(SessionToken.isWellFormed(token));
        Set<String> many = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> many.add(SessionToken.generate()));
        assertEquals(1000, many.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "'; DROP TABLE user_sessions; --aaaaaaaaaaaaaaaaaa",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u0661"})
    void anythingElseIsMalformedAndNeverLookedUp(String token) {
        assertFalse(SessionToken.isWellFormed(token));
    }

    @Test
    void nullIsMalformed() {
        assertFalse(SessionToken.isWellFormed(null));
    }

    @Test
    void theStoredHashIsSha256AndNotTheToken() {
        String token = SessionToken.generate();

        assertEquals(32, Base64.getUrlDecoder().decode(SessionToken.hash(token)).length);
        assertNotEquals(token, SessionToken.hash(token));
        assertEquals(SessionToken.hash(token), SessionToken.hash(token));
    }
}
