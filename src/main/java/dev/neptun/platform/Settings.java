package dev.neptun.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Operator settings, read once from a JVM system property (e.g. {@code asadmin create-system-properties})
 * or, failing that, the environment variable of the same name in upper case with underscores.
 * Plain Java rather than MicroProfile Config so the same WAR runs on servers without it.
 */
@ApplicationScoped
public class Settings {

    private final Duration sessionLifetime = duration("neptun.session.lifetime", "P7D");
    private final Duration sessionIdleTimeout = duration("neptun.session.idle-timeout", "PT24H");
    private final boolean alwaysSecureCookie = Boolean.parseBoolean(value("neptun.cookie.secure", "false"));
    private final Set<String> allowedOrigins = Arrays.stream(value("neptun.allowed-origins", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());

    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    /** Force {@code Secure} on the cookie even when TLS ends at a proxy in front of the server. */
    public boolean alwaysSecureCookie() {
        return alwaysSecureCookie;
    }

    /** Origins besides the server's own that may send state-changing requests with the cookie. */
    public Set<String> allowedOrigins() {
        return allowedOrigins;
    }

    private static Duration duration(String key, String fallback) {
        return Duration.parse(value(key, fallback));
    }

    private static String value(String key, String fallback) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        return env != null && !env.isBlank() ? env : fallback;
    }
}
