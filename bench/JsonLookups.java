import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;

/**
 * What a call of {@code jakarta.json.Json}'s static methods costs against the same call on a factory or provider
 * made once (they look the provider up with a ServiceLoader at every call): reading an import's file tree, as a
 * list does for every row, and making a string value, as the strict body reader does for every value. Five
 * rounds; the last ones are the warm figures. JSON-P's API and Parsson on the class path:
 *
 *   java -cp jakarta.json-api.jar:parsson.jar bench/JsonLookups.java
 */
public class JsonLookups {

    public static void main(String[] args) {
        String fileTree = "{\"modules\":{\"vpc\":{\"main.tf\":null,\"variables.tf\":null}},\"README.md\":null}";
        JsonReaderFactory readers = Json.createReaderFactory(Map.of());
        JsonProvider provider = JsonProvider.provider();
        String[] names = {"main.tf", "variables.tf", "outputs.tf", "README.md"};
        int n = 100_000;
        long sink = 0;
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                try (var reader = Json.createReader(new StringReader(fileTree))) {
                    sink += reader.readValue().hashCode();
                }
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                try (var reader = readers.createReader(new StringReader(fileTree))) {
                    sink += reader.readValue().hashCode();
                }
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += Json.createValue(names[i & 3]).hashCode();
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += provider.createValue(names[i & 3]).hashCode();
            }
            long t4 = System.nanoTime();
            System.out.printf("round %d, microseconds a call: read a file tree %.2f by Json, %.2f by a factory;"
                    + " a string value %.2f by Json, %.2f by the provider%n", round,
                    (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, (t4 - t3) / 1e3 / n);
        }
        // Printed so that the JIT cannot drop the calls as unused.
        System.out.println("checksum " + sink);
    }
}
