package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.application.reports.ReportContent.TargetLine;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.application.reports.ReportFixtures.AS_OF;

class ReportContentBuilderTest {

    private static ReportContent build(Integer chapter, String district, TargetState state) {
        return ReportFixtures.content(ReportRequest.followThePlan(AS_OF, chapter, district, state));
    }

    private static TargetLine target(ReportContent content, String code) {
        return content.targetLines().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void listsChapterByChapterAndProgramByProgramInPlanOrder() {
        ReportContent content = build(null, null, null);

        assertThat(content.chapters()).extracting(ReportContent.ChapterBlock::headingZh)
                .containsExactly(ReportFixtures.CHAPTER_3, ReportFixtures.CHAPTER_4);
        assertThat(content.chapters().get(0).programs()).extracting(ReportContent.ProgramBlock::code)
                .containsExactly("C1.4", null);
        assertThat(content.chapters().get(0).programs().get(0).targets()).extracting(TargetLine::code)
                .containsExactly("C1.4-T1", "C1.4-T3");
    }

    @Test
    void takesEachTargetsStatusFromTheCityRowAndClassifiesIt() {
        ReportContent content = build(null, null, null);

        // C1.4-T1 was met at its 2022 deadline: 符合; C2.1-T1 already met before 2025: 提前;
        // C1.4-T3 will miss: 滞后; CH3-T01 has no verdict: 未评价
        assertThat(target(content, "C1.4-T1").state()).isEqualTo(TargetState.MET);
        assertThat(target(content, "C1.4-T1").progress()).isEqualTo(ProgressClass.ON_TRACK);
        assertThat(target(content, "C2.1-T1").progress()).isEqualTo(ProgressClass.AHEAD);
        TargetLine places = target(content, "C1.4-T3");
        assertThat(places.state()).isEqualTo(TargetState.WILL_MISS);
        assertThat(places.progress()).isEqualTo(ProgressClass.BEHIND);
        // shortfall = R − F = 76000 − 60000
        assertThat(places.shortfall()).isEqualByComparingTo("16000");
        assertThat(places.causes()).containsExactly("P-LATE 二七区托育园");
        assertThat(places.units()).extracting(ReportContent.UnitLine::unitCode, ReportContent.UnitLine::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("J01", TargetState.ON_TRACK),
                        org.assertj.core.groups.Tuple.tuple("J02", TargetState.WILL_MISS));
        assertThat(places.projects()).extracting(ReportContent.ProjectLine::code, ReportContent.ProjectLine::band)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P-OK", null),
                        org.assertj.core.groups.Tuple.tuple("P-LATE", "RED"));
        assertThat(target(content, "CH3-T01").state()).isEqualTo(TargetState.NOT_EVALUATED);
        assertThat(target(content, "CH3-T01").progress()).isEqualTo(ProgressClass.NOT_RATED);
    }

    @Test
    void countsTargetsAndIndicatorsByClass() {
        ReportContent.Counts counts = build(null, null, null).counts();

        assertThat(counts.targets()).containsEntry(ProgressClass.AHEAD, 1).containsEntry(ProgressClass.ON_TRACK, 1)
                .containsEntry(ProgressClass.BEHIND, 1).containsEntry(ProgressClass.NOT_RATED, 1);
        assertThat(counts.targetsOnOrAbove()).isEqualTo(2);
        // IND-02 ahead (binding), IND-04 behind, IND-05 without an observation
        assertThat(counts.indicatorsOnOrAbove()).isEqualTo(1);
        assertThat(counts.indicatorTotal()).isEqualTo(3);
        assertThat(counts.bindingOnOrAbove()).isEqualTo(1);
        assertThat(counts.bindingTotal()).isEqualTo(1);
    }

    @Test
    void aDistrictReadsItsOwnRowAndItsOwnProjects() {
        ReportContent content = build(null, "J02", null);

        assertThat(content.header().districtNameZh()).isEqualTo("二七区");
        assertThat(target(content, "C1.4-T1").state()).isEqualTo(TargetState.MISSED);
        assertThat(target(content, "C1.4-T1").progress()).isEqualTo(ProgressClass.BEHIND);
        assertThat(target(content, "C1.4-T3").required()).isEqualByComparingTo("6000");
        assertThat(target(content, "C1.4-T3").projects()).extracting(ReportContent.ProjectLine::code)
                .containsExactly("P-LATE");
        // a citywide target keeps the city's verdict, with only this district's projects under it
        assertThat(target(content, "C2.1-T1").state()).isEqualTo(TargetState.MET);
        assertThat(target(content, "C2.1-T1").projects()).isEmpty();
        assertThat(content.lateProjects()).extracting(ReportContent.LateProjectLine::code).containsExactly("P-LATE");
        assertThat(build(null, "J01", null).lateProjects()).isEmpty();
    }

    @Test
    void filtersByStatusAndChapter() {
        ReportContent willMiss = build(null, null, TargetState.WILL_MISS);
        assertThat(willMiss.targetLines()).extracting(TargetLine::code).containsExactly("C1.4-T3");
        assertThat(willMiss.chapters()).hasSize(1);
        assertThat(willMiss.lateProjects()).hasSize(1);

        ReportContent education = build(4, null, null);
        assertThat(education.targetLines()).extracting(TargetLine::code).containsExactly("C2.1-T1");
        assertThat(education.lateProjects()).isEmpty();
    }

    @Test
    void withoutTheEngineEveryTargetIsNotEvaluated() {
        ReportContent content = ReportContentBuilder.build(ReportRequest.followThePlan(AS_OF, null, null, null),
                ReportFixtures.inputs(PlanProgress.notEvaluated(AS_OF)), List.of(), ReportFixtures.GENERATED);

        assertThat(content.header().evaluated()).isFalse();
        assertThat(content.targetLines()).extracting(TargetLine::state).containsOnly(TargetState.NOT_EVALUATED);
        assertThat(content.counts().targets(ProgressClass.NOT_RATED)).isEqualTo(4);
    }

    @Test
    void chartsPerDistrictForTargetsMeasuredInSeveralDistricts() {
        ReportContent content = build(null, null, null);

        assertThat(content.charts().districtBars()).extracting(ReportContent.DistrictBars::targetCode)
                .containsExactly("C1.4-T1", "C1.4-T3");
        assertThat(content.charts().districtBars().get(1).bars()).extracting(ReportContent.Bar::nameZh)
                .containsExactly("中原区", "二七区");
    }

    @Test
    void thePublicVersionLeavesOutTheRecordedReasons() {
        ReportContent content = ReportFixtures.annual();
        assertThat(content.lateProjects().get(0).reasons()).containsExactly(ReportFixtures.LATE_REASON);

        assertThat(content.forPublic().lateProjects().get(0).reasons()).isEmpty();
        assertThat(content.forPublic().lateProjects().get(0).code()).isEqualTo("P-LATE");
    }

    @Test
    void frozenContentReadsBackTheSame() throws Exception {
        ReportContent content = ReportFixtures.annual();

        String json = FrozenContent.toJson(content);
        ReportContent back = FrozenContent.JSON.readValue(json, ReportContent.class);

        assertThat(back).isEqualTo(content);
        assertThat(json).contains("二七区托育园");
    }
}
