package dev.neptun.auth.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionsTest {

    /** No EntityManager, no settings: a token that were looked up would fail with a NullPointerException. */
    private final Sessions withoutDatabase = new Sessions();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "'; DROP TABLE user_sessions; --aaaaaaaaaaaaaaaaaaaa", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})
    void aMalformedTokenIsNoSessionAndNeverLookedUp(String token) {
        assertTrue(withoutDatabase.findLive(token).isEmpty());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short"})
    void revokingAMalformedTokenTouchesNothing(String token) {
        withoutDatabase.revoke(token);
    }
}
