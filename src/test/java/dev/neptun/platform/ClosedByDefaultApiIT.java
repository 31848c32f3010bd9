package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.testsupport.Api;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an anonymous client must not reach: the admin side, metrics, a description of the framework. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ClosedByDefaultApiIT {

    @ParameterizedTest
    @ValueSource(strings = {"metrics", "metrics/application", "api/application.wadl", "api/application.wadl?detail=true"})
    void metricsAndTheWadlAreNotServed(String path) {
        Api.Response response = Api.get(path).send();

        assertNotEquals(200, response.status(), response::toString);
        assertFalse(response.body().contains("jersey") || response.body().contains("base_") || response.body().contains("vendor_"),
                response::toString);
    }

    @Test
    void optionsNamesNoFramework() {
        Api.Response response = Api.request("OPTIONS", "api/auth/login").send();

        assertFalse(response.body().toLowerCase().contains("jersey") || response.body().toLowerCase().contains("wadl"), response::toString);
    }

    /** The admin port (and JMX on Payara) listen on the loopback interface only: from this host's other addresses, nothing. */
    @Test
    void theAdminSideListensOnLoopbackOnly() throws SocketException {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this host has no address but loopback");
        List<Integer> adminPorts = List.of(Integer.getInteger("it.admin.port.effective"), Integer.getInteger("it.jmx.port.effective"));

        for (int port : adminPorts) {
            if (port > 0) {
                assertThrows(IOException.class, () -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(external.get(), port), 2000);
                    }
                }, () -> "port " + port + " answers on " + external.get());
            }
        }
    }
}
