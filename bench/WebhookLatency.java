import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The time to answer a GitHub webhook delivery, as GitHub's sender sees it: signed deliveries of
 * GitHub's example payloads (src/test/resources/github-webhooks), one after another over one HTTP/1.1
 * connection, each with a new X-GitHub-Delivery. Two users record the same installation, with a
 * GitHub import through it each, so every acted-on delivery changes two rows: suspend, unsuspend,
 * installation_target renamed, installation_repositories removed, and ping (ignored, 204) in turn.
 * WARMUP deliveries first (not counted: the JIT), then DELIVERIES measured; prints the percentiles,
 * overall and per event, and fails if any answer was not 200/204 or took GitHub's 10 s.
 *
 *   java bench/WebhookLatency.java BASE_URL SECRET_FILE [DELIVERIES=1000] [WARMUP=1000]
 */
public class WebhookLatency {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern INSTALLATION_ID = Pattern.compile("(\"installation\": \\{\\s*\"id\": )\\d+");
    static final Path EXAMPLES = Path.of("src/test/resources/github-webhooks");

    record Delivery(String event, String name, byte[] body) {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        byte[] secret = Files.readString(Path.of(args[1])).strip().getBytes(StandardCharsets.UTF_8);
        int deliveries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 1000;

        long github = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L) + 1;
        for (int user = 0; user < 2; user++) {
            seed(base, github);
        }
        List<Delivery> mix = List.of(
                new Delivery("installation", "installation.suspend", example("installation.suspend", github)),
                new Delivery("installation", "installation.unsuspend", example("installation.unsuspend", github)),
                new Delivery("installation_target", "installation_target.renamed", example("installation_target.renamed", github)),
                new Delivery("installation_repositories", "installation_repositories.removed",
                        example("installation_repositories.removed", github)),
                new Delivery("ping", "ping", example("ping", github)));

        for (int i = 0; i < warmup; i++) {
            send(base, secret, mix.get(i % mix.size()));
        }
        long[] all = new long[deliveries];
        Map<String, List<Long>> byName = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < deliveries; i++) {
            Delivery delivery = mix.get(i % mix.size());
            long start = System.nanoTime();
            int status = send(base, secret, delivery);
            long took = System.nanoTime() - start;
            all[i] = took;
            byName.computeIfAbsent(delivery.name(), n -> new ArrayList<>()).add(took);
            statuses.merge(status, 1, Integer::sum);
        }

        System.out.printf("%d deliveries after %d to warm up, one at a time; statuses %s%n", deliveries, warmup, statuses);
        System.out.println(line("all", all));
        byName.forEach((name, times) -> System.out.println(line(name, times.stream().mapToLong(Long::longValue).toArray())));
        long max = java.util.Arrays.stream(all).max().orElse(0);
        if (!statuses.keySet().stream().allMatch(s -> s == 200 || s == 204) || max >= Duration.ofSeconds(10).toNanos()) {
            System.err.println("FAILED: an answer that was not 200/204, or one that took 10 s");
            System.exit(1);
        }
    }

    /** A user (signed up through the API) who records the installation and imports a repository of the removed example through it. */
    static void seed(URI base, long github) throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.test";
        HttpResponse<String> signUp = post(base, "api/auth/sign-up", null,
                "{\"email\":\"" + email + "\",\"password\":\"Bench-Passw0rd!\",\"confirmPassword\":\"Bench-Passw0rd!\"}");
        String cookie = signUp.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        int user = id(signUp.body());
        int installation = id(post(base, "api/users/" + user + "/installations", cookie, "{\"github_installation_id\":" + github
                + ",\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"bench\"}").body());
        int project = id(post(base, "api/users/" + user + "/projects", cookie,
                "{\"name\":\"bench\",\"type\":\"web-app\",\"main_language\":\"go\"}").body());
        post(base, "api/users/" + user + "/projects/" + project + "/resources/imports", cookie,
                "{\"source_type\":\"github_repository_installation\",\"source_path\":\"octocat/Hello-World\",\"installation_id\":"
                        + installation + "}");
    }

    static HttpResponse<String> post(URI base, String path, String cookie, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static int id(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Integer.parseInt(id.group(1));
    }

    /** GitHub's example, for this installation. */
    static byte[] example(String name, long github) throws Exception {
        String json = Files.readString(EXAMPLES.resolve(name + ".json"));
        return INSTALLATION_ID.matcher(json).replaceAll("$1" + github).getBytes(StandardCharsets.UTF_8);
    }

    static int send(URI base, byte[] secret, Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/github/webhook"))
                .header("Content-Type", "application/json")
                .header("User-Agent", "GitHub-Hookshot/bench")
                .header("X-GitHub-Event", delivery.event())
                .header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(delivery.body())))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String line(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return String.format("%-36s n=%5d  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms", name, sorted.length,
                ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.90)), ms(percentile(sorted, 0.99)), ms(sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile: the smallest value at least this share of the values are at or below. */
    static long percentile(long[] sorted, double share) {
        return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
