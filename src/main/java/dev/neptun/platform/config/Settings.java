package dev.neptun.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Operator settings, read by MicroProfile Config (Payara's and WildFly's): a JVM system property
 * (e.g. {@code asadmin create-system-properties}) or the environment variable MicroProfile Config
 * maps to it ({@code NEPTUN_SESSION_LIFETIME} for {@code neptun.session.lifetime}), else the default.
 */
@ApplicationScoped
public class Settings {

    private static final String BASE_URL = "neptun.base-url";
    private static final String DEFAULT_BASE_URL = "http://localhost:8080";

    /** How much one user may store; the defaults are far beyond what a real team keeps. */
    public record Quotas(int projectsPerUser, int installationsPerUser, int importsPerProject, int filesPerImport, long bytesPerProject) {
    }

    @Inject
    @ConfigProperty(name = BASE_URL, defaultValue = DEFAULT_BASE_URL)
    String baseUrlValue;

    @Inject
    @ConfigProperty(name = "neptun.session.lifetime", defaultValue = "P7D")
    Duration sessionLifetime;

    @Inject
    @ConfigProperty(name = "neptun.session.idle-timeout", defaultValue = "PT24H")
    Duration sessionIdleTimeout;

    @Inject
    @ConfigProperty(name = "neptun.session.max-per-user", defaultValue = "20")
    int sessionsPerUser;

    @Inject
    @ConfigProperty(name = "neptun.cookie.secure", defaultValue = "false")
    boolean alwaysSecureCookie;

    // Comma-separated, split here: Payara's MicroProfile Config casts an Optional<List<String>> wrongly.
    @Inject
    @ConfigProperty(name = "neptun.allowed-origins")
    Optional<String> allowedOrigins;

    @Inject
    @ConfigProperty(name = "neptun.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "neptun.password-hashing.concurrency")
    Optional<Integer> concurrentPasswordHashes;

    @Inject
    @ConfigProperty(name = "neptun.quota.projects-per-user", defaultValue = "100")
    int projectsPerUser;

    @Inject
    @ConfigProperty(name = "neptun.quota.installations-per-user", defaultValue = "100")
    int installationsPerUser;

    @Inject
    @ConfigProperty(name = "neptun.quota.imports-per-project", defaultValue = "1000")
    int importsPerProject;

    @Inject
    @ConfigProperty(name = "neptun.quota.files-per-import", defaultValue = "10000")
    int filesPerImport;

    @Inject
    @ConfigProperty(name = "neptun.quota.bytes-per-project", defaultValue = "268435456")
    long bytesPerProject;

    @Inject
    @ConfigProperty(name = "neptun.housekeeping.interval", defaultValue = "PT10M")
    Duration housekeepingInterval;

    // A secret: never logged, never part of an answer.
    @Inject
    @ConfigProperty(name = "neptun.github.webhook-secret")
    Optional<String> githubWebhookSecret;

    private URI baseUrl;

    @PostConstruct
    void check() {
        baseUrl = baseUrl(baseUrlValue);
    }

    /** Where clients reach the API ({@code scheme://host[:port]}); every absolute URL the API writes starts with it. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** {@link #baseUrl()} for code the container builds outside CDI (the OpenAPI filter, a servlet added at start). */
    public static URI configuredBaseUrl() {
        return baseUrl(ConfigProvider.getConfig().getOptionalValue(BASE_URL, String.class).orElse(DEFAULT_BASE_URL));
    }

    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
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
        return set(allowedOrigins);
    }

    /** Addresses of proxies whose {@code X-Forwarded-For} names the client; from anyone else it is ignored. */
    public Set<String> trustedProxies() {
        return set(trustedProxies);
    }

    /** PBKDF2 computations at once (default: the machine's cores); sign-ups and logins beyond it are answered 503 instead of queueing. */
    public int concurrentPasswordHashes() {
        return concurrentPasswordHashes.orElse(Runtime.getRuntime().availableProcessors());
    }

    /** How often each instance purges what nobody can use any more (sessions, throttling counts, deliveries). */
    public Duration housekeepingInterval() {
        return housekeepingInterval;
    }

    /** The secret GitHub signs webhook deliveries with, as configured; empty when none is. */
    public Optional<String> githubWebhookSecret() {
        return githubWebhookSecret;
    }

    public Quotas quotas() {
        return new Quotas(projectsPerUser, installationsPerUser, importsPerProject, filesPerImport, bytesPerProject);
    }

    private static Set<String> set(Optional<String> values) {
        return values.map(list -> Set.copyOf(Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()))
                .orElse(Set.of());
    }

    private static URI baseUrl(String raw) {
        URI uri = URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
        if (uri.getScheme() == null || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw new IllegalArgumentException("neptun.base-url must be scheme://host[:port], not " + raw);
        }
        return uri;
    }
}
