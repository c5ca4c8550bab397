package org.citygov.plantracker.application.offices;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.progress.CoordinationRequest;
import org.citygov.plantracker.domain.model.progress.MonthlyReportContent;
import org.citygov.plantracker.domain.service.ReportingCalendar;
import org.citygov.plantracker.infrastructure.storage.EvidenceStore;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.LocalHttp;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;
import static org.citygov.plantracker.application.offices.OfficesFixture.TODAY;
import static org.citygov.plantracker.application.offices.OfficesFixture.keys;

/** Monthly progress reports (月度调度) through the service layer. */
@ExtendWith(ArquillianExtension.class)
class MonthlyReportsIT {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    @Inject
    MonthlyReports reports;

    @Inject
    ProjectHistory history;

    static MonthlyReportContent content(YearMonth month, long thisMonth, long cumulative, String correction) {
        return new MonthlyReportContent(month, BigDecimal.valueOf(thisMonth), BigDecimal.valueOf(cumulative), correction,
                BigDecimal.valueOf(35), "征地拆迁尚未完成",
                List.of(new CoordinationRequest("市自然资源和规划局", "请加快办理用地手续")));
    }

    @Test
    void anOfficeFilesAReportWithEvidenceStoredOutsideTheWebRoot() throws IOException {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        YearMonth month = YearMonth.from(TODAY);

        MonthlyReportView filed = RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(
                project.code(), content(month, 1_200_000, 8_300_000, null),
                List.of(new EvidenceUpload("C:\\现场\\照片.jpg", JPEG), new EvidenceUpload("验收报告.pdf", PDF)))));

        assertThat(filed.month()).isEqualTo(month.toString());
        assertThat(filed.late()).isFalse();
        assertThat(filed.coordination()).extracting(MonthlyReportView.Coordination::department)
                .containsExactly("市自然资源和规划局");
        assertThat(filed.evidence()).extracting(MonthlyReportView.Evidence::fileName).containsExactly("照片.jpg", "验收报告.pdf");
        assertThat(filed.evidence()).extracting(MonthlyReportView.Evidence::contentType)
                .containsExactly("image/jpeg", "application/pdf");

        Path store = EvidenceStore.directory().toAbsolutePath().normalize();
        assertThat(store.toString()).doesNotContain("plantracker.war").contains("data");
        EvidenceContent photo = RunAs.user(office.username(), PASSWORD,
                () -> reports.evidence(project.code(), filed.evidence().get(0).id()));
        try (InputStream in = photo.opener().open()) {
            assertThat(in.readAllBytes()).isEqualTo(JPEG);
        }
        // the project page's link (offices/evidence?code=…&id=…), opened in the office's signed-in session
        LocalHttp.Session session = LocalHttp.signIn(office.username(), PASSWORD);
        String link = "offices/evidence?code=" + project.code() + "&id=";
        HttpResponse<byte[]> pdf = session.get(link + filed.evidence().get(1).id());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("inline").contains(".pdf"));
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.body()).isEqualTo(PDF);
        assertThat(session.get(link + filed.evidence().get(0).id()).body()).isEqualTo(JPEG);
        assertThat(session.get(link + "abc").statusCode()).isEqualTo(404);
        assertThat(session.get(link + Long.MAX_VALUE).statusCode()).isEqualTo(404);
        Office stranger = fixture.office();
        assertThat(LocalHttp.signIn(stranger.username(), PASSWORD).get(link + filed.evidence().get(1).id()).statusCode())
                .isEqualTo(403);

        assertThat(RunAs.user(office.username(), PASSWORD, () -> history.of(project.code())))
                .extracting(HistoryEntry::action)
                .contains("report.submit", "report.evidence", "report.evidence");
    }

    @Test
    void oneReportPerMonthAndTheCumulativeInvestmentDoesNotGoDownWithoutACorrectionNote() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        YearMonth previous = YearMonth.from(TODAY).minusMonths(1);
        YearMonth current = YearMonth.from(TODAY);
        RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(project.code(),
                content(previous, 1_000_000, 5_000_000, null), List.of())));

        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(
                project.code(), content(previous, 1_000_000, 5_000_000, null), List.of()))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.duplicateMonth"));
        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(
                project.code(), content(current, 0, 4_500_000, null), List.of()))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.cumulativeDecrease"));
        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(
                project.code(), content(YearMonth.from(OfficesFixture.today()).plusMonths(1), 0, 6_000_000, null), List.of()))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.monthInFuture"));

        MonthlyReportView corrected = RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(
                project.code(), content(current, 0, 4_500_000, "上月误将设备预付款计入，现予更正"), List.of())));
        assertThat(corrected.correctionNote()).isEqualTo("上月误将设备预付款计入，现予更正");
        assertThat(fixture.count("SELECT COUNT(r) FROM ProgressReport r WHERE r.project.code.value = :c",
                "c", project.code())).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAPhotoOrPdfIsRefusedAndNothingIsStored() throws IOException {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        long filesBefore = countFiles();

        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(
                project.code(), content(YearMonth.from(TODAY), 1, 1, null),
                List.of(new EvidenceUpload("photo.jpg", JPEG), new EvidenceUpload("invoice.pdf.exe", "MZ\0\0".getBytes()),
                        new EvidenceUpload("empty.png", new byte[0]))))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.evidenceType", "report.evidenceType",
                        "report.evidenceEmpty"));

        assertThat(fixture.count("SELECT COUNT(r) FROM ProgressReport r WHERE r.project.code.value = :c",
                "c", project.code())).isZero();
        assertThat(countFiles()).isEqualTo(filesBefore);
    }

    @Test
    void lateAndMissingReportsAreVisible() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        LocalDate today = OfficesFixture.today();
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        RunAs.user(office.username(), PASSWORD, () -> reports.submit(new ReportSubmission(project.code(),
                content(previous, 100, 100, null), List.of())));

        ReportOverview overview = RunAs.user(office.username(), PASSWORD, () -> reports.overview(project.code()));

        boolean late = today.isAfter(ReportingCalendar.dueDate(previous));
        assertThat(overview.reports()).singleElement().satisfies(r -> assertThat(r.late()).isEqualTo(late));
        assertThat(overview.calendar()).hasSize(13);
        assertThat(overview.calendar().get(11).status())
                .isEqualTo(late ? ReportingCalendar.Status.LATE : ReportingCalendar.Status.ON_TIME);
        assertThat(overview.calendar().get(12).status()).isEqualTo(ReportingCalendar.Status.DUE);
        assertThat(overview.calendar().subList(0, 10))
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(ReportingCalendar.Status.MISSING));
        assertThat(overview.missing()).isGreaterThanOrEqualTo(10);
        assertThat(overview.late()).isEqualTo(late ? 1 : 0);
    }

    @Test
    void anotherUnitCanNeitherFileNorReadAndNothingIsWritten() {
        Office owner = fixture.office();
        Office other = fixture.office();
        ProjectRef project = fixture.project(owner);

        assertThatThrownBy(() -> RunAs.user(other.username(), PASSWORD, () -> reports.submit(new ReportSubmission(
                project.code(), content(YearMonth.from(TODAY), 1, 1, null), List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(other.username(), PASSWORD, () -> reports.overview(project.code())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.count("SELECT COUNT(r) FROM ProgressReport r WHERE r.project.code.value = :c",
                "c", project.code())).isZero();
    }

    private static long countFiles() throws IOException {
        Path store = EvidenceStore.directory();
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
