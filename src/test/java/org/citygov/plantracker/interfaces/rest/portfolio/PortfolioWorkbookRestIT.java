package org.citygov.plantracker.interfaces.rest.portfolio;

import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.offices.OfficesFixture;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.ApiTokens;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.time.LocalDate;
import java.io.ByteArrayOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;
import static org.citygov.plantracker.application.offices.OfficesFixture.TODAY;

/**
 * The portfolio workbook (issue 13): the download opened with POI and read cell by cell; the import's
 * dry run (every problem with its cell, nothing written), all or nothing (one bad cell among thousands),
 * the idempotent re-import and history dates as written (the round trip of the demo portfolio into an
 * empty production server is {@link PortfolioRoundTripIT}).
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioWorkbookRestIT {

    /** Each user signs in with Basic once, for its API token; every call after that sends the token. */
    private static final ApiTokens TOKENS = new ApiTokens();

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    @Inject
    org.citygov.plantracker.application.reports.ReportJobStore jobs;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset)
                        + "/plantracker/api/v1/" + path))
                .header("Authorization", TOKENS.authorization("http://127.0.0.1:" + (8080 + offset) + "/plantracker/api/v1/", user, PASSWORD)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            values.add(cell == null ? null : cell.getStringCellValue());
        }
        return values;
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            if (code.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError(code + " not in " + sheet.getSheetName());
    }

    @Test
    void theCityGetsEveryProjectWithItsMilestonesAsRealDatesAndAmountsInWanYuan() throws Exception {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office, Stage.CONTINUING, 3, 1);
        String city = fixture.user(Role.CITY_GOV);

        HttpResponse<byte[]> response = get(city, "portfolio/workbook");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("说明 Instructions");
            assertThat(workbook.getSheetName(1)).isEqualTo("项目单位 Lead units");
            assertThat(workbook.getSheet("项目 Projects")).isNotNull();
            for (String name : List.of("地点 Places", "里程碑 Milestones", "基线调整 Re-baselines", "产出 Outputs",
                    "资金 Funding lines", "拨付 Disbursements", "月度调度 Monthly reports", "人口 Population",
                    "存量 Existing stock")) {
                assertThat(workbook.getSheet(name)).as(name).isNotNull();
            }
            Sheet projects = workbook.getSheet("项目 Projects");
            assertThat(projects.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目编号");
            assertThat(projects.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Project code [code]");
            Row row = rowOf(projects, project.code());
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(office.unitCode());
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("CHILDCARE");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("CONTINUING");
            Cell start = row.getCell(10);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.minusYears(1));
            assertThat(row.getCell(12).getNumericCellValue()).as("50,000,000 yuan in 万元").isEqualTo(5000.0);

            Sheet milestones = workbook.getSheet("里程碑 Milestones");
            List<Row> mine = new ArrayList<>();
            for (int r = 2; r <= milestones.getLastRowNum(); r++) {
                if (project.code().equals(milestones.getRow(r).getCell(0).getStringCellValue())) {
                    mine.add(milestones.getRow(r));
                }
            }
            assertThat(mine).extracting(r -> r.getCell(2).getStringCellValue())
                    .containsExactly("里程碑1", "里程碑2", "里程碑3");
            assertThat(mine.get(0).getCell(4).getStringCellValue()).isEqualTo("PREPARATION");
            assertThat(mine.get(0).getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.plusMonths(1));

            Sheet outputs = workbook.getSheet("产出 Outputs");
            assertThat(column(outputs, 0)).contains(project.code());
            assertThat(column(workbook.getSheet("项目单位 Lead units"), 0)).contains(office.unitCode());
            XSSFSheet xs = workbook.getSheet("项目 Projects");
            assertThat(xs.getDataValidations()).as("drop-down lists for the codes").isNotEmpty();
        }
    }

    @Test
    void anOfficeGetsOnlyItsOwnUnitsProjectsFinanceNothingAndTheTemplateHasNoRows() throws Exception {
        Office mine = fixture.office();
        Office theirs = fixture.office();
        ProjectRef own = fixture.project(mine, Stage.CONTINUING, 2, 0);
        ProjectRef other = fixture.project(theirs, Stage.CONTINUING, 2, 0);

        HttpResponse<byte[]> response = get(mine.username(), "portfolio/workbook");
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(column(workbook.getSheet("项目 Projects"), 0)).containsExactly(own.code());
            assertThat(column(workbook.getSheet("里程碑 Milestones"), 0)).containsOnly(own.code()).hasSize(2);
            assertThat(column(workbook.getSheet("项目单位 Lead units"), 0)).containsExactly(mine.unitCode());
            assertThat(column(workbook.getSheet("项目 Projects"), 0)).doesNotContain(other.code());
        }
        assertThat(get(fixture.user(Role.FINANCE), "portfolio/workbook").statusCode()).isEqualTo(403);

        HttpResponse<byte[]> template = get(fixture.user(Role.ADMIN), "portfolio/workbook/template");
        assertThat(template.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            Sheet projects = workbook.getSheet("项目 Projects");
            assertThat(projects.getLastRowNum()).isEqualTo(1);
            assertThat(projects.getRow(0).getCell(12).getStringCellValue()).isEqualTo("总投资（万元）");
            assertThat(workbook.getSheet("说明 Instructions").getRow(0).getCell(0).getStringCellValue())
                    .contains("项目组合工作簿");
        }
    }

    // ------------------------------------------------------------------ import

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private HttpResponse<String> post(String user, String path, byte[] body, String language) throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset)
                        + "/plantracker/api/v1/" + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", TOKENS.authorization("http://127.0.0.1:" + (8080 + offset) + "/plantracker/api/v1/", user, PASSWORD))
                .header("Content-Type", XLSX).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode json(String user, String path) throws Exception {
        HttpResponse<byte[]> r = get(user, path);
        assertThat(r.statusCode()).as(path + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode dryRun(String user, byte[] workbook, String language) throws Exception {
        HttpResponse<String> r = post(user, "portfolio/workbook?dryRun=true", workbook, language);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode importAndWait(String user, byte[] workbook) throws Exception {
        HttpResponse<String> r = post(user, "portfolio/workbook?dryRun=false", workbook, "zh-CN");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        long id = JSON.readTree(r.body()).path("id").asLong();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = json(user, "portfolio/imports/" + id);
            if (job.path("status").asText().matches("DONE|FAILED")) {
                return job;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("import job " + id + " did not end");
    }

    /** A workbook made from the server's own template, rows given by column key. */
    private final class Book {
        private final XSSFWorkbook workbook;
        private final Map<String, Map<String, Integer>> columns = new HashMap<>();
        private final org.apache.poi.ss.usermodel.CellStyle date;

        Book(String user) throws Exception {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(get(user, "portfolio/workbook/template").body()));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        Book row(String sheetName, Object... keyValues) {
            Sheet sheet = workbook.getSheet(sheetName);
            Map<String, Integer> keys = columns.computeIfAbsent(sheetName, n -> {
                Map<String, Integer> m = new HashMap<>();
                Row english = sheet.getRow(1);
                for (Cell c : english) {
                    String text = c.getStringCellValue();
                    m.put(text.substring(text.lastIndexOf('[') + 1, text.length() - 1), c.getColumnIndex());
                }
                return m;
            });
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < keyValues.length; i += 2) {
                Integer column = keys.get((String) keyValues[i]);
                assertThat(column).as(sheetName + " has " + keyValues[i]).isNotNull();
                Object value = keyValues[i + 1];
                Cell cell = row.createCell(column);
                if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
            return this;
        }

        byte[] bytes() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }

    private static final String PROJECTS = "项目 Projects";
    private static final String MILESTONES = "里程碑 Milestones";
    private static final String OUTPUTS = "产出 Outputs";

    /** A 体育公园 (sports park) in 中原区 (J01), finished on {@code done}, of a new lead unit. */
    private static void sportsPark(Book book, String code, String unit, LocalDate done) {
        sportsPark(book, code, unit, done, "IN_USE", "J01", 400);
    }

    /** The same park, in another stage and place, with another approved amount (万元). */
    private static void sportsPark(Book book, String code, String unit, LocalDate done, String stage, String place,
                                   int approved) {
        book.row(PROJECTS, "code", code, "nameZh", "导入测试体育公园 " + code, "nameEn", "Imported park " + code,
                "plan", "ZZ-PS-14", "program", "C9.3", "place", place, "leadUnit", unit, "category", "SPORTS",
                "stage", stage, "plannedStart", LocalDate.of(2021, 3, 1), "plannedFinish", LocalDate.of(2022, 12, 31),
                "totalInvestment", 1234.56, "sample", "否");
        book.row(MILESTONES, "project", code, "seq", 1, "nameZh", "立项", "kind", "PREPARATION", "weight", 10,
                "originalBaseline", LocalDate.of(2021, 5, 1), "baseline", LocalDate.of(2021, 5, 1),
                "forecast", LocalDate.of(2021, 4, 20), "actual", LocalDate.of(2021, 4, 20), "percent", 100);
        book.row(MILESTONES, "project", code, "seq", 2, "nameZh", "竣工验收", "kind", "COMPLETION", "weight", 90,
                "originalBaseline", LocalDate.of(2022, 10, 31), "baseline", LocalDate.of(2022, 11, 30),
                "forecast", done, "actual", done, "percent", 100);
        book.row(OUTPUTS, "project", code, "target", "C9.3-T1", "place", "J01", "unit", "个", "planned", 1, "actual", 1,
                "confirmed", "是", "confirmedOn", done.plusDays(14));
        book.row("资金 Funding lines", "project", code, "source", "MUNICIPAL_BUDGET", "year", 2022, "requested", 500,
                "approved", approved, "status", "APPROVED", "decidedOn", LocalDate.of(2022, 2, 8));
        book.row("拨付 Disbursements", "project", code, "source", "MUNICIPAL_BUDGET", "year", 2022,
                "paidOn", LocalDate.of(2022, 6, 30), "amount", 150, "voucher", "V-" + code);
        book.row("月度调度 Monthly reports", "project", code, "month", LocalDate.of(2022, 9, 1),
                "filedOn", LocalDate.of(2022, 10, 6), "investmentMonth", 80, "investmentCumulative", 900,
                "physicalProgress", 95);
    }

    private static JsonNode problem(JsonNode preview, String cell) {
        for (JsonNode p : preview.path("problems")) {
            if (cell.equals(p.path("cell").asText())) {
                return p;
            }
        }
        throw new AssertionError("no problem at " + cell + " in " + preview.path("problems"));
    }

    @Test
    void theDryRunListsEveryProblemWithItsSheetRowAndColumnAndWritesNothing() throws Exception {
        String city = fixture.user(Role.CITY_GOV);
        String code = OfficesFixture.unique("IMP");
        String unit = OfficesFixture.unique("IU");
        Book book = new Book(city);
        book.row("项目单位 Lead units", "code", unit, "nameZh", "导入测试单位", "nameEn", "Import test unit");
        sportsPark(book, code, unit, LocalDate.of(2022, 10, 1));
        // row 3 of each sheet is the park; the bad cells come after it
        book.row(PROJECTS, "code", code + "-B", "nameZh", "坏项目", "plan", "ZZ-PS-14", "program", "C9.3", "place", "J01",
                "leadUnit", unit, "category", "SPORTS", "stage", "PREPARATION", "plannedStart", LocalDate.of(1989, 12, 31),
                "plannedFinish", LocalDate.of(2024, 12, 31), "totalInvestment", 100);
        book.row(MILESTONES, "project", code, "seq", 3, "nameZh", "投用", "kind", "OPERATION", "weight", 5,
                "percent", 120);
        book.row(MILESTONES, "project", code, "seq", 4, "nameZh", "移交", "kind", "OPERATION", "weight", 5,
                "percent", 100);
        book.row(OUTPUTS, "project", code, "target", "NO-SUCH-T9", "place", "J01", "planned", 1);
        book.row("资金 Funding lines", "project", code, "source", "MUNICIPAL_BUDGET", "year", 2021, "requested", 1e9,
                "status", "REQUESTED");

        byte[] file = book.bytes();
        JsonNode preview = dryRun(city, file, "zh-CN");
        assertThat(preview.path("accepted").asBoolean()).isFalse();
        assertThat(preview.path("written").asBoolean()).isFalse();
        assertThat(problem(preview, "项目 Projects!K4").path("code").asText()).isEqualTo("input.dateOutOfRange");
        assertThat(problem(preview, "项目 Projects!K4").path("message").asText()).contains("1989-12-31");
        assertThat(problem(preview, "里程碑 Milestones!K5").path("code").asText()).isEqualTo("portfolio.import.percentRange");
        assertThat(problem(preview, "里程碑 Milestones!J6").path("code").asText())
                .isEqualTo("portfolio.import.doneWithoutActual");
        assertThat(problem(preview, "里程碑 Milestones!J6").path("message").asText()).contains("实际日期");
        assertThat(problem(preview, "产出 Outputs!B4").path("code").asText()).isEqualTo("portfolio.import.unknownTarget");
        assertThat(problem(preview, "资金 Funding lines!D4").path("code").asText()).isEqualTo("input.amountTooLarge");
        assertThat(preview.path("problemCount").asInt()).as(preview.path("problems").toString())
                .isEqualTo(preview.path("problems").size()).isEqualTo(5);
        assertThat(preview.path("newLeadUnits").get(0).path("code").asText()).isEqualTo(unit);

        JsonNode english = dryRun(city, file, "en");
        assertThat(problem(english, "里程碑 Milestones!J6").path("message").asText()).contains("actual date");
        assertThat(problem(english, "里程碑 Milestones!J6").path("header").asText()).isEqualTo("Actual");

        // nothing written: the project is unknown, the unit is still "to be created"; other roles are refused
        assertThat(get(city, "projects/" + code).statusCode()).isEqualTo(404);
        assertThat(dryRun(city, file, "zh-CN").path("newLeadUnits").get(0).path("code").asText()).isEqualTo(unit);
        assertThat(post(fixture.user(Role.FINANCE), "portfolio/workbook?dryRun=true", file, "zh-CN").statusCode())
                .isEqualTo(403);
        assertThat(post(fixture.office().username(), "portfolio/workbook?dryRun=false", file, "zh-CN").statusCode())
                .isEqualTo(403);
        assertThat(post(city, "portfolio/workbook?dryRun=true", "not a workbook".getBytes(StandardCharsets.UTF_8), "en")
                .body()).contains("workbook");
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedWith429AndStartsNoJob() throws Exception {
        String city = fixture.user(Role.CITY_GOV);
        Book book = new Book(city);
        book.row("项目单位 Lead units", "code", OfficesFixture.unique("IU"), "nameZh", "并发导入单位");
        byte[] file = book.bytes();
        // an import that is running (another user's, started a moment ago)
        long running = jobs.create(org.citygov.plantracker.domain.model.report.JobType.PORTFOLIO_IMPORT, null,
                fixture.user(Role.ADMIN));
        jobs.start(running);
        jobs.progress(running, 40);
        try {
            HttpResponse<String> zh = post(city, "portfolio/workbook?dryRun=false", file, "zh-CN");
            assertThat(zh.statusCode()).as(zh.body()).isEqualTo(429);
            assertThat(JSON.readTree(zh.body()).toString()).contains("另一个项目组合工作簿导入正在进行", "40%");
            HttpResponse<String> en = post(city, "portfolio/workbook?dryRun=false", file, "en");
            assertThat(en.statusCode()).isEqualTo(429);
            assertThat(en.body()).contains("Another portfolio import is running");
            assertThat(jobs.running(org.citygov.plantracker.domain.model.report.JobType.PORTFOLIO_IMPORT))
                    .extracting(org.citygov.plantracker.application.reports.JobView::id).containsExactly(running);
            // the dry run is not an import: it still answers
            assertThat(dryRun(city, file, "zh-CN").path("accepted").asBoolean()).isTrue();
        } finally {
            jobs.fail(running, "portfolio.import.failed", "test");
        }
        // once it has ended, the next import runs
        JsonNode job = importAndWait(city, file);
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
    }

    @Test
    void oneBadCellAmongThousandsImportsNothingAtAll() throws Exception {
        String city = fixture.user(Role.CITY_GOV);
        String unit = OfficesFixture.unique("IU");
        String prefix = OfficesFixture.unique("BULK");
        Book book = new Book(city);
        book.row("项目单位 Lead units", "code", unit, "nameZh", "批量导入单位");
        int projects = 150;
        for (int p = 0; p < projects; p++) {
            String code = prefix + "-" + p;
            book.row(PROJECTS, "code", code, "nameZh", "批量项目 " + p, "plan", "ZZ-PS-14", "program", "C9.3",
                    "place", "J01", "leadUnit", unit, "category", "SPORTS", "stage", "CONTINUING",
                    "plannedStart", LocalDate.of(2023, 1, 1), "plannedFinish", LocalDate.of(2026, 6, 30),
                    "totalInvestment", 100 + p);
            for (int m = 1; m <= 12; m++) {
                boolean last = p == projects - 1 && m == 12;
                book.row(MILESTONES, "project", code, "seq", m, "nameZh", "步骤 " + m, "kind",
                        m == 1 ? "PREPARATION" : "CONSTRUCTION", "weight", 1,
                        "originalBaseline", LocalDate.of(2023, 1, 1).plusMonths(m * 3L),
                        "baseline", LocalDate.of(2023, 1, 1).plusMonths(m * 3L),
                        "forecast", last ? LocalDate.of(2101, 1, 1) : LocalDate.of(2023, 1, 1).plusMonths(m * 3L),
                        "percent", 0);
            }
        }
        JsonNode job = importAndWait(city, book.bytes());
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("failure").asText()).contains("导入未执行");
        JsonNode result = job.path("result");
        assertThat(result.path("rowsRead").asInt()).isGreaterThan(projects * 13);
        assertThat(result.path("problemCount").asInt()).isEqualTo(1);
        assertThat(result.path("problems").get(0).path("cell").asText())
                .isEqualTo("里程碑 Milestones!I" + (2 + projects * 12));
        assertThat(result.path("written").asBoolean()).isFalse();
        assertThat(get(city, "projects/" + prefix + "-0").statusCode()).isEqualTo(404);
        assertThat(get(city, "projects/" + prefix + "-" + (projects - 1)).statusCode()).isEqualTo(404);
    }

    @Test
    void anImportKeepsHistoryDatesAndTheSameFileTwiceChangesNothing() throws Exception {
        String city = fixture.user(Role.CITY_GOV);
        String code = OfficesFixture.unique("HIST");
        String unit = OfficesFixture.unique("IU");
        String street = OfficesFixture.unique("J01-X");
        Book book = new Book(city);
        book.row("项目单位 Lead units", "code", unit, "nameZh", "历史导入单位", "nameEn", "History unit");
        book.row("地点 Places", "code", street, "nameZh", "导入测试街道", "level", "STREET", "parent", "J01");
        book.row("地点 Places", "code", street + "-C", "nameZh", "导入测试社区", "level", "COMMUNITY", "parent", street);
        sportsPark(book, code, unit, LocalDate.of(2022, 10, 1));
        // its approved re-baseline: 竣工验收 moved from 2022-10-31 to 2022-11-30, approved 2022-05-10
        book.row("基线调整 Re-baselines", "project", code, "revision", 1, "decidedOn", LocalDate.of(2022, 5, 10),
                "reason", "设计变更，增加看台", "seq", 2, "before", LocalDate.of(2022, 10, 31),
                "after", LocalDate.of(2022, 11, 30));
        byte[] file = book.bytes();

        JsonNode preview = dryRun(city, file, "zh-CN");
        assertThat(preview.path("problems")).as(preview.toString()).isEmpty();
        assertNoCodesShown(preview);
        assertThat(preview.path("newPlaces").get(1).path("parentName").asText()).isEqualTo("导入测试街道");
        assertThat(preview.path("newPlaces")).hasSize(2);
        assertThat(preview.path("projectsCreated").asInt()).isEqualTo(1);
        JsonNode job = importAndWait(city, file);
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("progress").asInt()).isEqualTo(100);

        // history dates as written: done 2022-10-01 counts at 2022-12-31, not at 2022-09-30
        assertThat(counted(city, code, "2022-12-31")).isEqualTo("DELIVERED");
        assertThat(counted(city, code, "2022-09-30")).isNotEqualTo("DELIVERED");
        JsonNode evaluated = json(city, "evaluation/projects/" + code + "?asOf=2022-12-31");
        assertThat(evaluated.path("milestones").get(1).path("actual").asText()).isEqualTo("2022-10-01");
        String history = json(city, "projects/" + code + "/history").toString();
        assertThat(history).contains("portfolio.import", "project.stage", "rebaseline.approve");

        // the records a stage and a re-baseline leave when entered by hand: revision 0 (the original baseline,
        // frozen when works started: the first construction milestone… here none, so the planned start) and
        // the approved re-baseline as revision 1, on the day it was approved
        JsonNode baselines = json(city, "projects/" + code + "/baselines");
        assertThat(baselines.path("revisions")).as(baselines.toString()).hasSize(2);
        assertThat(baselines.path("revisions").get(0).path("revision").asInt()).isZero();
        assertThat(baselines.path("revisions").get(1).path("revision").asInt()).isEqualTo(1);
        assertThat(baselines.path("revisions").get(1).path("reason").asText()).isEqualTo("设计变更，增加看台");
        assertThat(baselines.path("revisions").get(1).path("recordedAt").asText()).startsWith("2022-05-10");
        JsonNode completion = baselines.path("milestones").get(1);
        assertThat(completion.path("revisionDates").get(0).asText()).isEqualTo("2022-10-31");
        assertThat(completion.path("revisionDates").get(1).asText()).isEqualTo("2022-11-30");
        JsonNode requests = json(city, "projects/" + code + "/rebaselines");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(requests.get(0).path("decidedAt").asText()).startsWith("2022-05-10");

        // the export carries it back, confirmation date included
        try (XSSFWorkbook exported = new XSSFWorkbook(new ByteArrayInputStream(get(city, "portfolio/workbook").body()))) {
            Sheet outputs = exported.getSheet(OUTPUTS);
            Row row = rowOf(outputs, code);
            assertThat(outputs.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Confirmed on [confirmedOn]");
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 10, 15));
            // the re-baseline exported again is the row imported
            try (XSSFWorkbook imported = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(cells(rowOf(exported.getSheet("基线调整 Re-baselines"), code)))
                        .isEqualTo(cells(rowOf(imported.getSheet("基线调整 Re-baselines"), code)));
            }
        }

        JsonNode again = dryRun(city, file, "zh-CN");
        assertThat(again.path("projectsCreated").asInt()).isZero();
        assertThat(again.path("projectsChanged").asInt()).as(again.path("projects").toString()).isZero();
        assertThat(again.path("recordsCreated").asInt()).isZero();
        assertThat(again.path("recordsChanged").asInt()).isZero();
        assertThat(again.path("newPlaces")).isEmpty();
        String historyBefore = json(city, "projects/" + code + "/history").toString();
        JsonNode second = importAndWait(city, file);
        assertThat(second.path("status").asText()).isEqualTo("DONE");
        assertThat(second.path("result").path("recordsChanged").asInt()).isZero();
        assertThat(json(city, "projects/" + code + "/history").toString()).isEqualTo(historyBefore);

        // a place that contradicts the hierarchy is an error
        Book contradicting = new Book(city);
        contradicting.row("地点 Places", "code", street, "nameZh", "导入测试街道", "level", "TOWNSHIP", "parent", "J01");
        contradicting.row("地点 Places", "code", street + "-C", "nameZh", "导入测试社区", "level", "COMMUNITY", "parent", "J02");
        JsonNode refused = dryRun(city, contradicting.bytes(), "zh-CN");
        assertThat(problem(refused, "地点 Places!D3").path("code").asText())
                .isEqualTo("portfolio.import.placeLevelContradicts");
        assertThat(problem(refused, "地点 Places!E4").path("code").asText())
                .isEqualTo("portfolio.import.placeParentContradicts");
        assertThat(problem(refused, "地点 Places!D3").path("message").asText()).contains("街道", "乡镇");
        assertNoCodesShown(refused);

        // the preview of a change names what changes, before → after in the reader's language, never by code
        Book changed = new Book(city);
        changed.row("项目单位 Lead units", "code", unit, "nameZh", "历史导入单位", "nameEn", "History unit");
        sportsPark(changed, code, unit, LocalDate.of(2022, 10, 1), "COMPLETED", "J02", 450);
        byte[] changedFile = changed.bytes();
        JsonNode zh = dryRun(city, changedFile, "zh-CN");
        assertThat(zh.path("projectsChanged").asInt()).as(zh.toString()).isEqualTo(1);
        JsonNode park = projectIn(zh, code);
        assertThat(park.path("actionLabel").asText()).isEqualTo("修改");
        assertThat(change(park, "stage").path("before").asText()).isEqualTo("投用");
        assertThat(change(park, "stage").path("after").asText()).isEqualTo("竣工");
        assertThat(change(park, "stage").path("afterValue").asText()).isEqualTo("COMPLETED");
        assertThat(change(park, "place").path("before").asText()).isNotBlank().isNotEqualTo("J01");
        assertThat(change(park, "approved").path("before").asText()).isEqualTo("400.00");
        assertThat(change(park, "approved").path("after").asText()).isEqualTo("450.00");
        assertThat(change(park, "approved").path("record").asText()).contains("2022").doesNotContain("MUNICIPAL");
        assertNoCodesShown(zh);
        JsonNode en = dryRun(city, changedFile, "en");
        assertThat(change(projectIn(en, code), "stage").path("after").asText()).isEqualTo("Completed");
        assertThat(projectIn(en, code).path("actionLabel").asText()).isEqualTo("Change");
        assertNoCodesShown(en);

        // imported, the change reads in the project's history like any change by hand: one entry per field, by
        // its label, before → after by name (zh first, en on switch), the thing changed named, never a sentence
        JsonNode changedJob = importAndWait(city, changedFile);
        assertThat(changedJob.path("status").asText()).as(changedJob.toString()).isEqualTo("DONE");
        JsonNode j01 = json(city, "jurisdictions/J01");
        JsonNode j02 = json(city, "jurisdictions/J02");
        JsonNode historyZh = history(city, code, "zh-CN");
        JsonNode placeZh = entry(historyZh, "portfolio.import.changed", "place");
        assertThat(placeZh.path("actionText").asText()).isEqualTo("由项目组合工作簿导入修改");
        assertThat(placeZh.path("fieldText").asText()).isEqualTo("地点");
        assertThat(placeZh.path("before").asText()).isEqualTo(j01.path("nameZh").asText());
        assertThat(placeZh.path("after").asText()).isEqualTo(j02.path("nameZh").asText());
        JsonNode approvedZh = entry(historyZh, "portfolio.import.changed", "approved");
        assertThat(approvedZh.path("fieldText").asText()).isEqualTo("批准金额（万元）");
        assertThat(approvedZh.path("before").asText()).isEqualTo("400.00");
        assertThat(approvedZh.path("after").asText()).isEqualTo("450.00");
        assertThat(approvedZh.path("subject").asText()).contains("2022").doesNotContain("MUNICIPAL");
        JsonNode stageZh = entry(historyZh, "project.stage", "stage");
        assertThat(stageZh.path("before").asText()).isEqualTo("投用");
        assertThat(stageZh.path("after").asText()).isEqualTo("竣工");
        assertNoCodesInHistory(historyZh);
        JsonNode historyEn = history(city, code, "en");
        JsonNode placeEn = entry(historyEn, "portfolio.import.changed", "place");
        assertThat(placeEn.path("actionText").asText()).isEqualTo("Changed by a portfolio workbook import");
        assertThat(placeEn.path("fieldText").asText()).isEqualTo("Place");
        assertThat(placeEn.path("before").asText()).isEqualTo(j01.path("nameEn").asText()).isNotBlank();
        assertThat(entry(historyEn, "project.stage", "stage").path("after").asText()).isEqualTo("Completed");
        assertThat(entry(historyEn, "portfolio.import.created", null).path("actionText").asText())
                .isEqualTo("Created by a portfolio workbook import");
        assertNoCodesInHistory(historyEn);
    }

    private JsonNode history(String user, String code, String language) throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset)
                        + "/plantracker/api/v1/projects/" + code + "/history"))
                .header("Authorization", TOKENS.authorization("http://127.0.0.1:" + (8080 + offset) + "/plantracker/api/v1/",
                        user, PASSWORD))
                .header("Accept-Language", language).GET().build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The newest history entry of an action (and field; null: an event without a field). */
    private static JsonNode entry(JsonNode history, String action, String field) {
        for (JsonNode h : history) {
            if (action.equals(h.path("action").asText())
                    && (field == null ? h.path("field").isNull() || h.path("field").isMissingNode()
                    : field.equals(h.path("field").asText()))) {
                return h;
            }
        }
        throw new AssertionError("no " + action + " " + field + " in " + history);
    }

    /** What people read in a history (action, thing, field, before → after, comment) holds no code or enum value. */
    private static void assertNoCodesInHistory(JsonNode history) {
        com.fasterxml.jackson.databind.node.ArrayNode projects = JSON.createArrayNode();
        com.fasterxml.jackson.databind.node.ObjectNode project = projects.addObject();
        com.fasterxml.jackson.databind.node.ArrayNode changes = project.putArray("changes");
        for (JsonNode h : history) {
            assertThat(h.path("comment").asText()).as(h.toString()).doesNotContain("portfolio import");
            changes.addObject().put("sheet", h.path("actionText").asText()).put("record", h.path("subject").asText())
                    .put("fieldName", h.path("fieldText").asText()).put("before", h.path("before").asText())
                    .put("after", h.path("after").asText());
            changes.addObject().put("before", h.path("comment").asText());
        }
        com.fasterxml.jackson.databind.node.ObjectNode asPreview = JSON.createObjectNode();
        asPreview.set("projects", projects);
        assertNoCodesShown(asPreview);
    }

    /** A row's cells as text (dates as dates, numbers without needless zeros). */
    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) {
                texts.add("");
            } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                texts.add(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
            } else {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    private static JsonNode projectIn(JsonNode preview, String code) {
        for (JsonNode p : preview.path("projects")) {
            if (code.equals(p.path("code").asText())) {
                return p;
            }
        }
        throw new AssertionError(code + " not in " + preview.path("projects"));
    }

    private static JsonNode change(JsonNode project, String field) {
        for (JsonNode c : project.path("changes")) {
            if (field.equals(c.path("field").asText())) {
                return c;
            }
        }
        throw new AssertionError("no change of " + field + " in " + project.path("changes"));
    }

    /**
     * Users read names, never codes or enum names: no text of the preview meant for people (the before →
     * after, the record, the column, the action, a problem's message, a new place's parent) holds a value
     * of the stages, categories, milestone kinds, funding statuses, place levels or a funding source code.
     */
    private static void assertNoCodesShown(JsonNode preview) {
        java.util.Set<String> raw = new java.util.HashSet<>(List.of("MUNICIPAL_BUDGET"));
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                org.citygov.plantracker.domain.model.project.Stage.class,
                org.citygov.plantracker.domain.model.project.Category.class,
                org.citygov.plantracker.domain.model.project.MilestoneKind.class,
                org.citygov.plantracker.domain.model.funding.FundingLineStatus.class,
                org.citygov.plantracker.domain.model.place.JurisdictionLevel.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                raw.add(e.name());
            }
        }
        List<String> shown = new ArrayList<>();
        for (JsonNode p : preview.path("projects")) {
            shown.add(p.path("actionLabel").asText());
            for (JsonNode c : p.path("changes")) {
                for (String f : List.of("sheet", "record", "fieldName", "before", "after")) {
                    shown.add(c.path(f).asText());
                }
            }
        }
        for (JsonNode x : preview.path("problems")) {
            shown.add(x.path("message").asText());
            shown.add(x.path("header").asText());
        }
        for (JsonNode x : preview.path("newPlaces")) {
            shown.add(x.path("parentName").asText());
        }
        for (String text : shown) {
            for (String word : text.split("[^A-Za-z_]+")) {
                assertThat(raw).as("a code shown to people in \"" + text + "\" of " + preview).doesNotContain(word);
            }
        }
    }

    /** How the park counts toward C9.3-T1 in 中原区 at {@code asOf}. */
    private String counted(String user, String code, String asOf) throws Exception {
        JsonNode rows = json(user, "evaluation/targets?asOf=" + asOf + "&target=C9.3-T1&jurisdiction=J01");
        for (JsonNode row : rows) {
            for (JsonNode p : row.path("projects")) {
                if (code.equals(p.path("projectCode").asText())) {
                    return p.path("counted").asText();
                }
            }
        }
        return "absent";
    }
}
