package org.citygov.plantracker.test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The REST API called from inside the test server (in-container ITs that also read the database): the server's
 * own HTTP port, the fixture's users by their API tokens (each made once with HTTP Basic and the one password, see
 * {@link ApiTokens}), JSON as text read with JSON-P. The
 * client-side ITs use {@link Api}.
 */
public final class InContainerApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ApiTokens TOKENS = new ApiTokens();

    private final String password;

    /** @param password the password of every user the calls are made as */
    public InContainerApi(String password) {
        this.password = password;
    }

    /** The API's root on this server (…/plantracker/api/v1/), port offset included. */
    public static String base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + (8080 + offset) + "/plantracker/api/v1/";
    }

    /** A query value, encoded. */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A status and the body as text. */
    public record Answer(int status, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    /**
     * Calls {@code path} (relative to {@link #base()}) as {@code user} (null: no credentials), with a JSON body
     * (null: none) and an Accept-Language (null: none).
     */
    public Answer call(String user, String method, String path, String json, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            // the user's personal API token, made once per deployment with Basic (see ApiTokens)
            request.header("Authorization", TOKENS.authorization(base(), user, password));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }
}
