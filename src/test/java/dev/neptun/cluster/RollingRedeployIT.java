package dev.neptun.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.Cluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new build of the WAR rolled out with server-config/cluster roll, instance by instance (drained
 * out of the balancer, the new version enabled, ready, back in), under the mix: no request fails,
 * and afterwards every instance serves the new build.
 */
@Tag("slow")
@Tag("cluster")
class RollingRedeployIT {

    @Test
    void aRollingRedeployUnderLoadFailsNoRequest(@TempDir Path dir) throws Exception {
        String build = "build-" + UUID.randomUUID();
        Path war = dir.resolve("neptun.war");
        Files.copy(Path.of(System.getProperty("it.war")), war, StandardCopyOption.REPLACE_EXISTING);
        try (var zip = java.nio.file.FileSystems.newFileSystem(war, Map.of())) {
            Files.writeString(zip.getPath("build.txt"), build);
        }
        ClusterLoad load = new ClusterLoad();

        load.start();
        Thread.sleep(5_000);
        Cluster.roll(war);
        Thread.sleep(5_000);
        load.stop();

        int durable = load.assertDurable();
        System.out.printf("[cluster] rolling redeploy under load: %s, acknowledged writes checked durable %d%n", load.report(), durable);
        assertEquals(List.of(), load.failures(), "requests that failed during the rolling redeploy");
        for (String instance : Cluster.instances().keySet()) {
            assertEquals(build, Api.get(Cluster.url(instance, "build.txt")).send().body(), instance + " serves the new build");
        }
    }
}
