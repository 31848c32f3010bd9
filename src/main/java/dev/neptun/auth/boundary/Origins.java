package dev.neptun.auth.boundary;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Origins as browsers send them ({@code scheme://host[:port]}), compared in one normal form: lower
 * case, no default port, no trailing slash. The CSRF rule: a state-changing request may come from
 * the server's own origin or a configured one; {@code null} and anything unparsable are foreign.
 */
public final class Origins {

    private final Set<String> allowed;

    /** {@code allowed}: the origins besides the server's own that may send state-changing requests. */
    public Origins(Set<String> allowed) {
        this.allowed = allowed.stream().map(Origins::normalize).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a request with this {@code Origin} header, to a server at {@code own}, may change state. */
    public boolean allows(String origin, String own) {
        Optional<String> server = normalize(own);
        return normalize(origin).filter(o -> server.filter(o::equals).isPresent() || allowed.contains(o)).isPresent();
    }

    /** The normal form of an origin, or empty when it is none ({@code null}, a path, user info, another scheme). */
    static Optional<String> normalize(String origin) {
        if (origin == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (java.net.URISyntaxException notAnOrigin) {
            return Optional.empty();
        }
    }
}
