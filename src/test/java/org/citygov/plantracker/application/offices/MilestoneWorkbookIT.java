package org.citygov.plantracker.application.offices;

import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.infrastructure.spreadsheet.MilestoneWorkbook.Column;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;

/** The spreadsheet round trip: download, edit, upload — all or nothing. */
@ExtendWith(ArquillianExtension.class)
class MilestoneWorkbookIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    @Inject
    MilestoneWorkbooks workbooks;

    @Inject
    MilestoneProgress progress;

    private static final String MILESTONES_OF_UNIT =
            "SELECT COUNT(m) FROM Milestone m WHERE m.project.leadUnit.code = :u";

    private byte[] download(Office office) {
        return RunAs.user(office.username(), PASSWORD, () -> workbooks.export(key -> key, false));
    }

    private WorkbookImport upload(Office office, byte[] file, List<Integer> progressHeard) {
        return RunAs.user(office.username(), PASSWORD,
                () -> workbooks.upload(new ByteArrayInputStream(file), progressHeard::add));
    }

    @Test
    void anUploadOf500RowsWithOneBadRowLeavesTheDatabaseUnchanged() throws IOException {
        Office office = fixture.office();
        List<ProjectRef> projects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            projects.add(fixture.project(office, Stage.CONTINUING, 100, 0));
        }
        long versionsBefore = fixture.count("SELECT SUM(m.version) FROM Milestone m WHERE m.project.leadUnit.code = :u",
                "u", office.unitCode());
        byte[] downloaded = download(office);
        byte[] edited = edit(downloaded, sheet -> {
            assertThat(sheet.getLastRowNum()).isEqualTo(500);
            for (int r = 1; r <= 500; r++) {
                sheet.getRow(r).getCell(Column.PERCENT.ordinal()).setCellValue(50);
                sheet.getRow(r).getCell(Column.NOTE.ordinal()).setCellValue("批量更新 " + r);
            }
            sheet.getRow(317).getCell(Column.PERCENT.ordinal()).setCellValue(150);
        });
        List<Integer> heard = new ArrayList<>();

        WorkbookImport refused = upload(office, edited, heard);

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.rowsRead()).isEqualTo(500);
        assertThat(refused.rowsChanged()).isZero();
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(318);
            assertThat(e.column()).isEqualTo("K");
            assertThat(e.messageKey()).isEqualTo("milestone.percentRange");
        });
        assertThat(heard).contains(0, 100);
        assertThat(fixture.count(MILESTONES_OF_UNIT + " AND m.percentComplete <> 0", "u", office.unitCode())).isZero();
        assertThat(fixture.count(MILESTONES_OF_UNIT + " AND m.note IS NOT NULL", "u", office.unitCode())).isZero();
        assertThat(fixture.count("SELECT SUM(m.version) FROM Milestone m WHERE m.project.leadUnit.code = :u",
                "u", office.unitCode())).isEqualTo(versionsBefore);
        for (ProjectRef project : projects) {
            assertThat(fixture.auditCount(project.code())).isZero();
        }

        byte[] corrected = edit(edited, sheet -> sheet.getRow(317).getCell(Column.PERCENT.ordinal()).setCellValue(50));
        WorkbookImport accepted = upload(office, corrected, new ArrayList<>());

        assertThat(accepted.errors()).isEmpty();
        assertThat(accepted.rowsChanged()).isEqualTo(500);
        assertThat(fixture.count(MILESTONES_OF_UNIT + " AND m.percentComplete = 50", "u", office.unitCode()))
                .isEqualTo(500);
        assertThat(fixture.auditCount(projects.get(0).code())).isEqualTo(200);
    }

    @Test
    void unchangedRowsAreLeftAloneAndErrorsAreListedByRowAndColumn() throws IOException {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        byte[] downloaded = download(office);

        WorkbookImport untouched = upload(office, downloaded, new ArrayList<>());
        assertThat(untouched.accepted()).isTrue();
        assertThat(untouched.rowsRead()).isEqualTo(3);
        assertThat(untouched.rowsChanged()).isZero();

        byte[] edited = edit(downloaded, sheet -> {
            sheet.getRow(1).getCell(Column.FORECAST.ordinal()).setCellValue("明年");
            sheet.getRow(2).getCell(Column.ACTUAL.ordinal()).setCellValue(OfficesFixture.TODAY.plusDays(5));
            sheet.getRow(3).getCell(Column.MILESTONE_ID.ordinal()).setCellValue(-42);
        });
        WorkbookImport refused = upload(office, edited, new ArrayList<>());

        assertThat(refused.errors()).extracting(e -> e.column() + e.row() + " " + e.messageKey()).containsExactly(
                "I2 workbook.badDate", "J3 milestone.actualInFuture", "K3 milestone.actualNeedsHundred",
                "C4 workbook.unknownMilestone");
        assertThat(fixture.auditCount(project.code())).isZero();
    }

    @Test
    void aRowOfAnotherUnitsMilestoneIsRefusedAndNothingIsWritten() throws IOException {
        Office office = fixture.office();
        Office other = fixture.office();
        fixture.project(office);
        ProjectRef theirs = fixture.project(other);
        byte[] edited = edit(download(office), sheet -> {
            sheet.getRow(1).getCell(Column.PERCENT.ordinal()).setCellValue(30);
            Row forged = sheet.getRow(2);
            forged.getCell(Column.PROJECT_CODE.ordinal()).setCellValue(theirs.code());
            forged.getCell(Column.MILESTONE_ID.ordinal()).setCellValue(theirs.milestone(0));
            forged.getCell(Column.PERCENT.ordinal()).setCellValue(99);
        });

        WorkbookImport refused = upload(office, edited, new ArrayList<>());

        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("A");
            assertThat(e.messageKey()).isEqualTo("access.otherUnit");
        });
        assertThat(fixture.milestone(theirs.milestone(0)).getPercentComplete()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(fixture.count(MILESTONES_OF_UNIT + " AND m.percentComplete <> 0", "u", office.unitCode())).isZero();
    }

    @Test
    void aMilestoneChangedSinceTheDownloadIsAConflictOnItsRow() throws IOException {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        byte[] downloaded = download(office);
        Long id = project.milestone(1);
        RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(project.code(), id,
                fixture.version(id), BigDecimal.valueOf(10), null, null, "页面上改过")));

        byte[] edited = edit(downloaded, sheet -> sheet.getRow(2).getCell(Column.PERCENT.ordinal()).setCellValue(70));
        WorkbookImport refused = upload(office, edited, new ArrayList<>());

        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.messageKey()).isEqualTo("workbook.conflict");
        });
        assertThat(fixture.milestone(id).getPercentComplete()).isEqualByComparingTo("10");
    }

    static byte[] edit(byte[] file, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
