package org.citygov.plantracker.interfaces.rest.monitoring;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.citygov.plantracker.application.evaluation.EvaluationFixture;
import org.citygov.plantracker.application.evaluation.EvaluationFixture.World;
import org.citygov.plantracker.domain.model.audit.AuditEntry;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorFigure;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.test.ApiTokens;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.citygov.plantracker.test.InContainerApi;
import org.citygov.plantracker.test.InContainerApi.Answer;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.test.InContainerApi.base;
import static org.citygov.plantracker.test.InContainerApi.enc;

/**
 * Indicator observations over HTTP: recorded by the city, checked against the indicator's unit and
 * kind, refused with a message in the user's language and nothing changed, optimistic locking,
 * audited (who, before → after, the reason of a removal), and the evaluation (rule 6) moves at once.
 * Each test builds its own plan (EvaluationFixture's world) with a rate, a percentage, a 〔 〕
 * cumulative and a word-target indicator.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorObservationsRestIT {

    /** Each user signs in with Basic once, for its API token; every call after that sends the token. */
    private static final ApiTokens TOKENS = new ApiTokens();

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(EvaluationFixture.class);
    }

    @Inject
    EvaluationFixture fixture;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private final HttpClient http = HttpClient.newHttpClient();
    private final InContainerApi api = new InContainerApi(EvaluationFixture.PASSWORD);
    private final List<World> worlds = new ArrayList<>();

    @AfterEach
    void disposeWorlds() {
        worlds.forEach(fixture::dispose);
    }

    @Test
    void theCityRecordsAValueTheEvaluationMovesAtOnceAndEveryChangeIsAudited() throws Exception {
        World w = world();
        String rate = w.x() + "-IND"; // 每千人口托位数: 1.46 (2020) → 6 (2025), at least, binding; 4.0 recorded for 2023
        String path = "indicators/" + rate + "/observations/2024?plan=" + w.plan();

        // straight line in 2024: 1.46 + 4.54 × 4/5 = 5.092; tolerance 5 % of 4.54 = 0.227
        Answer created = call(w.cityUser(), "PUT", path,
                "{\"value\": 5.1, \"source\": \"2024年统计公报\", \"note\": \"快报数\"}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("5.1");
        assertThat(created.json().getString("recordedBy")).isEqualTo(w.cityUser());
        long version = created.json().getJsonNumber("version").longValue();
        assertThat(indicatorStatus(w, rate, "2024-12-31")).isEqualTo("ON_LINE");

        // revised downward: 4.5 is 0.592 below the line → 滞后, at once
        Answer revised = call(w.cityUser(), "PUT", path,
                "{\"value\": 4.5, \"source\": \"2024年统计年鉴\", \"version\": " + version + "}", null);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(indicatorStatus(w, rate, "2024-12-31")).isEqualTo("BEHIND");

        // the version read before the revision is stale now: 409, nothing changed
        Answer stale = call(w.cityUser(), "PUT", path,
                "{\"value\": 6.5, \"source\": \"x\", \"version\": " + version + "}", null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(storedValue(rate, 2024)).isEqualByComparingTo("4.5");

        assertThat(audited(rate, "2024.value")).containsExactly(w.cityUser() + ": null → 5.1",
                w.cityUser() + ": 5.1 → 4.5");
        assertThat(audited(rate, "2024.source")).containsExactly(w.cityUser() + ": null → 2024年统计公报",
                w.cityUser() + ": 2024年统计公报 → 2024年统计年鉴");

        // removing needs a reason; the removal is audited with it
        Answer noReason = call(w.cityUser(), "DELETE", path, null, "zh-CN");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("请填写删除原因");
        Answer removed = call(w.cityUser(), "DELETE", path + "&reason=" + enc("统计口径调整，待复核"), null, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(storedValue(rate, 2024)).isNull();
        assertThat(audited(rate, "2024.value")).last().isEqualTo(w.cityUser() + ": 4.5 → null");
        assertThat(em.createQuery("SELECT a.comment FROM AuditEntry a WHERE a.action = 'monitoring.observation.removed' "
                + "AND a.comment LIKE :c", String.class).setParameter("c", rate + ".2024:%").getResultList())
                .containsExactly(rate + ".2024: 统计口径调整，待复核");
        // 2023's 4.0 is the latest again: 0.184 below the line of 2023 (4.184), within the tolerance → 符合
        assertThat(indicatorStatus(w, rate, "2024-12-31")).isEqualTo("ON_LINE");
    }

    @Test
    void valuesAreCheckedAgainstTheUnitAndKindAndRefusedWithAReasonNothingChanged() throws Exception {
        World w = world();
        String percent = indicator(w, "P", "%", "≥90", new BigDecimal("90"), "90", new BigDecimal("95"),
                Comparison.AT_LEAST, false);
        String jobs = indicator(w, "J", "万人", "65.77", new BigDecimal("65.77"), "60", new BigDecimal("60"),
                Comparison.EQUAL, true);
        String words = indicator(w, "W", "%", "≥99", new BigDecimal("99"), "应保尽保", null,
                Comparison.QUALITATIVE, false);

        Answer over = put(w, percent, 2023, "{\"value\": 120, \"source\": \"卫健委年报\"}", "zh-CN");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body()).contains("百分比须在 0 至 100 之间").contains("120");
        Answer negative = put(w, jobs, 2022, "{\"value\": -3, \"source\": \"人社局\"}", "en");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("cannot be negative");
        Answer noSource = put(w, percent, 2023, "{\"value\": 93}", "zh-CN");
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.body()).contains("请填写数据来源");
        Answer early = put(w, percent, 2020, "{\"value\": 93, \"source\": \"x\"}", "zh-CN");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("2021").contains("2025");

        // 〔 〕 cumulative: the running total never falls
        assertThat(put(w, jobs, 2022, "{\"value\": 25, \"source\": \"人社局\"}", null).status()).isEqualTo(200);
        Answer falls = put(w, jobs, 2023, "{\"value\": 20, \"source\": \"人社局\"}", "zh-CN");
        assertThat(falls.status()).isEqualTo(400);
        assertThat(falls.body()).contains("五年累计数不能小于 2022 年的累计数 25");
        assertThat(put(w, jobs, 2023, "{\"value\": 37.5, \"source\": \"人社局\"}", null).status()).isEqualTo(200);

        // a word target: met / not met with evidence
        Answer noMet = put(w, words, 2024, "{\"source\": \"民政局\"}", "zh-CN");
        assertThat(noMet.status()).isEqualTo(400);
        assertThat(noMet.body()).contains("请选择“达到”或“未达到”").contains("请填写达到或未达到的依据");
        Answer met = put(w, words, 2024,
                "{\"met\": true, \"evidence\": \"符合条件的孤儿全部纳入保障\", \"source\": \"民政局年报\"}", null);
        assertThat(met.status()).as(met.body()).isEqualTo(200);
        assertThat(indicatorStatus(w, words, "2024-12-31")).isEqualTo("ON_LINE");
        Answer notMet = put(w, words, 2025, "{\"met\": false, \"evidence\": \"3人未纳入\", \"source\": \"民政局年报\"}", null);
        assertThat(notMet.status()).isEqualTo(200);
        assertThat(indicatorStatus(w, words, "2025-12-31")).isEqualTo("BEHIND");

        // nothing of the refused calls was stored
        assertThat(storedValue(percent, 2023)).isNull();
        assertThat(storedValue(jobs, 2023)).isEqualByComparingTo("37.5");
    }

    @Test
    void onlyTheCityRecordsValues() throws Exception {
        World w = world();
        String rate = w.x() + "-IND";
        String body = "{\"value\": 5, \"source\": \"x\"}";
        assertThat(call(null, "PUT", "indicators/" + rate + "/observations/2024?plan=" + w.plan(), body, null).status())
                .isEqualTo(401);
        assertThat(call(w.officeUser(), "PUT", "indicators/" + rate + "/observations/2024?plan=" + w.plan(), body, null)
                .status()).isEqualTo(403);
        assertThat(call(w.cityUser(), "PUT", "indicators/NO-SUCH/observations/2024?plan=" + w.plan(), body, null)
                .status()).isEqualTo(404);
        assertThat(storedValue(rate, 2024)).isNull();
    }

    /**
     * The grid's Excel round trip: download, fill, upload. A first file with four problems (a percentage
     * of 120, a running total that falls, a word target without evidence, a cell someone else changed
     * since the download) is refused cell by cell and nothing is stored; the corrected file's dry run
     * lists the four changes before → after and stores nothing; applying it stores them all, audited,
     * and leaves the other user's change alone.
     */
    @Test
    void theGridRoundTripsThroughExcelWithAPreviewPerCellProblemsAllOrNothingAndNoOverwrite() throws Exception {
        World w = world();
        String rate = w.x() + "-IND"; // 4.0 recorded for 2023
        String percent = indicator(w, "P", "%", "≥90", new BigDecimal("90"), "90", new BigDecimal("95"),
                Comparison.AT_LEAST, false);
        String jobs = indicator(w, "J", "万人", "65.77", new BigDecimal("65.77"), "60", new BigDecimal("60"),
                Comparison.EQUAL, true);
        String words = indicator(w, "W", "%", "≥99", new BigDecimal("99"), "应保尽保", null,
                Comparison.QUALITATIVE, false);

        HttpResponse<byte[]> download = bytes(w.cityUser(), "GET", "indicators/workbook?plan=" + w.plan(), null, "zh-CN");
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] original = download.body();
        java.util.Map<String, Integer> rowOf = new java.util.HashMap<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(original))) {
            org.apache.poi.ss.usermodel.Sheet grid = wb.getSheetAt(0);
            assertThat(grid.getSheetName()).isEqualTo("指标年度监测值");
            assertThat(grid.getRow(0).getCell(7).getStringCellValue()).isEqualTo("2021");
            assertThat(grid.getRow(0).getCell(11).getStringCellValue()).isEqualTo("2025");
            for (org.apache.poi.ss.usermodel.Row row : grid) {
                if (row.getRowNum() > 0) {
                    rowOf.put(row.getCell(0).getStringCellValue(), row.getRowNum());
                }
            }
            assertThat(rowOf).containsKeys(rate, percent, jobs, words);
            assertThat(grid.getRow(rowOf.get(rate)).getCell(9).getNumericCellValue()).isEqualTo(4.0); // 2023
        }
        // someone else revises 2023 after the download
        assertThat(put(w, rate, 2023, "{\"value\": 4.2, \"source\": \"2023年统计年鉴\"}", null).status()).isEqualTo(200);

        // H..L = 2021..2025, M source, N evidence
        byte[] bad = fill(original, rowOf, new String[][]{
                {rate, "K", "5.1"}, {rate, "M", "2024年统计公报"}, {rate, "J", "4.1"},
                {percent, "J", "120"}, {percent, "M", "卫健委年报"},
                {jobs, "I", "25"}, {jobs, "J", "20"}, {jobs, "M", "人社局"},
                {words, "K", "达到"}, {words, "M", "民政局年报"}});
        HttpResponse<byte[]> refused = bytes(w.cityUser(), "POST", "indicators/workbook?dryRun=false&plan=" + w.plan(),
                bad, "zh-CN");
        String refusal = new String(refused.body(), StandardCharsets.UTF_8);
        assertThat(refused.statusCode()).as(refusal).isEqualTo(400);
        int r = rowOf.get(rate) + 1;
        int p = rowOf.get(percent) + 1;
        int j = rowOf.get(jobs) + 1;
        int wd = rowOf.get(words) + 1;
        assertThat(refusal).contains("\"J" + r + "\"", "下载后他人已修改", "\"J" + p + "\"", "百分比须在 0 至 100 之间",
                "\"J" + j + "\"", "五年累计数不能小于 2022 年的累计数 25", "\"N" + wd + "\"", "请填写达到或未达到的依据",
                "发现 4 处问题");
        assertThat(storedValue(rate, 2024)).isNull();
        assertThat(storedValue(jobs, 2022)).isNull();
        assertThat(storedValue(rate, 2023)).isEqualByComparingTo("4.2");

        // corrected: the percentage and the other user's cell left as downloaded, the total rising, evidence given
        byte[] good = fill(original, rowOf, new String[][]{
                {rate, "K", "5.1"}, {rate, "M", "2024年统计公报"},
                {jobs, "I", "25"}, {jobs, "J", "37.5"}, {jobs, "M", "人社局"},
                {words, "K", "达到"}, {words, "M", "民政局年报"}, {words, "N", "符合条件的孤儿全部纳入保障"}});
        HttpResponse<byte[]> preview = bytes(w.cityUser(), "POST", "indicators/workbook?plan=" + w.plan(), good, null);
        Answer dry = new Answer(preview.statusCode(), new String(preview.body(), StandardCharsets.UTF_8));
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().getBoolean("dryRun")).isTrue();
        assertThat(dry.json().getBoolean("applied")).isFalse();
        assertThat(dry.json().getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("cell") + " " + c.getString("indicator") + " " + c.getInt("year") + " "
                        + (!c.containsKey("before") || c.isNull("before") ? "-" : c.getString("before")) + "→" + c.getString("after")).toList())
                .containsExactlyInAnyOrder("K" + r + " " + rate + " 2024 -→5.1", "I" + j + " " + jobs + " 2022 -→25",
                        "J" + j + " " + jobs + " 2023 -→37.5", "K" + wd + " " + words + " 2024 -→true");
        assertThat(storedValue(rate, 2024)).isNull();

        HttpResponse<byte[]> applied = bytes(w.cityUser(), "POST", "indicators/workbook?dryRun=false&plan=" + w.plan(),
                good, null);
        Answer done = new Answer(applied.statusCode(), new String(applied.body(), StandardCharsets.UTF_8));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().getBoolean("applied")).isTrue();
        assertThat(storedValue(rate, 2024)).isEqualByComparingTo("5.1");
        assertThat(storedValue(rate, 2023)).isEqualByComparingTo("4.2"); // the other user's figure, not overwritten
        assertThat(storedValue(jobs, 2023)).isEqualByComparingTo("37.5");
        assertThat(audited(rate, "2024.value")).containsExactly(w.cityUser() + ": null → 5.1");
        assertThat(audited(rate, "2024.source")).containsExactly(w.cityUser() + ": null → 2024年统计公报");
        assertThat(audited(words, "2024.met")).containsExactly(w.cityUser() + ": null → true");
        assertThat(indicatorStatus(w, words, "2024-12-31")).isEqualTo("ON_LINE");

        // only the city uploads; a file that is not the grid is refused
        assertThat(bytes(w.officeUser(), "POST", "indicators/workbook?plan=" + w.plan(), good, null).statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> notOurs = bytes(w.cityUser(), "POST", "indicators/workbook?plan=" + w.plan(),
                "not a workbook".getBytes(StandardCharsets.UTF_8), "zh-CN");
        assertThat(notOurs.statusCode()).isEqualTo(400);
        assertThat(new String(notOurs.body(), StandardCharsets.UTF_8)).contains("Excel");
    }

    /** The workbook with the given cells (indicator code, column letter, text) set; numbers as numbers. */
    private static byte[] fill(byte[] workbook, java.util.Map<String, Integer> rowOf, String[][] cells)
            throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(workbook))) {
            org.apache.poi.ss.usermodel.Sheet grid = wb.getSheetAt(0);
            for (String[] c : cells) {
                org.apache.poi.ss.usermodel.Row row = grid.getRow(rowOf.get(c[0]));
                int column = c[1].charAt(0) - 'A';
                org.apache.poi.ss.usermodel.Cell cell = row.getCell(column) == null ? row.createCell(column)
                        : row.getCell(column);
                if (c[2].matches("-?\\d+(\\.\\d+)?")) {
                    cell.setCellValue(Double.parseDouble(c[2]));
                } else {
                    cell.setCellValue(c[2]);
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<byte[]> bytes(String user, String method, String path, byte[] body, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        request.header("Authorization", TOKENS.authorization(base(), user, EvaluationFixture.PASSWORD));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private World world() {
        World w = fixture.world();
        worlds.add(w);
        return w;
    }

    private String indicator(World w, String suffix, String unit, String baselineText, BigDecimal baseline,
                             String targetText, BigDecimal target, Comparison comparison, boolean cumulative)
            throws Exception {
        String code = w.x() + "-" + suffix;
        tx.begin();
        Plan plan = em.createQuery("SELECT p FROM Plan p WHERE p.code = :c", Plan.class).setParameter("c", w.plan())
                .getSingleResult();
        Indicator i = plan.addIndicator(code, "测试", "Test", "测试指标" + suffix, "Test indicator " + suffix, unit,
                IndicatorNature.EXPECTED, comparison, cumulative);
        i.state(new IndicatorFigure(2020, baselineText, baseline), new IndicatorFigure(2025, targetText, target));
        tx.commit();
        return code;
    }

    private Answer put(World w, String code, int year, String json, String language) throws Exception {
        return call(w.cityUser(), "PUT", "indicators/" + code + "/observations/" + year + "?plan=" + w.plan(), json,
                language);
    }

    private String indicatorStatus(World w, String code, String asOf) throws Exception {
        Answer a = call(w.cityUser(), "GET", "evaluation/indicators?asOf=" + asOf, null, null);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("code").equals(code) && o.getString("planCode").equals(w.plan()))
                .findFirst().orElseThrow().getString("status");
    }

    private BigDecimal storedValue(String code, int year) {
        em.clear();
        return em.createQuery("SELECT o.observedValue FROM IndicatorObservation o WHERE o.indicator.code = :c "
                        + "AND o.fiscalYear = :y", BigDecimal.class).setParameter("c", code).setParameter("y", year)
                .getResultStream().findFirst().orElse(null);
    }

    /** Audit entries of one field of an indicator's observations, oldest first: "who: before → after". */
    private List<String> audited(String code, String field) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = 'IndicatorObservation' "
                        + "AND a.fieldName = :f ORDER BY a.id", AuditEntry.class)
                .setParameter("f", code + "." + field).getResultList().stream()
                .map(a -> a.getUsername() + ": " + a.getBeforeValue() + " → " + a.getAfterValue()).toList();
    }

    private Answer call(String user, String method, String path, String json, String language) throws Exception {
        return api.call(user, method, path, json, language);
    }
}
