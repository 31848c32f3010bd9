package dev.neptun.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            "203.0.113.7|                          |203.0.113.7",
            "203.0.113.7|198.51.100.1              |203.0.113.7",
            "10.0.0.1   |                          |10.0.0.1",
            "10.0.0.1   |198.51.100.1              |198.51.100.1",
            "10.0.0.1   |1.2.3.4, 198.51.100.1     |198.51.100.1",
            "10.0.0.1   |198.51.100.1, 10.0.0.2    |198.51.100.1",
            "10.0.0.1   |10.0.0.2                  |10.0.0.1",
            "10.0.0.1   |' , '                     |10.0.0.1"})
    void theClientIsThePeerUnlessATrustedProxySpeaksForIt(String peer, String forwardedFor, String client) {
        assertEquals(client, ClientAddress.of(peer, forwardedFor, PROXIES));
    }
}
