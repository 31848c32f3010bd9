package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.Deployments;
import dev.neptun.testsupport.RemoteWorld;
import dev.neptun.testsupport.ServerUnderTest;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database lives outside the deployment and the server process: both can go and come back. */
@ExtendWith(ArquillianExtension.class)
class DataSurvivesRedeployAndRestartIT {

    private static final String APP = "app";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void seededDataAndSessionsSurviveARedeployAndAServerRestart() throws Exception {
        deployer.deploy(APP);
        try {
            RemoteWorld w = RemoteWorld.create();

            deployer.undeploy(APP);
            deployer.deploy(APP);
            assertStillThere(w);

            ServerUnderTest server = ServerUnderTest.current();
            long before = server.pid();
            server.restart();
            assertNotEquals(before, server.pid(), "a new server process");
            assertStillThere(w);
        } finally {
            deployer.undeploy(APP);
        }
    }

    private static void assertStillThere(RemoteWorld w) {
        assertTrue(RemoteWorld.importExists(w.githubImportId()));
        assertEquals(3, RemoteWorld.filesOf(w.githubImportId()));
        assertTrue(w.connected());
        assertEquals(204, Api.request("HEAD", "api/auth/check").session(w.token()).send().status());
    }
}
