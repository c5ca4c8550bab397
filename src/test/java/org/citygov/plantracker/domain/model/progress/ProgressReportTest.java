package org.citygov.plantracker.domain.model.progress;

import org.citygov.plantracker.domain.model.project.ProjectFixture;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressReportTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    private final ProjectFixture f = ProjectFixture.inStage(Stage.CONTINUING);
    private final List<ProgressReport> existing = new ArrayList<>();

    private static MonthlyReportContent content(String month, long thisMonth, long cumulative, String correction) {
        return new MonthlyReportContent(YearMonth.parse(month), BigDecimal.valueOf(thisMonth), BigDecimal.valueOf(cumulative),
                correction, BigDecimal.valueOf(40), "拆迁未完成",
                List.of(new CoordinationRequest("市自然资源和规划局", "加快用地手续办理")));
    }

    private ProgressReport file(MonthlyReportContent content, LocalDateTime at) {
        ProgressReport report = ProgressReport.file(f.project, content, existing, "office-a", at);
        existing.add(report);
        return report;
    }

    @Test
    void aReportFiledByTheDueDayOfTheNextMonthIsOnTimeLaterIsLate() {
        ProgressReport october = file(content("2026-10", 100, 1000, null), LocalDateTime.of(2026, 11, 10, 18, 0));
        ProgressReport september = file(content("2026-09", 100, 900, null), LocalDateTime.of(2026, 11, 11, 9, 0));

        assertThat(october.isLate()).isFalse();
        assertThat(october.getDueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(september.isLate()).isTrue();
        assertThat(october.getCoordination()).extracting(CoordinationRequest::getDepartment)
                .containsExactly("市自然资源和规划局");
    }

    @Test
    void oneReportPerProjectPerMonth() {
        file(content("2026-10", 100, 1000, null), NOW);
        assertThatThrownBy(() -> file(content("2026-10", 100, 1000, null), NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.duplicateMonth"));
    }

    @Test
    void aMonthThatHasNotBegunCannotBeReported() {
        assertThatThrownBy(() -> file(content("2026-12", 100, 1000, null), NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.monthInFuture"));
        file(content("2026-11", 100, 1000, null), NOW);
    }

    @Test
    void theCumulativeInvestmentCannotGoDownWithoutACorrectionNote() {
        file(content("2026-09", 100, 1000, null), NOW);
        assertThatThrownBy(() -> file(content("2026-10", 0, 900, null), NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.cumulativeDecrease"));

        ProgressReport corrected = file(content("2026-10", 0, 900, "9月多报了100元，予以更正"), NOW);
        assertThat(corrected.getCorrectionNote()).isEqualTo("9月多报了100元，予以更正");
    }

    @Test
    void aMonthFiledLateCannotExceedALaterMonthsCumulativeWithoutANote() {
        file(content("2026-10", 100, 1000, null), NOW);
        assertThatThrownBy(() -> file(content("2026-09", 100, 1200, null), NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.cumulativeAboveLater"));
        file(content("2026-09", 100, 900, null), NOW);
    }

    @Test
    void amountsProgressAndCoordinationAreChecked() {
        MonthlyReportContent bad = new MonthlyReportContent(YearMonth.of(2026, 10), BigDecimal.valueOf(-1), null, null,
                BigDecimal.valueOf(120), null, List.of(new CoordinationRequest(" ", "请协调"),
                new CoordinationRequest("市财政局", null)));
        assertThatThrownBy(() -> file(bad, NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactlyInAnyOrder("report.amountRequired",
                        "report.amountRequired", "report.progressRange", "report.departmentRequired",
                        "report.requestRequired"));
        assertThatThrownBy(() -> file(content("2026-10", 500, 400, null), NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.cumulativeBelowMonth"));
    }

    @Test
    void theCumulativeMessagesGiveTheAmountsInWanYuanAsTheFormDoes() {
        // the form takes 万元; the message's figures must not switch to 元 (issue 16 item 8)
        assertThatThrownBy(() -> file(content("2026-10", 5_000_000, 4_000_000, null), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.getViolations().get(0).arguments())
                        .usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
                        .containsExactly(new BigDecimal("400"), new BigDecimal("500")));
    }

    @Test
    void reserveAndWithdrawnProjectsFileNoReports() {
        ProjectFixture reserve = ProjectFixture.inStage(Stage.RESERVE);
        assertThatThrownBy(() -> ProgressReport.file(reserve.project, content("2026-10", 1, 1, null), List.of(),
                "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.projectNotReporting"));
    }

    @Test
    void evidenceIsToldByItsContentAndLimitedInSizeAndNumber() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        byte[] pdf = "%PDF-1.7\n".getBytes();
        byte[] exe = "MZ\u0090\u0000".getBytes();
        assertThat(EvidenceType.detect(jpeg)).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.detect(png)).contains(EvidenceType.PNG);
        assertThat(EvidenceType.detect(pdf)).contains(EvidenceType.PDF);
        assertThat(EvidenceType.detect(exe)).isEmpty();

        assertThat(ProgressReport.evidenceProblems("photo.jpg", exe.length, EvidenceType.detect(exe)))
                .extracting(RuleViolation.Violation::messageKey).containsExactly("report.evidenceType");
        assertThat(ProgressReport.evidenceProblems("big.pdf", ProgressReport.MAX_EVIDENCE_BYTES + 1,
                Optional.of(EvidenceType.PDF)))
                .extracting(RuleViolation.Violation::messageKey).containsExactly("report.evidenceTooLarge");
        assertThat(ProgressReport.safeFileName("..\\..\\C:/windows/现场\"照片\".jpg")).isEqualTo("现场照片.jpg");

        ProgressReport report = file(content("2026-10", 100, 1000, null), NOW);
        for (int i = 0; i < ProgressReport.MAX_EVIDENCE_FILES; i++) {
            report.attach("p" + i + ".jpg", EvidenceType.JPEG, 10, "x", "k" + i, "office-a", NOW);
        }
        assertThatThrownBy(() -> report.attach("one-more.jpg", EvidenceType.JPEG, 10, "x", "k", "office-a", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("report.tooManyFiles"));
    }

    private static List<String> keys(Throwable e) {
        return ((RuleViolation) e).getViolations().stream().map(RuleViolation.Violation::messageKey).toList();
    }
}
