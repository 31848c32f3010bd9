package dev.neptun.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void anIssuedCookieHasTheAttributesOfTheContract() {
        assertEquals("neptun-session=abc; Path=/; Max-Age=604800; HttpOnly; SameSite=Lax",
                SessionCookie.issue("abc", Duration.ofDays(7), false));
        assertEquals("neptun-session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure",
                SessionCookie.issue("abc", Duration.ofMinutes(1), true));
    }

    @Test
    void aClearedCookieExpiresAtOnce() {
        assertEquals("neptun-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax", SessionCookie.clear(false));
    }
}
