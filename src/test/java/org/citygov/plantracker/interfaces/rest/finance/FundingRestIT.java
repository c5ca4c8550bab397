package org.citygov.plantracker.interfaces.rest.finance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citygov.plantracker.application.funding.FundingFixtureServlet;
import org.citygov.plantracker.application.funding.FundingFixtures;
import org.citygov.plantracker.test.ApiTokens;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The finance API from outside: HTTP Basic, JSON in and out, roles enforced, errors as JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundingRestIT {

    /** Each user signs in with Basic once, for its API token; every call after that sends the token. */
    private static final ApiTokens TOKENS = new ApiTokens();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.appWith(FundingFixtures.class, FundingFixtureServlet.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode world() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/test-fixtures/funding?total=8000000"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private HttpResponse<String> call(String method, String path, String user, String body, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", TOKENS.authorization(base, user, FundingFixtures.PASSWORD));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return call(method, path, user, body, null);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        HttpResponse<String> r = call("GET", "funding/sources", null, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json.readTree(r.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void requestReviewDisburseAndReverseOverHttp() throws Exception {
        JsonNode w = world();
        String office = w.get("office").asText();
        String finance = w.get("finance").asText();
        String project = w.get("project").asText();

        JsonNode sources = json.readTree(call("GET", "funding/sources", office, null).body());
        assertThat(sources.findValuesAsText("code")).contains("CENTRAL_BUDGET", "SPECIAL_BOND", "SOCIAL_CAPITAL");

        // the office requests 3,000,000 from special bonds for 2025
        HttpResponse<String> created = call("POST", "projects/" + project + "/funding-lines", office,
                "{\"source\":\"SPECIAL_BOND\",\"year\":2025,\"requested\":3000000,\"note\":\"主体工程\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v1/funding/lines/"));
        JsonNode line = json.readTree(created.body());
        long id = line.get("id").asLong();
        assertThat(line.get("status").asText()).isEqualTo("REQUESTED");

        // an office cannot approve: 403 in the caller's language, nothing changed
        HttpResponse<String> refused = call("POST", "funding/lines/" + id + "/review", office,
                "{\"version\":" + line.get("version").asLong() + ",\"decision\":\"APPROVE\",\"approved\":3000000}", "en");
        assertThat(refused.statusCode()).isEqualTo(403);
        // the roles by name, never their codes (issue 16 item 8)
        assertThat(json.readTree(refused.body()).get("message").asText()).contains("Finance bureau")
                .doesNotContain("FINANCE").doesNotContain("[");
        assertThat(json.readTree(call("GET", "funding/lines/" + id, finance, null).body()).get("status").asText())
                .isEqualTo("REQUESTED");

        // above the request: 400 with the field and a message
        HttpResponse<String> tooMuch = call("POST", "funding/lines/" + id + "/review", finance,
                "{\"version\":" + line.get("version").asLong() + ",\"decision\":\"APPROVE\",\"approved\":3000001}", "en");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(tooMuch.body());
        assertThat(error.get("violations").get(0).get("field").asText()).isEqualTo("approved");
        assertThat(error.get("violations").get(0).get("code").asText()).isEqualTo("funding.approvedAboveRequested");
        assertThat(error.get("message").asText()).contains("cannot exceed the requested amount");

        // the finance bureau approves 2,000,000
        HttpResponse<String> approved = call("POST", "funding/lines/" + id + "/review", finance,
                "{\"version\":" + line.get("version").asLong() + ",\"decision\":\"APPROVE\",\"approved\":2000000,\"comment\":\"额度调减\"}");
        assertThat(approved.statusCode()).isEqualTo(200);
        line = json.readTree(approved.body());
        assertThat(line.get("approved").decimalValue()).isEqualByComparingTo("2000000");

        // a stale version is a conflict
        assertThat(call("POST", "funding/lines/" + id + "/disbursements", finance,
                "{\"version\":0,\"paidOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\",\"amount\":1,\"voucherNo\":\"V\"}").statusCode())
                .isEqualTo(409);
        // beyond the approval: 400, Chinese by default
        HttpResponse<String> overpaid = call("POST", "funding/lines/" + id + "/disbursements", finance,
                "{\"version\":" + line.get("version").asLong() + ",\"paidOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                        + "\",\"amount\":2000001,\"voucherNo\":\"V-0\"}");
        assertThat(overpaid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(overpaid.body()).get("message").asText()).contains("超过批准金额");

        HttpResponse<String> paid = call("POST", "funding/lines/" + id + "/disbursements", finance,
                "{\"version\":" + line.get("version").asLong() + ",\"paidOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                        + "\",\"amount\":750000,\"voucherNo\":\"2025-记-0001\",\"note\":\"首笔\"}");
        assertThat(paid.statusCode()).isEqualTo(201);
        line = json.readTree(paid.body());
        assertThat(line.get("disbursed").decimalValue()).isEqualByComparingTo("750000");
        long entry = line.get("ledger").get(0).get("id").asLong();

        HttpResponse<String> reversed = call("POST", "funding/disbursements/" + entry + "/reversal", finance,
                "{\"version\":" + line.get("version").asLong() + ",\"reason\":\"凭证错误\"}");
        assertThat(reversed.statusCode()).isEqualTo(201);
        line = json.readTree(reversed.body());
        assertThat(line.get("disbursed").decimalValue()).isEqualByComparingTo("0");
        assertThat(line.get("ledger")).hasSize(2);
        assertThat(line.get("ledger").get(1).get("amount").decimalValue()).isEqualByComparingTo("-750000");

        // the project's figures
        JsonNode funding = json.readTree(call("GET", "projects/" + project + "/funding-lines", office, null).body());
        assertThat(funding.get("position").get("approved").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(funding.get("position").get("unsecured").decimalValue()).isEqualByComparingTo("6000000");
        // another unit's office may not read them
        assertThat(call("GET", "projects/" + project + "/funding-lines", w.get("otherOffice").asText(), null).statusCode())
                .isEqualTo(403);
    }

    /**
     * Issue 16 item 16: a request over several years of the project's span (here 2024–2026, past the plan period's
     * 2025) makes one line per year, each reviewed on its own; a year outside the span, a year given twice or a
     * zero amount refuses the whole request, every fault named, nothing stored.
     */
    @Test
    void aRequestOverSeveralYearsMakesOneLinePerYearOfTheSpanAllOrNone() throws Exception {
        JsonNode w = world();
        String office = w.get("office").asText();
        String finance = w.get("finance").asText();
        String project = w.get("project").asText();
        int before = json.readTree(call("GET", "projects/" + project + "/funding-lines", office, null).body())
                .get("lines").size();

        HttpResponse<String> refused = call("POST", "projects/" + project + "/funding-lines/yearly", office,
                "{\"source\":\"SPECIAL_BOND\",\"years\":[{\"year\":2024,\"requested\":1000000},"
                        + "{\"year\":2027,\"requested\":1000000},{\"year\":2025,\"requested\":0}]}", "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body());
        assertThat(error.get("violations").findValuesAsText("code"))
                .containsExactlyInAnyOrder("funding.yearOutsideSpan", "funding.yearAmount");
        assertThat(error.get("violations").findValuesAsText("message"))
                .contains("2027 is outside the project's span (2024–2026).", "The amount of 2025 must be above zero.");
        HttpResponse<String> twice = call("POST", "projects/" + project + "/funding-lines/yearly", office,
                "{\"source\":\"SPECIAL_BOND\",\"years\":[{\"year\":2025,\"requested\":1000000},"
                        + "{\"year\":2025,\"requested\":2000000}]}", "zh-CN");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(json.readTree(twice.body()).get("message").asText()).isEqualTo("2025 年填写了两次；每个年度只能有一行。");
        assertThat(json.readTree(call("POST", "projects/" + project + "/funding-lines/yearly", office,
                "{\"source\":\"SPECIAL_BOND\",\"years\":[]}").body()).get("violations").findValuesAsText("code"))
                .containsExactly("funding.yearsRequired");
        assertThat(json.readTree(call("GET", "projects/" + project + "/funding-lines", office, null).body())
                .get("lines").size()).as("nothing stored").isEqualTo(before);

        HttpResponse<String> created = call("POST", "projects/" + project + "/funding-lines/yearly", office,
                "{\"source\":\"SPECIAL_BOND\",\"note\":\"分年度\",\"years\":[{\"year\":2026,\"requested\":3000000},"
                        + "{\"year\":2024,\"requested\":1000000},{\"year\":2025,\"requested\":2000000}]}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode lines = json.readTree(created.body());
        assertThat(lines.findValuesAsText("fiscalYear")).containsExactly("2024", "2025", "2026");
        assertThat(lines.findValuesAsText("status")).containsOnly("REQUESTED");
        assertThat(lines.get(2).get("requested").decimalValue()).isEqualByComparingTo("3000000");

        // each year reviewed on its own: approving 2026's line leaves the others pending
        JsonNode last = lines.get(2);
        assertThat(call("POST", "funding/lines/" + last.get("id").asLong() + "/review", finance,
                "{\"version\":" + last.get("version").asLong() + ",\"decision\":\"APPROVE\",\"approved\":3000000}")
                .statusCode()).isEqualTo(200);
        assertThat(json.readTree(call("GET", "funding/lines/" + last.get("id").asLong(), finance, null).body())
                .get("status").asText()).isEqualTo("APPROVED");
        assertThat(json.readTree(call("GET", "funding/lines/" + lines.get(0).get("id").asLong(), finance, null).body())
                .get("status").asText()).isEqualTo("REQUESTED");
    }

    @Test
    void totalsBySourceYearAndJurisdictionAreForFinanceCityAndAdmin() throws Exception {
        JsonNode w = world();
        String office = w.get("office").asText();
        String finance = w.get("finance").asText();
        String street = w.get("street").asText();
        HttpResponse<String> created = call("POST", "projects/" + w.get("project").asText() + "/funding-lines", office,
                "{\"source\":\"CENTRAL_BUDGET\",\"year\":2024,\"requested\":1000000}");
        JsonNode line = json.readTree(created.body());
        call("POST", "funding/lines/" + line.get("id").asLong() + "/review", finance,
                "{\"version\":" + line.get("version").asLong() + ",\"decision\":\"APPROVE\",\"approved\":1000000}");

        JsonNode bySourceYear = json.readTree(call("GET", "funding/totals?by=source-year&jurisdiction=" + street,
                w.get("city").asText(), null).body());
        assertThat(bySourceYear.get("rows")).hasSize(1);
        assertThat(bySourceYear.get("rows").get(0).get("key").asText()).isEqualTo("CENTRAL_BUDGET");
        assertThat(bySourceYear.get("rows").get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(bySourceYear.get("portfolio").get("unsecured").decimalValue()).isEqualByComparingTo("7000000");

        JsonNode byDistrict = json.readTree(call("GET", "funding/totals?by=jurisdiction&jurisdiction=" + street,
                w.get("admin").asText(), null).body());
        assertThat(byDistrict.get("rows").get(0).get("key").asText()).isEqualTo(w.get("district").asText());
        assertThat(byDistrict.get("rows").get(0).get("approved").decimalValue()).isEqualByComparingTo("1000000");

        assertThat(call("GET", "funding/totals?by=source", office, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "funding/totals?by=nonsense", finance, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "funding/review-queue", office, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "funding/money-vs-works?jurisdiction=" + street, finance, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "funding/thresholds", office, null).statusCode()).isEqualTo(200);
        assertThat(call("PUT", "funding/thresholds", office,
                "{\"version\":0,\"aheadPoints\":1,\"idlePercent\":1,\"stalledMonths\":1,\"stalledGainPoints\":1}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheFinanceApi() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(openapi).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/funding/sources", "/funding-lines", "/funding/lines/{id}/review",
                "/funding/lines/{id}/disbursements", "/funding/disbursements/{entryId}/reversal", "/funding/totals",
                "/funding/money-vs-works", "/funding/thresholds");
    }
}
