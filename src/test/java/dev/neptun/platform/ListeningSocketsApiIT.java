package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing of the server listens beyond this machine but its HTTP and HTTPS listeners: the admin side,
 * the data grid and whatever else it runs are on loopback, the services nobody uses are off. Read from
 * the kernel's socket tables ({@code /proc/net/tcp}, {@code tcp6}) for the process that owns the HTTP
 * port, as {@code ss -ltnp} would show them (the suite runs on the server's machine).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ListeningSocketsApiIT {

    /** A listening socket: its local address (hex, as the kernel writes it), port and inode. */
    record Listener(String address, int port, String inode) {

        boolean isLoopback() {
            // IPv4 127/8 is stored little-endian ("0100007F"); IPv6 ::1, and ::ffff:127.x.x.x for a mapped one.
            return address.length() == 8 ? address.endsWith("7F")
                    : address.equals("00000000000000000000000001000000")
                    || (address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F"));
        }
    }

    @Test
    void onlyTheHttpAndHttpsListenersAreReachableFromOtherMachines() throws IOException {
        int http = Api.base().getPort();
        int https = Integer.getInteger("it.https.port");
        List<Listener> listeners = listeners();
        String server = listeners.stream().filter(l -> l.port() == http).map(Listener::inode).findFirst()
                .flatMap(ListeningSocketsApiIT::owner).orElseThrow(() -> new AssertionError("no process listens on " + http));
        Set<String> sockets = socketsOf(server);

        Set<Integer> open = new TreeSet<>();
        Set<Integer> local = new TreeSet<>();
        for (Listener listener : listeners) {
            if (sockets.contains(listener.inode())) {
                (listener.isLoopback() ? local : open).add(listener.port());
            }
        }

        assertTrue(open.contains(http) || local.contains(http), "found the server's HTTP listener: " + open + local);
        assertEquals(Set.of(), difference(open, Set.of(http, https)), "listening beyond loopback; on loopback: " + local);
    }

    private static Set<Integer> difference(Set<Integer> all, Set<Integer> allowed) {
        Set<Integer> rest = new TreeSet<>(all);
        rest.removeAll(allowed);
        return rest;
    }

    private static List<Listener> listeners() throws IOException {
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals("0A")) { // TCP_LISTEN
                    String[] local = fields[1].split(":");
                    listeners.add(new Listener(local[0], Integer.parseInt(local[1], 16), fields[9]));
                }
            }
        }
        return listeners;
    }

    /** The process that holds socket {@code inode}. */
    private static Optional<String> owner(String inode) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> socketsOf(p.getFileName().toString()).contains(inode))
                    .map(p -> p.getFileName().toString()).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inodes of the sockets process {@code pid} holds open. */
    private static Set<String> socketsOf(String pid) {
        Set<String> inodes = new TreeSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", pid, "fd"))) {
            descriptors.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed while listed
                }
            });
        } catch (IOException gone) {
            // a process that ended, or one this user may not look into
        }
        return inodes;
    }
}
