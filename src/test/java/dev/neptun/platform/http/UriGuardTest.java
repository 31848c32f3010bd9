package dev.neptun.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UriGuardTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"/api/users/1/projects", "/api/users/%31/projects", "/a%2Fb", "/caf%C3%A9", "/%F0%9F%98%80", "x=%20y&z=%7E",
            "project_type=web-app", "/a+b", "/%25", "x=é%41", "/café/%C3%A9", "x=😀&y=%7E"})
    void wellFormedEscapesPass(String raw) {
        assertTrue(UriGuard.isDecodable(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/users/%ZZ/projects/1", "/%", "/%2", "/a%2", "/%G0", "/%0G", "/%C0%AE", "/%FF", "/%C3", "/%ED%A0%80",
            "/%00", "/1%00", "/%0A", "/%1F", "/%7F", "import_id=%ZZ", "x=%",
            // raw non-ASCII before the fault: every character is checked, not the ones before the first of them
            "x=é%ZZ", "/é/%ZZ", "x=😀%", "ü=1&x=%C3"})
    void undecodableOrControlEscapesAreRefused(String raw) {
        assertFalse(UriGuard.isDecodable(raw));
    }
}
