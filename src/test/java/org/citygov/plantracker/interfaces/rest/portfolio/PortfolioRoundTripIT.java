package org.citygov.plantracker.interfaces.rest.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citygov.plantracker.test.Api;
import org.citygov.plantracker.test.StandaloneServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The acceptance test of issue 13: the demo portfolio exported from a demo-mode server and imported
 * into an empty production server (no demo mode, a fresh database, the first administrator from
 * PLANTRACKER_ADMIN_PASSWORD) gives the same evaluation, every field of every target and project, at
 * the ends of 2022–2025 and a fixed later day (never "today": a run crossing midnight would move it).
 * Then the same file again: the dry run sees nothing to create or change and the import changes nothing.
 * Two servers of their own, one after the other, at the same port offset.
 */
class PortfolioRoundTripIT {

    private static final String ADMIN_PASSWORD = "Round-trip-import-2026!";
    private static final List<String> AS_OF = List.of("2022-12-31", "2023-12-31", "2024-12-31", "2025-12-31",
            "2027-06-30");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void theDemoPortfolioExportedAndImportedIntoAnEmptyProductionServerEvaluatesTheSame() throws Exception {
        assumeTrue("derby".equals(System.getProperty("it.db", "derby")), "runs on the embedded Derby only");
        int offset = Integer.getInteger("it.port.offset", 0) + 60;
        byte[] workbook;
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        try (StandaloneServer demo = new StandaloneServer(work.resolve("demo"), offset)) {
            demo.start(Map.of(), List.of("-Dplantracker.demo=true"));
            Api city = Api.at(demo.url().toURL()).as("city", Api.DEMO_PASSWORD);
            workbook = city.download("portfolio/workbook");
            for (String asOf : AS_OF) {
                expected.put("targets " + asOf, evaluation(city, "evaluation/targets?asOf=" + asOf));
                expected.put("projects " + asOf, evaluation(city, "evaluation/projects?asOf=" + asOf));
            }
        }
        assertThat(expected.get("projects 2025-12-31").size()).as("the demo's 121 projects").isGreaterThanOrEqualTo(121);

        try (StandaloneServer production = new StandaloneServer(work.resolve("production"), offset)) {
            production.start(Map.of("PLANTRACKER_ADMIN_PASSWORD", ADMIN_PASSWORD), List.of());
            Api admin = Api.at(production.url().toURL()).as("admin", ADMIN_PASSWORD);
            assertThat(admin.get("projects").json().path("total").asLong()).as("an empty database").isZero();

            JsonNode preview = dryRun(admin, workbook);
            assertThat(preview.path("problems")).as(preview.path("problems").toString()).isEmpty();
            assertThat(preview.path("accepted").asBoolean()).isTrue();
            assertThat(preview.path("written").asBoolean()).isFalse();
            assertThat(preview.path("projectsCreated").asInt()).isEqualTo(expected.get("projects 2025-12-31").size());
            assertThat(preview.path("newLeadUnits").size()).as("the sample lead units, to be created").isPositive();
            assertThat(preview.path("newPlaces").size()).as("the sample 街道/乡镇/社区, to be created").isPositive();
            assertThat(admin.get("projects").json().path("total").asLong()).as("the dry run wrote nothing").isZero();

            JsonNode done = importAndWait(admin, workbook);
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
            assertThat(done.path("result").path("written").asBoolean()).isTrue();

            for (String asOf : AS_OF) {
                assertThat(evaluation(admin, "evaluation/targets?asOf=" + asOf)).as("targets at " + asOf)
                        .isEqualTo(expected.get("targets " + asOf));
                assertThat(evaluation(admin, "evaluation/projects?asOf=" + asOf)).as("projects at " + asOf)
                        .isEqualTo(expected.get("projects " + asOf));
            }

            // the same file again: nothing to create or change, and the import changes nothing
            JsonNode again = dryRun(admin, workbook);
            assertThat(again.path("projectsCreated").asInt()).isZero();
            assertThat(again.path("projectsChanged").asInt()).as(again.path("projects").toString()).isZero();
            assertThat(again.path("recordsCreated").asInt()).isZero();
            assertThat(again.path("recordsChanged").asInt()).isZero();
            assertThat(again.path("newLeadUnits")).isEmpty();
            JsonNode second = importAndWait(admin, workbook);
            assertThat(second.path("status").asText()).isEqualTo("DONE");
            assertThat(second.path("result").path("recordsCreated").asInt()).isZero();
            assertThat(evaluation(admin, "evaluation/projects?asOf=2025-12-31"))
                    .isEqualTo(expected.get("projects 2025-12-31"));
        }
    }

    static JsonNode dryRun(Api api, byte[] workbook) {
        Api.Reply reply = api.upload("POST", "portfolio/workbook?dryRun=true", workbook, XLSX);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** Starts the import and polls its job until it has ended. */
    static JsonNode importAndWait(Api api, byte[] workbook) throws InterruptedException {
        Api.Reply started = api.upload("POST", "portfolio/workbook?dryRun=false", workbook, XLSX);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply reply = api.get("portfolio/imports/" + id);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode job = reply.json();
            String status = job.path("status").asText();
            if ("DONE".equals(status) || "FAILED".equals(status)) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The import job " + id + " did not end in 5 minutes");
    }

    /** The answer with every array in one order (rows come in id order, and ids differ between databases). */
    private static JsonNode evaluation(Api api, String path) {
        Api.Reply reply = api.get(path);
        assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
        return canonical(reply.json());
    }

    static JsonNode canonical(JsonNode node) {
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(n -> items.add(canonical(n)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode sorted = JSON.createArrayNode();
            items.forEach(sorted::add);
            return sorted;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), canonical(e.getValue()));
            }
            return copy;
        }
        return node;
    }
}
