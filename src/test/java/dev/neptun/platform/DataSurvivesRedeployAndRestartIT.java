package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.Deployments;
import dev.neptun.testsupport.RemoteWorld;
import dev.neptun.testsupport.ServerUnderTest;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The database lives outside the deployment and the server process: both can go and come back. */
@Tag("slow")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DataSurvivesRedeployAndRestartIT {

    @Test
    void seededDataAndSessionsSurviveARedeployAndAServerRestart(@TempDir Path dir) throws Exception {
        RemoteWorld w = RemoteWorld.create();
        ServerUnderTest server = ServerUnderTest.current();

        Path war = dir.resolve("neptun.war");
        Deployments.war().as(ZipExporter.class).exportTo(war.toFile());
        server.redeploy(war);
        assertStillThere(w);

        long before = server.pid();
        server.restart();
        assertNotEquals(before, server.pid(), "a new server process");
        assertStillThere(w);
    }

    private static void assertStillThere(RemoteWorld w) {
        assertTrue(RemoteWorld.importExists(w.githubImportId()));
        assertEquals(3, RemoteWorld.filesOf(w.githubImportId()));
        assertTrue(w.connected());
        assertEquals(204, Api.request("HEAD", "api/auth/check").session(w.token()).send().status());
    }
}
