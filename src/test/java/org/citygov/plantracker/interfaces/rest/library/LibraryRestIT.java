package org.citygov.plantracker.interfaces.rest.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.ApiTokens;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.LibraryTestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's REST API over real HTTP (from inside the server, so each test makes its own users
 * and projects): roles enforced, a round from opening to the diff, errors in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryRestIT {

    /** Each user signs in with Basic once, for its API token; every call after that sends the token. */
    private static final ApiTokens TOKENS = new ApiTokens();

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    LibraryTestData data;

    record Answer(int status, JsonNode body, byte[] bytes) {
    }

    Answer call(String method, String path, String user, Object body, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/v1/" + path))
                .header("Accept", "application/json, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (user != null) {
            request.header("Authorization", TOKENS.authorization(base, user, Fixtures.PASSWORD));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.contains("json") && response.body().length > 0 ? JSON.readTree(response.body()) : null;
        return new Answer(response.statusCode(), json, response.body());
    }

    Answer call(String method, String path, String user, Object body) throws IOException, InterruptedException {
        return call(method, path, user, body, null);
    }

    static String today(int plusDays) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(plusDays).toString();
    }

    @Test
    void aRoundThroughTheApiFromOpeningToTheDiffWithRolesEnforced() throws Exception {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("API-" + u).getCode();
        String city = fixtures.user("api-city-" + u, Role.CITY_GOV, null);
        String office = fixtures.user("api-office-" + u, Role.PROJECT_OFFICE, unit);
        String finance = fixtures.user("api-fin-" + u, Role.FINANCE, null);
        String project = data.reserveProject("XL-API-" + u, unit, "C1.4", "J04", "C1.4-T9", "8000000");

        assertThat(call("GET", "library/rounds", null, null).status()).isEqualTo(401);
        assertThat(call("POST", "library/rounds", office, Map.of("code", "RA-" + u, "nameZh", "x",
                "submissionDeadline", today(10))).status()).isEqualTo(403);
        Answer opened = call("POST", "library/rounds", city, Map.of("code", "RA-" + u, "nameZh", "接口轮次 " + u,
                "fiscalYear", 2026, "submissionDeadline", today(10)));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.body().path("phase").asText()).isEqualTo("COLLECTING");
        Answer baseline = call("POST", "library/snapshots", city, Map.of("labelZh", "接口基线 " + u));
        assertThat(baseline.status()).isEqualTo(201);

        Answer submitted = call("POST", "library/rounds/RA-" + u + "/proposals", office, Map.of(
                "kind", "ADJUST", "projectCode", project, "nameZh", "储备项目 " + project, "plannedStart", "2026-01-01",
                "plannedFinish", "2027-12-31", "totalInvestment", 9000000,
                "outputs", List.of(Map.of("targetCode", "C1.4-T9", "jurisdictionCode", "J04", "quantity", 150, "unit", "托位")),
                "reason", "扩大规模"));
        assertThat(submitted.status()).as("%s", submitted.body()).isEqualTo(201);
        long id = submitted.body().path("id").asLong();
        assertThat(submitted.body().path("changes")).extracting(JsonNode::toString).anySatisfy(c ->
                assertThat(c).contains("TOTAL_INVESTMENT").contains("\"before\":\"8000000\"").contains("\"after\":\"9000000\""));

        Answer officeDecides = call("POST", "library/proposals/" + id + "/decision", office,
                Map.of("version", submitted.body().path("version").asLong(), "decision", "APPROVE"));
        assertThat(officeDecides.status()).isEqualTo(403);
        assertThat(officeDecides.body().path("message").asText()).contains("市政府");
        Answer noComment = call("POST", "library/proposals/" + id + "/decision", city,
                Map.of("version", submitted.body().path("version").asLong(), "decision", "REJECT"), "en");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.body().path("violations").get(0).path("code").asText()).isEqualTo("library.review.commentRequired");
        assertThat(noComment.body().path("message").asText()).contains("comment");
        Answer approved = call("POST", "library/proposals/" + id + "/decision", city,
                Map.of("version", submitted.body().path("version").asLong(), "decision", "APPROVE", "comment", "同意"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(call("POST", "library/proposals/" + id + "/decision", city,
                Map.of("version", submitted.body().path("version").asLong(), "decision", "APPROVE")).status())
                .as("stale version").isEqualTo(409);

        Answer round = call("GET", "library/rounds/RA-" + u, city, null);
        Answer closed = call("POST", "library/rounds/RA-" + u + "/close", city, Map.of("version", round.body().path("version").asLong()));
        assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
        long to = closed.body().path("snapshotId").asLong();
        long from = baseline.body().path("id").asLong();

        assertThat(call("GET", "library/snapshots", office, null).status()).isEqualTo(403);
        Answer diff = call("GET", "library/diff?from=" + from + "&to=" + to, finance, null);
        assertThat(diff.status()).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode e : diff.body().path("entries")) {
            if (project.equals(e.path("code").asText())) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("kind").asText()).isEqualTo("CHANGED");
        assertThat(entry.path("changes").toString()).contains("OUTPUT").contains("C1.4-T9@J04");
        JsonNode groupOutput = null;
        for (JsonNode g : diff.body().path("groups")) {
            if ("C1.4".equals(g.path("programCode").asText()) && "J04".equals(g.path("districtCode").asText())) {
                for (JsonNode o : g.path("outputs")) {
                    if ("C1.4-T9".equals(o.path("targetCode").asText()) && "托位".equals(o.path("unit").asText())) {
                        groupOutput = o;
                    }
                }
            }
        }
        assertThat(groupOutput).as("C1.4 × J04 outputs toward C1.4-T9").isNotNull();
        assertThat(groupOutput.path("delta").decimalValue()).as("100 → 150 托位").isEqualByComparingTo("50");
        Answer workbook = call("GET", "library/diff/workbook?from=" + from + "&to=" + to, city, null);
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(new String(workbook.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        Answer history = call("GET", "library/projects/" + project + "/history", office, null);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("proposals").get(0).path("status").asText()).isEqualTo("APPLIED");
        Answer rolling = call("GET", "library/rolling-plan?firstYear=2026", city, null);
        assertThat(rolling.status()).isEqualTo(200);
        assertThat(rolling.body().path("years").toString()).isEqualTo("[2026,2027,2028]");
        assertThat(rolling.body().path("coverage").size()).isPositive();
        // the project has no funding line: its 900 万元 over 2026–2027 (12 + 12 months) lack a source, 450 a year
        BigDecimal noSource2026 = BigDecimal.ZERO;
        BigDecimal noSourceSum = BigDecimal.ZERO;
        BigDecimal rowSum = BigDecimal.ZERO;
        for (JsonNode r : rolling.body().path("rows")) {
            rowSum = rowSum.add(r.path("amounts").get(3).decimalValue());
            if (r.path("noSource").asBoolean()) {
                assertThat(r.path("sourceCode").isMissingNode() || r.path("sourceCode").isNull()).isTrue();
                noSourceSum = noSourceSum.add(r.path("amounts").get(3).decimalValue());
                if (r.path("programCode").asText().endsWith("C1.4") && "J04".equals(r.path("districtCode").asText())) {
                    noSource2026 = r.path("amounts").get(0).decimalValue();
                }
            }
        }
        assertThat(noSource2026).isGreaterThanOrEqualTo(new BigDecimal("4500000"));
        assertThat(rolling.body().path("noSourceTotals").get(3).decimalValue()).isEqualByComparingTo(noSourceSum);
        assertThat(rolling.body().path("yearTotals").get(3).decimalValue()).isEqualByComparingTo(rowSum);
        JsonNode perThousand = null;
        for (JsonNode c : rolling.body().path("coverage")) {
            if ("C1.4-T9".equals(c.path("targetCode").asText())) {
                perThousand = c;
            }
        }
        assertThat(perThousand).as("C1.4-T9 in the coverage").isNotNull();
        assertThat(perThousand.path("otherUnits").asInt()).as("托位 are not places per 1,000 population").isPositive();
        assertThat(perThousand.path("unitsLeftOut").toString()).contains("托位");
    }

    @Test
    void aProposalAfterTheDeadlineIsRefusedInTheCallersLanguage() throws Exception {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("API2-" + u).getCode();
        String office = fixtures.user("api2-office-" + u, Role.PROJECT_OFFICE, unit);
        String project = data.reserveProject("XL-API2-" + u, unit, "C1.4", "J04", null, "1000000");
        String round = data.roundPastDeadline("RL-" + u, 3);
        Map<String, Object> withdraw = Map.of("kind", "WITHDRAW", "projectCode", project, "reason", "不再建设");

        Answer zh = call("POST", "library/rounds/" + round + "/proposals", office, withdraw);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.body().path("violations").get(0).path("code").asText()).isEqualTo("library.round.deadlinePassed");
        assertThat(zh.body().path("message").asText()).contains("截止日期");
        Answer en = call("POST", "library/rounds/" + round + "/proposals", office, withdraw, "en");
        assertThat(en.body().path("message").asText()).contains("deadline");
        assertThat(data.proposalCount(project)).isZero();
    }

    @Test
    void aDiffWithoutBothSnapshotsIsAnsweredWithWhatIsMissing() throws Exception {
        String u = Fixtures.unique();
        String city = fixtures.user("api3-city-" + u, Role.CITY_GOV, null);
        long id = call("POST", "library/snapshots", city, Map.of("labelZh", "接口基线 " + u)).body().path("id").asLong();

        Answer zh = call("GET", "library/diff?to=" + id, city, null);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.body().path("violations").get(0).path("code").asText()).isEqualTo("library.diff.snapshotsRequired");
        assertThat(zh.body().path("message").asText()).contains("两个版本").doesNotContain("不同");
        Answer en = call("GET", "library/diff/workbook?from=" + id, city, null, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body().path("message").asText()).contains("Choose the two snapshots");
    }

    @Test
    void theRequiredFundingShareIsChangedByTheCityOnlyAndGatesFollowIt() throws Exception {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("API4-" + u).getCode();
        String city = fixtures.user("api4-city-" + u, Role.CITY_GOV, null);
        String office = fixtures.user("api4-office-" + u, Role.PROJECT_OFFICE, unit);
        String project = data.reserveProject("XL-API4-" + u, unit, "C1.4", "J04", null, "10000000");
        data.approvedFunding(project, "MUNICIPAL_BUDGET", 2026, "4000000");
        JsonNode original = call("GET", "library/settings", city, null).body();
        long version = original.path("version").asLong();
        try {
            Answer low = call("PUT", "library/settings", city, Map.of("version", version, "startFundingShare", 0.3));
            assertThat(low.status()).as("%s", low.body()).isEqualTo(200);
            assertThat(fundingGateMet(project, office)).as("40 % ≥ 30 %").isTrue();

            Answer raised = call("PUT", "library/settings", city, Map.of("version", low.body().path("version").asLong(),
                    "startFundingShare", 0.5));
            assertThat(raised.status()).isEqualTo(200);
            assertThat(raised.body().path("startFundingShare").decimalValue()).isEqualByComparingTo("0.5");
            assertThat(fundingGateMet(project, office)).as("40 % < 50 %").isFalse();

            Answer byOffice = call("PUT", "library/settings", office, Map.of("version",
                    raised.body().path("version").asLong(), "startFundingShare", 0.1));
            assertThat(byOffice.status()).isEqualTo(403);
            Answer stale = call("PUT", "library/settings", city, Map.of("version", low.body().path("version").asLong(),
                    "startFundingShare", 0.1), "en");
            assertThat(stale.status()).isEqualTo(409);
            assertThat(call("GET", "library/settings", city, null).body().path("startFundingShare").decimalValue())
                    .isEqualByComparingTo("0.5");
        } finally {
            JsonNode now = call("GET", "library/settings", city, null).body();
            call("PUT", "library/settings", city, Map.of("version", now.path("version").asLong(),
                    "startFundingShare", original.path("startFundingShare").decimalValue()));
        }
    }

    private boolean fundingGateMet(String project, String office) throws Exception {
        Answer readiness = call("GET", "library/projects/" + project + "/readiness", office, null);
        assertThat(readiness.status()).isEqualTo(200);
        for (JsonNode gate : readiness.body().path("gates")) {
            if ("FUNDING".equals(gate.path("gate").asText())) {
                return gate.path("met").asBoolean();
            }
        }
        throw new AssertionError("no FUNDING gate in " + readiness.body());
    }

    @Test
    void theCityTakesBackAnApprovalOverTheApiSoTheRoundCanClose() throws Exception {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("API5-" + u).getCode();
        String city = fixtures.user("api5-city-" + u, Role.CITY_GOV, null);
        String office = fixtures.user("api5-office-" + u, Role.PROJECT_OFFICE, unit);
        String project = data.reserveProject("XL-API5-" + u, unit, "C1.4", "J04", null, "1000000");
        call("POST", "library/rounds", city, Map.of("code", "RR-" + u, "nameZh", "撤销轮次 " + u,
                "fiscalYear", 2026, "submissionDeadline", today(10)));
        Answer submitted = call("POST", "library/rounds/RR-" + u + "/proposals", office,
                Map.of("kind", "WITHDRAW", "projectCode", project, "reason", "不再建设"));
        long id = submitted.body().path("id").asLong();
        Answer approved = call("POST", "library/proposals/" + id + "/decision", city,
                Map.of("version", submitted.body().path("version").asLong(), "decision", "APPROVE"));
        long version = approved.body().path("version").asLong();

        assertThat(call("POST", "library/proposals/" + id + "/reopen", office,
                Map.of("version", version, "comment", "自己撤销")).status()).isEqualTo(403);
        Answer noComment = call("POST", "library/proposals/" + id + "/reopen", city, Map.of("version", version), "en");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.body().path("violations").get(0).path("code").asText())
                .isEqualTo("library.review.reopenCommentRequired");
        assertThat(noComment.body().path("message").asText()).contains("taken back");
        Answer reopened = call("POST", "library/proposals/" + id + "/reopen", city,
                Map.of("version", version, "comment", "项目仍需建设，撤销同意"));
        assertThat(reopened.status()).as("%s", reopened.body()).isEqualTo(200);
        assertThat(reopened.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(reopened.body().path("reviewComment").asText()).isEqualTo("项目仍需建设，撤销同意");
        assertThat(call("POST", "library/proposals/" + id + "/reopen", city,
                Map.of("version", version, "comment", "再次撤销")).status()).as("stale version").isEqualTo(409);
        Answer again = call("POST", "library/proposals/" + id + "/reopen", city,
                Map.of("version", reopened.body().path("version").asLong(), "comment", "再次撤销"));
        assertThat(again.status()).as("no longer approved").isEqualTo(400);
        assertThat(again.body().path("violations").get(0).path("code").asText()).isEqualTo("library.review.notApproved");

        Answer rejected = call("POST", "library/proposals/" + id + "/decision", city, Map.of("version",
                reopened.body().path("version").asLong(), "decision", "REJECT", "comment", "不同意调出"));
        assertThat(rejected.body().path("status").asText()).isEqualTo("REJECTED");
        Answer round = call("GET", "library/rounds/RR-" + u, city, null);
        assertThat(call("POST", "library/rounds/RR-" + u + "/close", city,
                Map.of("version", round.body().path("version").asLong())).status()).isEqualTo(200);
        assertThat(data.stageOf(project)).isEqualTo(org.citygov.plantracker.domain.model.project.Stage.RESERVE);
    }

    @Test
    void theOpenApiDocumentDescribesTheLibrary() throws Exception {
        URL root = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/openapi");
        HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(root.toURI()).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/library/rounds/{code}/proposals", "/library/proposals/{id}/decision",
                "/library/proposals/{id}/reopen",
                "/library/diff", "/library/rolling-plan", "/library/carry-overs");
    }
}
