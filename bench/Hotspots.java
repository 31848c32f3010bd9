import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a JFR recording goes: the share of execution samples by the method on top of
 * the stack (self), by "layer" (servlet container, Jersey, CDI/Weld, JTA, EclipseLink, JDBC pool,
 * database, JSON, the application) both by its own time and inclusively, and the allocation pressure
 * by class.
 *
 *   java bench/Hotspots.java RECORDING.jfr [TOP]
 */
public class Hotspots {

    static final String[][] LAYERS = {
            {"application (dev.neptun)", "dev.neptun."},
            {"Derby", "org.apache.derby."},
            {"PostgreSQL driver", "org.postgresql."},
            {"EclipseLink", "org.eclipse.persistence."},
            {"Hibernate (WildFly's JPA)", "org.hibernate."},
            {"JDBC pool / connector", "com.sun.gjc.", "com.sun.enterprise.resource.", "com.sun.enterprise.connectors.", "org.jboss.jca."},
            {"JTA", "com.sun.enterprise.transaction.", "org.glassfish.cdi.transaction.", "com.sun.jts.", "com.arjuna.", "org.jboss.narayana.",
                    "org.jboss.jbossts.", "org.jboss.as.txn."},
            {"Weld (CDI)", "org.jboss.weld."},
            {"Jersey", "org.glassfish.jersey."},
            {"RESTEasy (WildFly's JAX-RS)", "org.jboss.resteasy."},
            {"HK2", "org.glassfish.hk2.", "org.jvnet.hk2."},
            {"JSON (Yasson, Parsson)", "org.eclipse.yasson.", "org.eclipse.parsson.", "org.glassfish.json."},
            {"servlet container (Catalina, Grizzly; Undertow, XNIO)", "org.apache.catalina.", "org.glassfish.grizzly.",
                    "com.sun.enterprise.v3.services.", "org.glassfish.web.", "com.sun.web.", "io.undertow.", "org.xnio.", "org.wildfly.extension.undertow."},
            {"logging", "java.util.logging.", "com.sun.enterprise.server.logging.", "fish.payara.logging.", "org.jboss.logmanager.", "org.jboss.logging."},
            {"security (Soteria, JACC, realm; Elytron)", "org.glassfish.soteria.", "com.sun.enterprise.security.", "fish.payara.security.",
                    "org.wildfly.security."},
    };

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> ownLayer = new HashMap<>();
        List<RecordedEvent> allocationSamples = new ArrayList<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame frame : stack.getFrames()) {
                        String layer = layer(frame.getMethod().getType().getName());
                        if (layer != null && seen.add(layer)) {
                            layers.merge(layer, 1, Integer::sum);
                            if (seen.size() == 1) {
                                ownLayer.merge(layer, 1, Integer::sum);
                            }
                        }
                    }
                    if (seen.isEmpty()) {
                        ownLayer.merge("JDK and other", 1, Integer::sum);
                    }
                } else if (type.equals("jdk.ObjectAllocationSample")) {
                    allocationSamples.add(event);
                }
            }
        }
        System.out.printf("%d execution samples%n%nlayers by their own time (a sample counts for the layer nearest the top of its"
                + " stack; JDK frames count for their caller's layer):%n", samples);
        print(ownLayer, samples, top);
        System.out.printf("%nlayers on the stack (inclusive share of samples):%n");
        print(layers, samples, top);
        System.out.printf("%nmethods on top of the stack (self):%n");
        print(self, samples, top);
        Map<String, Long> allocated = allocatedByClass(allocationSamples);
        long total = allocated.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%nallocation by class (share of %,d MB sampled):%n", total / 1_000_000);
        allocated.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    /**
     * A sample's weight is what its thread allocated since that thread's previous sample, which for the
     * thread's first sample in the recording lies before it: since the thread started, or since a sample of
     * an earlier recording of the same JVM. Summed whole, a 15 s recording of the DELETE had 57,946 MB,
     * 97.4% of it java.lang.Integer; without each thread's first sample, 1,422 MB, about 91 KB a DELETE,
     * as the garbage collector's own counts gave in another run (94 KB, jstat -gc). So a thread's first sample only
     * starts its count.
     */
    static Map<String, Long> allocatedByClass(List<RecordedEvent> samples) {
        samples.sort(Comparator.comparing(RecordedEvent::getStartTime));
        Set<Long> started = new HashSet<>();
        Map<String, Long> allocated = new HashMap<>();
        for (RecordedEvent sample : samples) {
            if (started.add(sample.getThread("eventThread").getJavaThreadId())) {
                continue;
            }
            allocated.merge(sample.getClass("objectClass").getName(), sample.getLong("weight"), Long::sum);
        }
        return allocated;
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static String layer(String className) {
        for (String[] layer : LAYERS) {
            for (int i = 1; i < layer.length; i++) {
                if (className.startsWith(layer[i])) {
                    return layer[0];
                }
            }
        }
        return null;
    }

    static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
