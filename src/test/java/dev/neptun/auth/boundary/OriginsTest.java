package dev.neptun.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginsTest {

    private static final String OWN = "http://localhost:8080";
    private final Origins origins = new Origins(Set.of("https://App.Example.com", "not an origin"));

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "HTTP://LOCALHOST:8080", "http://localhost:8080/", " http://localhost:8080 ",
            "https://app.example.com", "https://app.example.com:443", "HTTPS://APP.EXAMPLE.COM"})
    void theServersOwnOriginAndConfiguredOnesMayWrite(String origin) {
        assertTrue(origins.allows(origin, OWN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "", "https://evil.example", "http://localhost:8081", "https://localhost:8080", "http://localhost",
            "http://app.example.com", "http://localhost:8080/path", "http://user@localhost:8080", "file://localhost:8080",
            "http://localhost:8080?x", "localhost:8080", "not an origin", "https://app.example.com.evil.example"})
    void everyOtherOriginIsForeign(String origin) {
        assertFalse(origins.allows(origin, OWN));
    }

    @org.junit.jupiter.api.Test
    void defaultPortsAreTheSameOrigin() {
        assertTrue(origins.allows("https://neptun.example", "https://neptun.example:443"));
        assertTrue(origins.allows("http://neptun.example:80", "http://neptun.example"));
        assertFalse(origins.allows(null, OWN));
    }
}
