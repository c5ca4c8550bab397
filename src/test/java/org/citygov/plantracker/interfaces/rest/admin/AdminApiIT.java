package org.citygov.plantracker.interfaces.rest.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.citygov.plantracker.test.Api;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration through the REST API on the demo server: users and lead units (ADMIN only, one-time
 * passwords, forced change, optimistic locking, retired units), an office user confined to its unit,
 * personal API tokens, the sign-in lock (per username and address, 429 + Retry-After, cleared by an
 * administrator) and the sign-in log. Each test makes its own users and units.
 */
@ExtendWith(ArquillianExtension.class)
class AdminApiIT {

    private static final String NEW_PASSWORD = "Office-desk-password-42";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.at(base).as("admin");
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** Creates a user, changes its one-time password, returns the client signed in with the new one. */
    private Api userWithOwnPassword(String username, Object roles, String leadUnit) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试 " + username);
        body.put("roles", roles);
        body.put("leadUnit", leadUnit);
        Api.Reply created = admin().send("POST", "admin/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String oneTime = created.json().path("oneTimePassword").asText();
        Api once = Api.at(base).as(username, oneTime);
        Api.Reply changed = once.send("POST", "account/password",
                Map.of("currentPassword", oneTime, "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        return Api.at(base).as(username, NEW_PASSWORD);
    }

    @Test
    void theOpenApiDocumentDescribesAdministrationAccountAndBearer() throws Exception {
        java.net.URI openapi = java.net.URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()
                + "/openapi?format=JSON");
        String body = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(openapi).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        List<String> names = new java.util.ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(names::add);
        assertThat(names).anyMatch(n -> n.endsWith("/api/v1/admin/users/{username}/password-reset"))
                .anyMatch(n -> n.endsWith("/api/v1/admin/lead-units/{code}"))
                .anyMatch(n -> n.endsWith("/api/v1/admin/sign-in-log"))
                .anyMatch(n -> n.endsWith("/api/v1/account/tokens"))
                .anyMatch(n -> n.endsWith("/api/v1/account/password"));
        assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void onlyAnAdministratorAdministers() {
        assertThat(Api.at(base).as("city").get("admin/users").status()).isEqualTo(403);
        assertThat(Api.at(base).as("city").send("POST", "admin/lead-units", Map.of("code", "X", "nameZh", "X")).status())
                .isEqualTo(403);
        assertThat(admin().get("admin/users").status()).isEqualTo(200);
    }

    @Test
    void aNewOfficeUserMustChangeItsOneTimePasswordThenSeesOnlyItsUnitsProjects() {
        // the lead unit of a demo office, which has sample projects
        String unitCode = Api.at(base).as("office-health").get("account").json().path("leadUnit").path("code").asText();
        assertThat(unitCode).isNotBlank();
        String username = "office-" + tag();
        Api.Reply created = admin().send("POST", "admin/users",
                Map.of("username", username, "displayName", "项目单位 " + username, "roles", List.of("PROJECT_OFFICE"),
                        "leadUnit", unitCode));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("user").path("passwordChangeRequired").asBoolean()).isTrue();
        String oneTime = created.json().path("oneTimePassword").asText();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);

        Api once = Api.at(base).as(username, oneTime).inLanguage("en");
        Api.Reply refused = once.get("projects");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("passwordChangeRequired");
        assertThat(refused.json().path("message").asText()).contains("one-time password");

        Api.Reply weak = once.send("POST", "account/password", Map.of("currentPassword", oneTime, "newPassword", "password123"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("violations").findValuesAsText("code"))
                .contains("password.tooShort", "password.common");
        assertThat(once.send("POST", "account/password", Map.of("currentPassword", "wrong-" + oneTime, "newPassword", NEW_PASSWORD))
                .json().path("violations").get(0).path("code").asText()).isEqualTo("password.currentWrong");
        assertThat(once.send("POST", "account/password", Map.of("currentPassword", oneTime, "newPassword", NEW_PASSWORD)).status())
                .isEqualTo(204);

        Api office = Api.at(base).as(username, NEW_PASSWORD);
        assertThat(office.get("account").json().path("leadUnit").path("code").asText()).isEqualTo(unitCode);
        Api.Reply all = office.get("projects?limit=200");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("total").asLong()).isPositive()
                .isLessThan(Api.at(base).as("city").get("projects?limit=1").json().path("total").asLong());
        all.json().path("items").forEach(p -> assertThat(p.path("leadUnit").path("code").asText()).isEqualTo(unitCode));
    }

