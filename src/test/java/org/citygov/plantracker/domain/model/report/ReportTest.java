package org.citygov.plantracker.domain.model.report;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 15, 10, 0);

    static Report annual() {
        return Report.annual(2023, LocalDate.of(2023, 12, 31), "2023年度报告", null, "city", NOW);
    }

    @Test
    void anAnnualReportHasBlankSectionsForTheCityToWrite() {
        Report report = annual();

        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.getSections()).extracting(NarrativeSection::getKey)
                .containsExactly("overview", "achievements", "problems", "nextSteps");
        assertThat(report.getSections()).allMatch(NarrativeSection::isBlank);
        assertThat(Report.midTerm(LocalDate.of(2023, 6, 30), "中期评估", null, "city", NOW).getSections())
                .extracting(NarrativeSection::getKey).contains("adjustments");
    }

    @Test
    void theDateOfAnAnnualReportLiesInItsYear() {
        assertThatThrownBy(() -> Report.annual(2023, LocalDate.of(2024, 3, 1), "x", null, "city", NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations().get(0).messageKey())
                        .isEqualTo("report.asOfOutsideYear"));
        assertThatThrownBy(() -> Report.midTerm(null, " ", null, "city", NOW)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations()).hasSize(2));
    }

    @Test
    void publishingNeedsEverySectionAndThenFreezesTheReport() {
        Report report = annual();
        report.reviseSection("overview", "总体平稳。", "city", NOW);

        assertThatThrownBy(() -> report.publish("city", NOW, false)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("section.achievements", "section.problems", "section.nextSteps"));

        report.reviseSection("achievements", "托位增加。", "city", NOW);
        report.reviseSection("problems", "部分项目滞后。", "city", NOW);
        report.reviseSection("nextSteps", "加快推进。", "city", NOW);
        assertThat(report.publish("city", NOW, true)).isEmpty();

        assertThat(report.isFrozen()).isTrue();
        assertThat(report.isContainsSample()).isTrue();
        assertThatThrownBy(() -> report.reviseSection("overview", "改写", "city", NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> report.publish("city", NOW, false)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aRevisionCopiesTheNarrativeAndSupersedesThePublishedOneWhenPublished() {
        Report first = Report.followThePlan(LocalDate.of(2023, 6, 30), 3, "J04", "金水区对照规划", null, "city", NOW);
        first.publish("city", NOW, false);

        Report second = first.revise("city", NOW.plusDays(1));
        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(second.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(second.getChapterNo()).isEqualTo(3);
        assertThat(second.getSupersedes()).contains(first);

        assertThat(second.publish("city", NOW.plusDays(2), false)).contains(first);
        assertThat(first.getStatus()).isEqualTo(ReportStatus.SUPERSEDED);
        assertThatThrownBy(() -> annual().revise("city", NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aJobGoesQueuedRunningDoneAndAJobWithoutSignOfLifeIsAbandoned() {
        ReportJob job = new ReportJob(JobType.PLAN_PDF, "{}", "city", NOW);
        assertThat(job.isAbandoned(NOW.plusMinutes(10), Duration.ofMinutes(15))).isFalse();
        assertThat(job.isAbandoned(NOW.plusMinutes(16), Duration.ofMinutes(15))).isTrue();

        job.start(NOW.plusMinutes(1));
        job.advanceTo(40, NOW.plusMinutes(20));
        job.advanceTo(30, NOW.plusMinutes(21));
        assertThat(job.getProgress()).isEqualTo(40);
        assertThat(job.isAbandoned(NOW.plusMinutes(30), Duration.ofMinutes(15))).isFalse();

        job.succeed("plan.pdf", "application/pdf", 1234, NOW.plusMinutes(22));
        assertThat(job.getStatus()).isEqualTo(JobStatus.DONE);
        assertThat(job.getProgress()).isEqualTo(100);
        job.fail("report.jobFailed", "late failure", NOW.plusMinutes(23));
        assertThat(job.getStatus()).isEqualTo(JobStatus.DONE);
    }

    @Test
    void targetsAreClassifiedAheadOnTrackOrBehind() {
        assertThat(ProgressClass.ofTarget(TargetState.MET, false)).isEqualTo(ProgressClass.AHEAD);
        assertThat(ProgressClass.ofTarget(TargetState.MET, true)).isEqualTo(ProgressClass.ON_TRACK);
        assertThat(ProgressClass.ofTarget(TargetState.ON_TRACK, false)).isEqualTo(ProgressClass.ON_TRACK);
        assertThat(ProgressClass.ofTarget(TargetState.AT_RISK, false)).isEqualTo(ProgressClass.ON_TRACK);
        assertThat(ProgressClass.ofTarget(TargetState.WILL_MISS, false)).isEqualTo(ProgressClass.BEHIND);
        assertThat(ProgressClass.ofTarget(TargetState.MISSED, true)).isEqualTo(ProgressClass.BEHIND);
        assertThat(ProgressClass.ofTarget(TargetState.NO_DATA, false)).isEqualTo(ProgressClass.NOT_RATED);
        assertThat(ProgressClass.ofIndicator("ON_LINE")).isEqualTo(ProgressClass.ON_TRACK);
        assertThat(ProgressClass.ofIndicator("NOT_NUMERIC")).isEqualTo(ProgressClass.NOT_RATED);
        assertThat(TargetState.fromEngine("WILL_MISS")).isEqualTo(TargetState.WILL_MISS);
        assertThat(TargetState.fromEngine("SOMETHING_NEW")).isEqualTo(TargetState.NOT_EVALUATED);
    }
}
