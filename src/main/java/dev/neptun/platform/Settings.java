package dev.neptun.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
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

    /** How much one user may store; the defaults are far beyond what a real team keeps. */
    public record Quotas(int projectsPerUser, int installationsPerUser, int importsPerProject, int filesPerImport, long bytesPerProject) {
    }

    private final URI baseUrl = configuredBaseUrl();
    private final Duration sessionLifetime = duration("neptun.session.lifetime", "P7D");
    private final Duration sessionIdleTimeout = duration("neptun.session.idle-timeout", "PT24H");
    private final Duration housekeepingInterval = duration("neptun.housekeeping.interval", "PT10M");
    private final int sessionsPerUser = Integer.parseInt(value("neptun.session.max-per-user", "20"));
    private final boolean alwaysSecureCookie = Boolean.parseBoolean(value("neptun.cookie.secure", "false"));
    private final Set<String> allowedOrigins = list("neptun.allowed-origins");
    private final Set<String> trustedProxies = list("neptun.trusted-proxies");
    private final int concurrentPasswordHashes = Integer.parseInt(value("neptun.password-hashing.concurrency",
            Integer.toString(Runtime.getRuntime().availableProcessors())));
    private final Quotas quotas = new Quotas(
            Integer.parseInt(value("neptun.quota.projects-per-user", "100")),
            Integer.parseInt(value("neptun.quota.installations-per-user", "100")),
            Integer.parseInt(value("neptun.quota.imports-per-project", "1000")),
            Integer.parseInt(value("neptun.quota.files-per-import", "10000")),
            Long.parseLong(value("neptun.quota.bytes-per-project", Long.toString(256L * 1024 * 1024))));

    /** Where clients reach the API ({@code scheme://host[:port]}); every absolute URL the API writes starts with it. */
    public URI baseUrl() {
        return baseUrl;
    }

    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    /** How often an instance offers to do the housekeeping (one instance of several does each round). */
    public Duration housekeepingInterval() {
        return housekeepingInterval;
    }

    /** Live sessions one user may hold; a new one revokes the oldest beyond it. */
    public int sessionsPerUser() {
        return sessionsPerUser;
    }

    /** Force {@code Secure} on the cookie even when TLS ends at a proxy in front of the server. */
    public boolean alwaysSecureCookie() {
        return alwaysSecureCookie;
    }

    /** Origins besides the server's own that may send state-changing requests with the cookie. */
    public Set<String> allowedOrigins() {
        return allowedOrigins;
    }

    /** Addresses of proxies whose {@code X-Forwarded-For} names the client; from anyone else it is ignored. */
    public Set<String> trustedProxies() {
        return trustedProxies;
    }

    /** PBKDF2 computations at once; sign-ups and logins beyond it are answered 503 instead of queueing. */
    public int concurrentPasswordHashes() {
        return concurrentPasswordHashes;
    }

    public Quotas quotas() {
        return quotas;
    }

    /** {@link #baseUrl()} for code the container builds outside CDI (the OpenAPI filter). */
    static URI configuredBaseUrl() {
        String raw = value("neptun.base-url", "http://localhost:8080");
        URI uri = URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
        if (uri.getScheme() == null || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw new IllegalArgumentException("neptun.base-url must be scheme://host[:port], not " + raw);
        }
        return uri;
    }

    private static Set<String> list(String key) {
        return Arrays.stream(value(key, "").split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
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
