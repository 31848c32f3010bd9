package dev.neptun.auth.boundary;

import java.util.Set;

/**
 * The address a request comes from, for throttling: the peer's, unless the peer is a trusted proxy
 * (configured); then the nearest address of {@code X-Forwarded-For} that is not a trusted proxy
 * itself. From anyone else the header is ignored, or a client could name any address it likes.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