    @Test
    void rolesAndUnitsFollowTheRulesAndChangesAreOptimisticallyLocked() {
        String t = tag();
        Api.Reply noUnit = admin().inLanguage("en").send("POST", "admin/users",
                Map.of("username", "o" + t, "displayName", "x", "roles", List.of("PROJECT_OFFICE")));
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().path("violations").get(0).path("code").asText()).isEqualTo("user.leadUnit.required");

        assertThat(admin().send("POST", "admin/lead-units", Map.of("code", "TU-" + t, "nameZh", "测试单位" + t)).status())
                .isEqualTo(201);
        Api.Reply cityWithUnit = admin().send("POST", "admin/users",
                Map.of("username", "c" + t, "displayName", "x", "roles", List.of("CITY_GOV"), "leadUnit", "TU-" + t));
        assertThat(cityWithUnit.json().path("violations").get(0).path("code").asText()).isEqualTo("user.leadUnit.notOffice");

        Api.Reply city = admin().send("POST", "admin/users",
                Map.of("username", "c" + t, "displayName", "市政府 " + t, "roles", List.of("CITY_GOV", "FINANCE")));
        assertThat(city.status()).isEqualTo(201);
        long version = city.json().path("user").path("version").asLong();
        Api.Reply renamed = admin().send("PUT", "admin/users/c" + t, Map.of("version", version, "displayName", "改名 " + t));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().path("displayName").asText()).isEqualTo("改名 " + t);
        List<String> roles = new java.util.ArrayList<>();
        renamed.json().path("roles").forEach(r -> roles.add(r.asText()));
        assertThat(roles).as("omitted fields keep their value").containsExactly("FINANCE", "CITY_GOV");
        Api.Reply stale = admin().send("PUT", "admin/users/c" + t, Map.of("version", version, "displayName", "again"));
        assertThat(stale.status()).isEqualTo(409);

        // renaming a unit keeps it; the change is audited in the project-less audit trail (checked by the admin IT in-server)
        JsonNode u = admin().get("admin/lead-units/TU-" + t).json();
        Api.Reply renamedUnit = admin().send("PUT", "admin/lead-units/TU-" + t,
                Map.of("version", u.path("version").asLong(), "nameZh", "新名称" + t, "nameEn", "Renamed " + t));
        assertThat(renamedUnit.status()).isEqualTo(200);
        assertThat(renamedUnit.json().path("code").asText()).isEqualTo("TU-" + t);
        assertThat(admin().send("PUT", "admin/lead-units/TU-" + t,
                Map.of("version", u.path("version").asLong(), "nameZh", "again")).status()).isEqualTo(409);
    }

    @Test
    void aRetiredUnitsUsersCannotSignIn() {
        String t = tag();
        admin().send("POST", "admin/lead-units", Map.of("code", "TR-" + t, "nameZh", "撤销单位" + t));
        Api office = userWithOwnPassword("r" + t, List.of("PROJECT_OFFICE"), "TR-" + t);
        assertThat(office.get("plans").status()).isEqualTo(200);
        JsonNode unit = admin().get("admin/lead-units/TR-" + t).json();
        assertThat(admin().send("PUT", "admin/lead-units/TR-" + t,
                Map.of("version", unit.path("version").asLong(), "retired", true)).status()).isEqualTo(200);
        assertThat(office.get("plans").status()).isEqualTo(401);
        assertThat(admin().get("admin/lead-units/TR-" + t).json().path("users").asInt()).isEqualTo(1);
    }

    @Test
    void aTokenActsForItsUserUntilRevokedOrTheUserIsDisabled() {
        String t = tag();
        Api city = userWithOwnPassword("t" + t, List.of("CITY_GOV"), null);
        String expires = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString();
        Api.Reply created = city.send("POST", "account/tokens", Map.of("name", "脚本", "expiresOn", expires));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().path("secret").asText();
        long id = created.json().path("token").path("id").asLong();
        assertThat(secret).startsWith("pt_");

        Api bearer = Api.at(base).bearer(secret);
        assertThat(bearer.get("plans").status()).isEqualTo(200);
        assertThat(bearer.get("account").json().path("username").asText()).isEqualTo("t" + t);
        assertThat(bearer.get("admin/users").status()).as("the user's own roles only").isEqualTo(403);
        JsonNode listed = city.get("account/tokens").list().get(0);
        assertThat(listed.path("name").asText()).isEqualTo("脚本");
        assertThat(listed.has("secret")).isFalse();
        assertThat(listed.hasNonNull("lastUsedAt")).as("last used is recorded").isTrue();

        assertThat(city.send("DELETE", "account/tokens/" + id, null).status()).isEqualTo(200);
        Api.Reply revoked = bearer.get("plans");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().path("error").asText()).isEqualTo("unauthorized");

        String second = city.send("POST", "account/tokens", Map.of("name", "second", "expiresOn", expires)).json().path("secret").asText();
        assertThat(Api.at(base).bearer(second).get("plans").status()).isEqualTo(200);
        JsonNode user = admin().get("admin/users/t" + t).json();
        assertThat(admin().send("PUT", "admin/users/t" + t, Map.of("version", user.path("version").asLong(), "enabled", false))
                .status()).isEqualTo(200);
        assertThat(Api.at(base).bearer(second).get("plans").status()).isEqualTo(401);
        assertThat(Api.at(base).bearer("pt_" + "A".repeat(43)).get("plans").status()).isEqualTo(401);

        Api.Reply tooLong = admin().send("POST", "account/tokens",
                Map.of("name", "x", "expiresOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1).plusDays(2).toString()));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("violations").get(0).path("code").asText()).isEqualTo("token.expiry.tooFar");

        List<String> outcomes = admin().get("admin/sign-in-log?username=t" + t).list().stream()
                .map(e -> e.path("outcome").asText()).toList();
        assertThat(outcomes).contains("TOKEN_USED", "TOKEN_REFUSED", "SIGNED_IN");
    }

    @Test
    void repeatedFailuresLockTheUsernameAtThatAddressAsALockThatAnAdministratorClears() {
        String t = tag();
        String username = "l" + t;
        userWithOwnPassword(username, List.of("FINANCE"), null);
        Api wrong = Api.at(base).as(username, "not-the-password-" + t).inLanguage("en");
        for (int i = 1; i <= 4; i++) {
            assertThat(wrong.get("plans").status()).as("failure " + i).isEqualTo(401);
        }
        Api.Reply locked = wrong.get("plans");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 30));
        assertThat(locked.json().path("error").asText()).isEqualTo("locked");
        assertThat(locked.json().path("message").asText()).contains("locked").contains("try again after");
        // the right password does not get through while locked
        Api right = Api.at(base).as(username, NEW_PASSWORD);
        assertThat(right.get("plans").status()).isEqualTo(429);
        assertThat(right.inLanguage("zh").get("plans").json().path("message").asText()).contains("锁定");

        JsonNode lock = admin().get("admin/sign-in-locks").list().stream()
                .filter(l -> l.path("username").asText().equals(username)).findFirst().orElseThrow();
        assertThat(lock.path("failures").asInt()).isEqualTo(5);
        assertThat(lock.hasNonNull("lockedUntil")).isTrue();
        assertThat(admin().send("DELETE", "admin/sign-in-locks/" + username, null).json().path("cleared").asInt()).isEqualTo(1);
        assertThat(right.get("plans").status()).isEqualTo(200);

        List<String> outcomes = admin().get("admin/sign-in-log?username=" + username).list().stream()
                .map(e -> e.path("outcome").asText()).toList();
        assertThat(outcomes).contains("FAILED", "LOCKED", "REFUSED_LOCKED", "LOCK_CLEARED", "SIGNED_IN");
        assertThat(admin().get("admin/sign-in-log?username=" + username + "&outcome=locked&method=basic").list())
                .hasSize(1).allSatisfy(e -> assertThat(e.path("method").asText()).isEqualTo("BASIC"));
        assertThat(admin().get("admin/sign-in-log?outcome=nonsense").status()).isEqualTo(400);
        // another username at the same address is not slowed
        assertThat(Api.at(base).as("city").get("plans").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordTakesAsLongForAnUnknownUserAsForARealOne() {
        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < known.length; i++) {
            // different usernames per try, so neither is throttled
            known[i] = timed(Api.at(base).as(i % 2 == 0 ? "finance" : "city", "wrong-" + i));
            unknown[i] = timed(Api.at(base).as("nobody-" + tag(), "wrong-" + i));
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        long knownMedian = known[known.length / 2];
        long unknownMedian = unknown[unknown.length / 2];
        // both pay one bcrypt check (~tens of ms); without the dummy check the unknown user answered 20× faster
        assertThat(unknownMedian).as("unknown %d ms vs known %d ms", unknownMedian / 1_000_000, knownMedian / 1_000_000)
                .isGreaterThan(knownMedian / 3);
        Api.at(base).as("finance").get("plans");
        Api.at(base).as("city").get("plans");
    }

    private static long timed(Api api) {
        long start = System.nanoTime();
        assertThat(api.get("plans").status()).isEqualTo(401);
        return System.nanoTime() - start;
    }
}
