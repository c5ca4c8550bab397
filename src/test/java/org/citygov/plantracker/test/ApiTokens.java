package org.citygov.plantracker.test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Personal API tokens (Bearer) for the REST calls of client-side ITs. Every HTTP Basic call costs the
 * server a bcrypt check and a row in the sign-in log; a test that sends hundreds of calls as the same
 * user pays that hundreds of times. With this, each user signs in with Basic once (to create its token,
 * {@code POST account/tokens}) and every further call sends {@code Authorization: Bearer …}.
 * What the calls check is unchanged: a token acts for its user with the user's roles (AdminApiIT proves
 * it). Tests about Basic itself (RestAuthenticationIT, AdminApiIT's sign-in rules) keep sending Basic.
 * <p>
 * Keep one instance per test class (a static field): the tokens live in that deployment's database.
 */
public final class ApiTokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The answer's secret (no JSON library: in-container tests use this too). */
    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, String> headers = new ConcurrentHashMap<>();

    /**
     * The Authorization header for this user: {@code Bearer <secret>} of a token made once per user
     * (with HTTP Basic and this password) for the deployment at {@code deploymentUrl} (…/plantracker/).
     */
    public String authorization(URL deploymentUrl, String username, String password) {
        String base = deploymentUrl.toExternalForm();
        return authorization((base.endsWith("/") ? base : base + "/") + "api/v1/", username, password);
    }

    /** The same, for the API at {@code apiRoot} (…/plantracker/api/v1/). */
    public String authorization(String apiRoot, String username, String password) {
        return headers.computeIfAbsent(apiRoot + "|" + username + "|" + password, key -> "Bearer " + create(apiRoot, username, password));
    }

    private static String create(String apiRoot, String username, String password) {
        // valid until a month after Zhengzhou's today (a token must expire after today, at most a year ahead)
        String body = "{\"name\":\"it\",\"expiresOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiRoot + "account/tokens"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 201) {
                throw new AssertionError("creating an API token for " + username + ": HTTP " + response.statusCode()
                        + " " + response.body());
            }
            java.util.regex.Matcher secret = SECRET.matcher(response.body());
            if (!secret.find()) {
                throw new AssertionError("no secret in the answer to creating an API token for " + username + ": " + response.body());
            }
            return secret.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
