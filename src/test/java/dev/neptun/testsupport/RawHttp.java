package dev.neptun.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: undecodable paths, forged
 * Host headers, bodies that stop short, "Expect: 100-continue" answered at once (Java 17's
 * HttpClient waits forever for that one).
 */
public final class RawHttp {

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private RawHttp() {
    }

    /** The request line and headers of a request to the suite's server, ready to send with a body of {@code length} bytes. */
    public static String head(String method, String target, Map<String, String> headers) {
        URI base = Api.base();
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("Host", base.getHost() + ":" + base.getPort());
        all.putIfAbsent("Connection", "close");
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /**
     * Sends {@code head} and {@code body} and reads one response within {@code wait}; empty when the
     * server closed the connection without one. The output stays open: a body shorter than its
     * Content-Length stays short.
     */
    public static Optional<Response> exchange(String head, byte[] body, Duration wait) throws IOException {
        URI base = Api.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) wait.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            try {
                return Optional.ofNullable(read(in));
            } catch (SocketTimeoutException noAnswer) {
                throw new AssertionError("no answer within " + wait, noAnswer);
            }
        }
    }

    /** Writes (some of) a request body; a write the server refuses by closing the connection is no failure. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Sends {@code head}, then the body from another thread while waiting for the answer, as a client
     * streaming a large upload does: a server that answers before it has read the body, or all of
     * it, is heard at once. The connection stays open until the answer is read.
     */
    public static Response exchangeWhileSending(String head, BodyWriter body, Duration wait) throws IOException {
        URI base = Api.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) wait.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread sender = new Thread(() -> {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException refused) {
                    // the server answered and closed the connection before taking all of it
                }
            }, "raw-http-body");
            sender.setDaemon(true);
            sender.start();
            try {
                Response response = read(new BufferedInputStream(socket.getInputStream()));
                if (response == null) {
                    throw new AssertionError("the connection closed without an answer");
                }
                return response;
            } catch (SocketTimeoutException noAnswer) {
                throw new AssertionError("no answer within " + wait, noAnswer);
            }
        }
    }

    /**
     * A large body sent as curl sends it: the headers with "Expect: 100-continue", the body only after
     * "100 Continue", unless the server answers at once, as it may (RFC 9110, 10.1.1).
     */
    public static Response postExpectingContinue(String path, String token, byte[] body) throws IOException {
        URI base = Api.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(head("POST", "/" + path, Map.of("Cookie", "neptun-session=" + token, "Content-Type", "application/json",
                    "Content-Length", Integer.toString(body.length), "Expect", "100-continue")).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Response response = read(in);
            if (response.status() == 100) {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException closedEarly) {
                    // the server may stop reading at its limit and answer at once
                }
                response = read(in);
            }
            return response;
        }
    }

    /** One response, or null when the connection closed before its status line. */
    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return null;
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        if (status == 100) {
            return new Response(status, headers, "");
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
        byte[] content = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunked(in)
                : length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        return new Response(status, headers, new String(content, StandardCharsets.UTF_8));
    }

    /** A chunked body, joined; empty when the connection ends first (a HEAD answer has no body). */
    private static byte[] dechunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null && !size.isEmpty(); size = line(in)) {
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
