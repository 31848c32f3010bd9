package dev.neptun.testsupport;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the suite: the WAR the build just packaged, exactly as it ships, plus the
 * compiled test classes (but the generated API client). Nothing is listed by hand, so nothing can be forgotten. Arquillian's suite
 * extension deploys it once, before the first test class, and undeploys it after the last
 * (arquillian.xml names this class); test classes have no {@code @Deployment} of their own, and
 * those that talk HTTP to it are {@code @RunAsClient}.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private static final String ANNOTATED_BEANS = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>";

    private Deployments() {
    }

    /** Testable, so that the in-container test classes run in it through Arquillian's servlet protocol. */
    @Deployment
    public static WebArchive war() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "neptun.war")
                .importFrom(new File(System.getProperty("it.war", "target/neptun.war")))
                .as(WebArchive.class);
        JavaArchive tests = ShrinkWrap.create(ExplodedImporter.class, "tests.jar")
                // The client generated from the OpenAPI document is a client: it runs beside the server, never in it.
                .importDirectory(new File(System.getProperty("it.test.classes", "target/test-classes")),
                        path -> !path.get().startsWith("/dev/neptun/client/"))
                .as(JavaArchive.class)
                .addAsManifestResource(new StringAsset(ANNOTATED_BEANS), "beans.xml");
        return war.addAsLibrary(tests);
    }
}
