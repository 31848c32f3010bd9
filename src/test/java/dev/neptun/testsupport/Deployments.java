package dev.neptun.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every test: the WAR the build just packaged, exactly as it ships, plus the
 * compiled test classes. Nothing is listed by hand, so nothing can be forgotten.
 */
public final class Deployments {

    private static final String ANNOTATED_BEANS = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>";

    private Deployments() {
    }

    public static WebArchive war() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "neptun.war")
                .importFrom(new File(System.getProperty("it.war", "target/neptun.war")))
                .as(WebArchive.class);
        JavaArchive tests = ShrinkWrap.create(ExplodedImporter.class, "tests.jar")
                .importDirectory(System.getProperty("it.test.classes", "target/test-classes"))
                .as(JavaArchive.class)
                .addAsManifestResource(new StringAsset(ANNOTATED_BEANS), "beans.xml");
        return war.addAsLibrary(tests);
    }
}
