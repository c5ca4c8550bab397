package org.citygov.plantracker.infrastructure.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Waits until the application answers over HTTP. Start-up work runs while the server is still
 * deploying (the web context is registered seconds later), so "ready" is only said once a page
 * actually answers.
 */
public final class HttpReadiness {

    private HttpReadiness() {
    }

    /** The loopback or bind address this server listens on (WildFly's {@code jboss.bind.address}). */
    public static String host() {
        String bind = System.getProperty("jboss.bind.address", "127.0.0.1");
        return bind.isBlank() || bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
    }

    /**
     * Polls {@code page} until it answers with anything but 404 or a 5xx, then calls {@code whenReady}
     * with {@code true}; after {@code timeout} calls it with {@code false}. Blocks: run it on an executor.
     */
    public static void await(URI page, Duration timeout, Consumer<Boolean> whenReady) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();   // a wait, not a date: the monotonic clock
        while (System.nanoTime() - deadline < 0) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 404 && status < 500) {
                    whenReady.accept(true);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        whenReady.accept(false);
    }
}
