package org.citygov.plantracker.infrastructure.importing.plan;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ColumnDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.IndicatorDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.JurisdictionDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ProgramDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ScheduleDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.StageDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.TargetDef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled 14th-FYP definition (plans/zz-ps-14) reads cleanly and says what the plan says. */
class BundledPlanDefinitionTest {

    private static PlanDefinition plan;

    @BeforeAll
    static void read() {
        plan = new PlanDefinitionReader().readClasspath(BundledPlanDefinitionTest.class.getClassLoader(),
                "plans/zz-ps-14");
    }

    @Test
    void indexListsTheBundledPlan() {
        assertThat(PlanDefinitionReader.bundledFolders(getClass().getClassLoader())).containsExactly("plans/zz-ps-14");
        assertThat(new PlanDefinitionReader().readBundled(getClass().getClassLoader()))
                .extracting(PlanDefinition::code).containsExactly("ZZ-PS-14");
    }

    @Test
    void documentMetadata() {
        assertThat(plan.code()).isEqualTo("ZZ-PS-14");
        assertThat(plan.location()).isEqualTo("classpath:plans/zz-ps-14");
        assertThat(plan.document().titleZh()).isEqualTo("郑州市“十四五”公共服务和社会保障规划");
        assertThat(plan.document().docNo()).isEqualTo("郑政〔2022〕33号");
        assertThat(plan.document().issuerZh()).isEqualTo("郑州市人民政府");
        assertThat(plan.document().issued()).isEqualTo(LocalDate.of(2022, 12, 2));
        assertThat(plan.document().published()).isEqualTo(LocalDate.of(2022, 12, 29));
        assertThat(plan.document().periodStartYear()).isEqualTo(2022);
        assertThat(plan.document().periodEndYear()).isEqualTo(2025);
        assertThat(plan.document().outlookYear()).isEqualTo(2035);
        assertThat(plan.sourceTextLocation()).isEqualTo("plans/zz-ps-14/plan.zh.txt");
        assertThat(plan.contentDigest()).matches("[0-9a-f]{64}");
    }

    @Test
    void digestIsStable() {
        PlanDefinition again = new PlanDefinitionReader().readClasspath(getClass().getClassLoader(), "plans/zz-ps-14");
        assertThat(again.contentDigest()).isEqualTo(plan.contentDigest());
    }

    @Test
    void thirteenChapters() {
        assertThat(plan.chapters()).hasSize(13);
        assertThat(plan.chapters().get(2).titleZh()).isEqualTo("提供安全普惠的婴幼儿照护服务");
        assertThat(plan.chapters().get(12).titleEn()).isEqualTo("Implementation safeguards");
    }

    @Test
    void countsOfTheDefinition() {
        assertThat(plan.indicators()).hasSize(35);
        assertThat(plan.columns()).hasSize(9);
        assertThat(plan.programs()).hasSize(37);
        assertThat(plan.columnTargets()).hasSize(135);
        assertThat(plan.chapterTextTargets()).hasSize(86);
        assertThat(plan.allTargets().map(TargetDef::code).distinct()).hasSize(221);
        assertThat(plan.jurisdictions()).hasSize(16)
                .allSatisfy(j -> {
                    assertThat(j.level()).isEqualTo(JurisdictionLevel.DISTRICT);
                    assertThat(j.parentCode()).isEqualTo("ZZ");
                });
        assertThat(plan.city().code()).isEqualTo("ZZ");
        assertThat(plan.city().nameZh()).isEqualTo("郑州市");
    }

    @Test
    void columnEightKeepsItsPrintedTitleWithTheNote() {
        ColumnDef seven = plan.columns().get(6);
        ColumnDef eight = plan.columns().get(7);
        assertThat(eight.number()).isEqualTo(8);
        assertThat(eight.titleZh()).isEqualTo("专栏8:住房保障体系工程");
        assertThat(seven.titleZh()).isEqualTo("专栏7:住房保障体系工程");
        assertThat(eight.chapter()).isEqualTo(10);
        assertThat(eight.note()).contains("same as 专栏7").contains("kept here as printed");
    }

