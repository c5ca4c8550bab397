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
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;
import static org.citygov.plantracker.application.offices.OfficesFixture.TODAY;

/** The portfolio workbook download (issue 13), opened with POI and read cell by cell. */
@ExtendWith(ArquillianExtension.class)
class PortfolioWorkbookRestIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset)
                        + "/plantracker/api/v1/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
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
}
