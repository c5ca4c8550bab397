package org.citygov.plantracker.infrastructure.web;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class HttpReadinessTest {

    @Test
    void waitsWhileThePageIsMissingAndSaysReadyOnceItAnswers() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(calls.incrementAndGet() < 3 ? 404 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            AtomicReference<Boolean> ready = new AtomicReference<>();
            HttpReadiness.await(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/login.xhtml"),
                    Duration.ofSeconds(10), ready::set);
            assertThat(ready.get()).isTrue();
            assertThat(calls.get()).isEqualTo(3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void givesUpAfterTheTimeoutWhenNothingListens() {
        AtomicReference<Boolean> ready = new AtomicReference<>();
        HttpReadiness.await(URI.create("http://127.0.0.1:9/plantracker/login.xhtml"), Duration.ofMillis(600), ready::set);
        assertThat(ready.get()).isFalse();
    }
}
