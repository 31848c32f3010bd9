package dev.neptun.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.Cluster;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The balancer's own rules: a malformed request target is its 400 before any instance sees it (an
 * instance alone answers one with an empty 200, payara/Payara#8000), and the cluster's servers listen
 * on 127.0.0.1 only: of the DAS and the instances nothing is reachable on another address.
 */
@Tag("slow")
@Tag("cluster")
class BalancerApiIT {

    @Test
    void aPercentNotFollowedByTwoHexDigitsIsA400OfTheBalancer() throws Exception {
        URI balancer = Api.base();
        for (String target : List.of("/api/users/%ZZ/projects/1", "/api/status?x=%4", "/api/status?q=%", "/api/users/1%2/projects")) {
            String[] response = raw(balancer, target);
            assertEquals("400", response[0], target + ": " + response[1]);
            assertEquals(400, Json.createReader(new StringReader(response[1])).readObject().getInt("statusCode"), target);
        }
        URI instance = URI.create(Cluster.instances().values().iterator().next());
        String[] direct = raw(instance, "/api/users/%ZZ/projects/1");
        assertEquals("200", direct[0], "Payara itself (payara/Payara#8000): " + direct[1]);
        assertEquals("", direct[1]);
        assertEquals("200", raw(balancer, "/api/status?x=%41")[0], "a good escape goes through");
    }

    /** GET of a raw request target (java.net.URI refuses a malformed one): status code and body. */
    private static String[] raw(URI server, String target) throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new String[] {response.substring(9, 12), response.substring(response.indexOf("\r\n\r\n") + 4)};
        }
    }

    @Test
    void theDasAndTheInstancesListenOnLoopbackOnly() throws Exception {
        List<String> listening = Files.readAllLines(Path.of("/proc/net/tcp"));
        listening.addAll(Files.readAllLines(Path.of("/proc/net/tcp6")));
        List<Long> inodes = new java.util.ArrayList<>();
        List<ProcessHandle> servers = new java.util.ArrayList<>();
        for (String instance : Cluster.instances().keySet()) {
            servers.add(Cluster.process(instance));
        }
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("ASMain") && c.contains("domains/neptun-cluster/")).orElse(false))
                .forEach(servers::add);
        assertEquals(Cluster.instances().size() + 1, servers.size(), "the DAS and every instance");
        for (ProcessHandle server : servers) {
            try (var fds = Files.list(Path.of("/proc", Long.toString(server.pid()), "fd"))) {
                fds.forEach(fd -> {
                    try {
                        String link = Files.readSymbolicLink(fd).toString();
                        if (link.startsWith("socket:[")) {
                            inodes.add(Long.parseLong(link.substring(8, link.length() - 1)));
                        }
                    } catch (Exception gone) {
                        // closed meanwhile
                    }
                });
            }
        }
        List<String> open = listening.stream().map(String::trim).map(l -> l.split("\\s+"))
                .filter(f -> f.length > 9 && f[3].equals("0A") && f[9].matches("\\d+") && inodes.contains(Long.parseLong(f[9])))
                .map(f -> f[1]).filter(local -> !isLoopback(local.split(":")[0])).toList();
        assertEquals(List.of(), open, "listening beyond loopback (hex address:port of /proc/net/tcp)");
        assertTrue(inodes.size() > 0);
    }

    /** IPv4 127/8 as the kernel writes it ("0100007F"); IPv6 ::1, or ::ffff:127.x.x.x. */
    private static boolean isLoopback(String address) {
        return address.length() == 8 ? address.endsWith("7F")
                : address.equals("00000000000000000000000001000000")
                || (address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F"));
    }
}
