package dev.neptun.auth.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code neptun-session} cookie. The header is written by hand because JAX-RS's NewCookie adds a
 * {@code Version} attribute and differs between implementations; this way it is exactly
 * {@code Path=/; Max-Age; HttpOnly; SameSite=Lax} (+ {@code Secure}) on every server.
 */
public final class SessionCookie {

    public static final String NAME = "neptun-session";

    private SessionCookie() {
    }

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public static String issue(String token, Duration lifetime, boolean secure) {
        return header(token, lifetime.toSeconds(), secure);
    }

    public static String clear(boolean secure) {
        return header("", 0, secure);
    }

    private static String header(String value, long maxAgeSeconds, boolean secure) {
        return NAME + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
