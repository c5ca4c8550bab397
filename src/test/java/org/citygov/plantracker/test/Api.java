package org.citygov.plantracker.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A client of the REST API for client-side ITs: HTTP Basic as one user (or none), JSON parsed
 * with Jackson. Paths are relative to /plantracker/api/v1.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "demo123";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI apiRoot;
    private final String authorization;
    private final String language;
    private final String cookie;

    private Api(URI apiRoot, String authorization, String language) {
        this(apiRoot, authorization, language, null);
    }

    private Api(URI apiRoot, String authorization, String language, String cookie) {
        this.apiRoot = apiRoot;
        this.authorization = authorization;
        this.language = language;
        this.cookie = cookie;
    }

    /** @param deploymentUrl the {@code @ArquillianResource URL} of the deployment (…/plantracker/) */
    public static Api at(URL deploymentUrl) {
        String base = deploymentUrl.toExternalForm();
        return new Api(URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/"), null, null);
    }

    public Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(apiRoot, "Basic " + token, language);
    }

    /** A demo user (password demo123). */
    public Api as(String demoUser) {
        return as(demoUser, DEMO_PASSWORD);
    }

    public Api withAuthorization(String header) {
        return new Api(apiRoot, header, language);
    }

    /** Sends only this cookie (e.g. a session cookie), no credentials. */
    public Api withCookie(String cookie) {
        return new Api(apiRoot, null, language, cookie);
    }

    public Api inLanguage(String acceptLanguage) {
        return new Api(apiRoot, authorization, acceptLanguage);
    }

    /** GET a path such as "projects?stage=NEW_START"; query values are given already encoded (see {@link #q}). */
    public Reply get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(apiRoot.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST, PUT or DELETE a path with a JSON body (null: none). */
    public Reply send(String method, String path, Object body) {
        String json;
        try {
            json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(apiRoot.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET a file (a workbook): status and bytes. */
    public byte[] download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(apiRoot.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(120)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST or PUT a file (a workbook) with its content type; the answer as JSON. */
    public Reply upload(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(apiRoot.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(300)).header("Accept", "application/json").header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST or PUT raw bytes (an upload, e.g. a plan package) with the given content type. */
    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        return upload(method, path, body, contentType);
    }

    public Api bearer(String token) {
        return new Api(apiRoot, "Bearer " + token, language);
    }

    /** URL-encodes a query value (Chinese text, spaces). */
    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One answer: status, headers and the body as JSON. */
    public static final class Reply {
        private final HttpResponse<String> response;
        private JsonNode json;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            if (json == null) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new AssertionError("Not JSON (HTTP " + status() + "): " + response.body(), e);
                }
            }
            return json;
        }

        /** The body, a JSON array, as a list. */
        public List<JsonNode> list() {
            if (!json().isArray()) {
                throw new AssertionError("Not a JSON array: " + this);
            }
            List<JsonNode> items = new ArrayList<>();
            json().forEach(items::add);
            return items;
        }

        @Override
        public String toString() {
            return "HTTP " + status() + " " + response.body();
        }
    }
}