    @Test
    void fiveYearsThreeLeapsHasThreeDatedStages() {
        ProgramDef childcare = plan.program("C1.4").orElseThrow();
        ScheduleDef schedule = childcare.stagedSchedule().orElseThrow();
        assertThat(schedule.nameZh()).isEqualTo("五年三跨越");
        assertThat(schedule.stages()).extracting(StageDef::deadline).containsExactly(
                LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31), LocalDate.of(2025, 12, 31));
        assertThat(schedule.stages()).extracting(StageDef::targetCodes).containsExactly(
                List.of("C1.4-T1", "C1.4-T2", "C1.4-T3"),
                List.of("C1.4-T4", "C1.4-T5", "C1.4-T6"),
                List.of("C1.4-T7", "C1.4-T8", "C1.4-T9", "C1.4-T10"));
        assertThat(childcare.targets()).hasSize(10).allSatisfy(t ->
                assertThat(schedule.stages().get(t.stage() - 1).targetCodes()).contains(t.code()));
        assertThat(childcare.targets()).extracting(TargetDef::stage).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3, 3);
    }

    @Test
    void undatedScheduleKeepsItsYearOffsets() {
        ScheduleDef socialWork = plan.program("C6.4").orElseThrow().stagedSchedule().orElseThrow();
        assertThat(socialWork.stages()).hasSize(4).allSatisfy(s -> assertThat(s.deadline()).isNull());
        assertThat(socialWork.stages()).extracting(StageDef::yearOffset).containsExactly(1, 2, 3, 5);
    }

    @Test
    void stageOneTargetOfTheTwoInstitutionGroup() {
        TargetDef t1 = plan.target("C1.4-T1").orElseThrow();
        assertThat(t1.programCode()).isEqualTo("C1.4");
        assertThat(t1.chapter()).isEqualTo(3);
        assertThat(t1.kind()).isEqualTo(TargetKind.TARGET);
        assertThat(t1.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(t1.value()).isEqualByComparingTo("2");
        assertThat(t1.minPlacesPerInstitution()).isEqualTo(50);
        assertThat(t1.deadline()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(t1.deadlineBasis()).isEqualTo(DeadlineBasis.EXPLICIT);
        assertThat(t1.scope()).isEqualTo(TargetScope.PER_JURISDICTION_GROUP);
        assertThat(t1.descriptionZh()).isEqualTo("市内各区、郑东新区、郑州经开区、郑州高新区至少要建成2家");
    }

    @Test
    void groupsComeFromTheStageOneMinimaAndFromNamedDistricts() {
        assertThat(plan.groupMembersOf("C1.4-T1"))
                .containsExactly("J01", "J02", "J03", "J04", "J06", "J13", "J14", "J15");
        assertThat(plan.groupMembersOf("C1.4-T2"))
                .containsExactly("J05", "J07", "J08", "J09", "J10", "J11", "J12", "J16");
        assertThat(plan.groupMembersOf("C2.1-T7")).containsExactly("J04", "J12");
        assertThat(plan.groupMembersOf("C6.3-T1")).isEmpty();
        assertThat(plan.target("C6.3-T1").orElseThrow().scopeDetail()).contains("上街区");
    }

    @Test
    void rangesAndDecimals() {
        TargetDef range = plan.target("C2.1-T1").orElseThrow();
        assertThat(range.comparison()).isEqualTo(Comparison.RANGE);
        assertThat(range.value()).isNull();
        assertThat(range.min()).isEqualByComparingTo("1");
        assertThat(range.max()).isEqualByComparingTo("2");
        assertThat(plan.target("C9.3-T2").orElseThrow().value()).isEqualByComparingTo("0.9");
        assertThat(plan.target("CH2-T02").orElseThrow().value()).isEqualByComparingTo("9040000");
    }

    @Test
    void chapterTextTargets() {
        TargetDef ch2 = plan.target("CH2-T01").orElseThrow();
        assertThat(ch2.isChapterText()).isTrue();
        assertThat(ch2.chapter()).isEqualTo(2);
        assertThat(ch2.section()).isEqualTo("第三节 主要目标");
        assertThat(ch2.indicatorRefs()).containsExactly("IND-14");
        assertThat(plan.target("CH2-T04").orElseThrow().indicatorRefs()).containsExactly("IND-20", "IND-21");
        TargetDef renovation = plan.target("CH9-T07").orElseThrow();
        assertThat(renovation.cumulative()).isTrue();
        assertThat(renovation.baselineText()).isEqualTo("680");
        assertThat(renovation.related()).containsExactly("C7.1");
        assertThat(plan.target("CH2-T02").orElseThrow().details())
                .startsWith("breakdown: 城乡居民基本养老保险 238万人");
        assertThat(plan.target("C8.2-T2").orElseThrow().details()).startsWith("components_zh: 军供食堂、军人医务室");
    }

    @Test
    void cumulativeIndicators() {
        assertThat(plan.indicators()).filteredOn(IndicatorDef::cumulative).extracting(IndicatorDef::code)
                .containsExactly("IND-08", "IND-09", "IND-22", "IND-35");
        IndicatorDef jobs = plan.indicator("IND-08").orElseThrow();
        assertThat(jobs.baselineYear()).isEqualTo(2020);
        assertThat(jobs.targetYear()).isEqualTo(2025);
        assertThat(jobs.targetValue()).isEqualByComparingTo("60");
        assertThat(jobs.nature()).isEqualTo(IndicatorNature.BINDING);
    }

    @Test
    void indicatorCellsThatAreWordsHaveNoNumber() {
        IndicatorDef orphans = plan.indicator("IND-05").orElseThrow();
        assertThat(orphans.baselineText()).isEqualTo("≥99");
        assertThat(orphans.baselineValue()).isEqualByComparingTo("99");
        assertThat(orphans.targetText()).isEqualTo("应保尽保");
        assertThat(orphans.targetValue()).isNull();
        assertThat(plan.indicator("IND-01").orElseThrow().targetValue()).isEqualByComparingTo("81");
        assertThat(plan.indicator("IND-19").orElseThrow().baselineValue()).isNull();
        assertThat(plan.indicator("IND-32").orElseThrow().targetValue()).isEqualByComparingTo("85");
        IndicatorDef zeroJobless = plan.indicator("IND-10").orElseThrow();
        assertThat(zeroJobless.baselineText()).isNull();
        assertThat(zeroJobless.unit()).isNull();
    }

    @Test
    void jurisdictions() {
        JurisdictionDef shangjie = plan.jurisdictions().stream().filter(j -> j.code().equals("J05")).findFirst()
                .orElseThrow();
        assertThat(shangjie.nameZh()).isEqualTo("上街区");
        assertThat(shangjie.kind()).isEqualTo(JurisdictionKind.URBAN_DISTRICT);
        assertThat(shangjie.population()).isNull();
        // A unit's stage-1 minimum is the figure of the first-stage group target that holds it, not a column of
        // the unit: 市内各区 (5, without 上街区) + 3 zones = 8 at two; 6 县(市) + 上街区 + 航空港区 = 8 at one
        assertThat(plan.target("C1.4-T2").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(plan.groupMembersOf("C1.4-T2")).contains(shangjie.code()).hasSize(8);
        assertThat(plan.target("C1.4-T1").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(plan.groupMembersOf("C1.4-T1")).doesNotContain(shangjie.code()).hasSize(8);
    }

    @Test
    void numberOfATableCell() {
        assertThat(PlanDefinitionReader.number("80.48")).isEqualByComparingTo(new BigDecimal("80.48"));
        assertThat(PlanDefinitionReader.number("≥90")).isEqualByComparingTo("90");
        assertThat(PlanDefinitionReader.number(">50")).isEqualByComparingTo("50");
        assertThat(PlanDefinitionReader.number("81左右")).isEqualByComparingTo("81");
        assertThat(PlanDefinitionReader.number("30—35")).isNull();
        assertThat(PlanDefinitionReader.number("保持较高水平")).isNull();
        assertThat(PlanDefinitionReader.number(null)).isNull();
    }
}
