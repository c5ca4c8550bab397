package org.citygov.plantracker.test;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.jboss.shrinkwrap.api.asset.StringAsset;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The one place that builds test deployments: the WAR the build just packaged (so tests run the
 * real application, descriptors and all) plus the test support classes.
 */
public final class Deployments {

    public static final String NAME = "plantracker.war";

    private Deployments() {
    }

    public static WebArchive app() {
        File war = new File(System.getProperty("war.file", "target/plantracker.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the application first (mvn package): " + war);
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class)
                .addPackage(Deployments.class.getPackage())
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return openArquillianRunner(archive);
    }

    /** The jar (on the test class path) that holds a class, to ship test libraries into the deployment. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every page of the app needs a signed-in user; Arquillian's in-container runner servlet must
     * stay reachable, so the test copy of web.xml lists it among the open paths.
     */
    private static WebArchive openArquillianRunner(WebArchive archive) {
        String webXml;
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(open)) {
            throw new IllegalStateException("web.xml no longer has the open login page pattern");
        }
        webXml = webXml.replace(open, open + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        archive.delete("WEB-INF/web.xml");
        return archive.setWebXML(new StringAsset(webXml));
    }

    /** The app plus the given test classes (for in-container tests). */
    public static WebArchive appWith(Class<?>... testClasses) {
        return app().addClasses(testClasses);
    }
}
