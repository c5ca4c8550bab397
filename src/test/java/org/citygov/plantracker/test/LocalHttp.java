package org.citygov.plantracker.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP calls from in-container tests to the same server (the app under /plantracker), with or
 * without HTTP Basic: for tests that make their data in the container and then read it back the
 * way a browser, a client of the API or an anonymous visitor would.
 */
public final class LocalHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private LocalHttp() {
    }

    /** http://localhost:(8080 + the server's port offset)/plantracker/ */
    public static URI app() {
        int offset = Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
        return URI.create("http://localhost:" + (8080 + offset) + "/plantracker/");
    }

    public static HttpResponse<byte[]> get(String path, String username, String password) {
        return send("GET", path, null, username, password);
    }

    /** POST or PUT a JSON body (or none). */
    public static HttpResponse<byte[]> send(String method, String path, String json, String username, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Accept-Language", "zh-CN")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A browser's session: signed in through the pages' form ({@code j_security_check}), for what lies behind it
     * (the download servlets), which HTTP Basic does not open.
     */
    public static Session signIn(String username, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        Session session = new Session(client);
        session.call(HttpRequest.newBuilder(app().resolve("index.xhtml")).GET());
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<byte[]> answer = session.call(HttpRequest.newBuilder(app().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (text(answer).contains("j_security_check")) {
            throw new IllegalStateException(username + " could not sign in: the sign-in form came back");
        }
        return session;
    }

    /** A signed-in session's cookie jar; redirects are followed. */
    public static final class Session {
        private final HttpClient client;

        private Session(HttpClient client) {
            this.client = client;
        }

        public HttpResponse<byte[]> get(String path) {
            return call(HttpRequest.newBuilder(app().resolve(path)).header("Accept-Language", "zh-CN").GET());
        }

        private HttpResponse<byte[]> call(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
