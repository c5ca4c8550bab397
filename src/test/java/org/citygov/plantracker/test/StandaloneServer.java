package org.citygov.plantracker.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of its own for tests that need a real start of the application as an operator does it
 * (not demo mode, a fresh database, variables of their choosing): the provisioned server's binaries
 * with a base directory of its own (configuration copied, the WAR dropped into deployments), on
 * Derby in a directory of its own, at a port offset of its own. Never the Arquillian server.
 */
public final class StandaloneServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path base;
    private final Path database;
    private final int portOffset;
    private Process process;

    /** @param portOffset the port offset (HTTP 8080 + offset; management 9990 + offset) */
    public StandaloneServer(Path workDir, int portOffset) {
        this.base = workDir.resolve("server");
        this.database = workDir.resolve("derby");
        this.portOffset = portOffset;
    }

    public static Path jbossHome() {
        return Path.of(System.getProperty("jboss.home", "target/wildfly-39.0.1.Final"));
    }

    public URI url() {
        return URI.create("http://localhost:" + (8080 + portOffset) + "/plantracker/");
    }

    /** Starts the server with the given environment variables and system properties and waits for the login page. */
    public void start(Map<String, String> environment, List<String> systemProperties) {
        if (process != null) {
            throw new IllegalStateException("already running");
        }
        prepareBase();
        List<String> command = new ArrayList<>(List.of(jbossHome().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dplantracker.derby.dir=" + database,
                "-Dplantracker.evidence.dir=" + base.resolve("evidence")));
        command.addAll(systemProperties);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().remove("PLANTRACKER_ADMIN_PASSWORD");
        builder.environment().remove("PLANTRACKER_DEMO");
        builder.environment().remove("PLANTRACKER_DB_URL");
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true");
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitLoginPage(Duration.ofMinutes(5));
    }

    /** The server's log so far (to assert what start-up said). */
    public String log() {
        try {
            Path log = base.resolve("log/server.log");
            return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        if (process == null) {
            return;
        }
        // the server's JVM is a child of standalone.sh: take the list before the script exits (after that
        // descendants() is empty) and wait for every one of them, so the next start or the removal of the
        // base directory never races a JVM still writing its files while it shuts down
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(2, TimeUnit.MINUTES);
            for (ProcessHandle child : children) {
                child.onExit().get(2, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            for (ProcessHandle child : children) {
                child.onExit().join();
            }
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void prepareBase() {
        try {
            Path source = jbossHome().resolve("standalone/configuration");
            Path configuration = base.resolve("configuration");
            Files.createDirectories(configuration);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, configuration.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // a deployment the Arquillian server recorded would point at content this base does not have
            Path xml = configuration.resolve("standalone.xml");
            String config = Files.readString(xml, StandardCharsets.UTF_8);
            Files.writeString(xml, config.replaceAll("(?s)<deployments>.*?</deployments>", ""), StandardCharsets.UTF_8);
            Path deployments = base.resolve("deployments");
            Files.createDirectories(deployments);
            Files.copy(Path.of(System.getProperty("war.file", "target/plantracker.war")),
                    deployments.resolve("plantracker.war"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(deployments.resolve("plantracker.war.deployed"));
            Files.deleteIfExists(deployments.resolve("plantracker.war.failed"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitLoginPage(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI login = url().resolve("login.xhtml");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up; see " + base.resolve("console.log"));
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && Files.exists(base.resolve("deployments/plantracker.war.deployed"))) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The login page did not answer within " + timeout + "; see " + base);
    }
}
