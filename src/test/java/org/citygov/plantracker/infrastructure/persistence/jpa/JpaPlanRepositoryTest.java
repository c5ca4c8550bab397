package org.citygov.plantracker.infrastructure.persistence.jpa;

import org.citygov.plantracker.infrastructure.time.ClockProducer;
import org.citygov.plantracker.application.plan.PlanLoader;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.ScheduleStage;
import org.citygov.plantracker.domain.model.plan.StagedSchedule;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.test.jpa.PlanEntities;
import org.citygov.plantracker.test.jpa.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the bundled plan back through the repositories, as the UI and REST will. */
class JpaPlanRepositoryTest {

    private static TestDatabase db;

    @BeforeAll
    static void loadBundledPlan() {
        db = PlanEntities.database();
        db.run(em -> new PlanLoader(new JpaPlanRepository(em), new JpaJurisdictionRepository(em),
                Clock.system(ClockProducer.CITY_ZONE)).loadBundledPlans());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    /** Runs {@code check} with the repository and the loaded plan, in a fresh persistence context. */
    private static void read(BiConsumer<JpaPlanRepository, Plan> check) {
        db.run(em -> {
            JpaPlanRepository plans = new JpaPlanRepository(em);
            check.accept(plans, plans.findByCode("ZZ-PS-14").orElseThrow());
        });
    }

    @Test
    void thePlanAsIssued() {
        read((plans, plan) -> {
            assertThat(plans.findAll()).containsExactly(plan);
            assertThat(plan.getTitleZh()).isEqualTo("郑州市“十四五”公共服务和社会保障规划");
            assertThat(plan.getDocument().getDocNo()).isEqualTo("郑政〔2022〕33号");
            assertThat(plan.getDocument().getIssuedOn()).isEqualTo(LocalDate.of(2022, 12, 2));
            assertThat(plan.getPeriod().getStartYear()).isEqualTo(2022);
            assertThat(plan.getPeriod().getEndYear()).isEqualTo(2025);
            assertThat(plan.getPeriod().getOutlookYear()).isEqualTo(2035);
            assertThat(plan.getContentDigest()).hasSize(64);
            assertThat(plan.getSourcePath()).isEqualTo("plans/zz-ps-14/plan.zh.txt");
            assertThat(plans.findByCode("ZZ-PS-15")).isEmpty();
        });
    }

    @Test
    void chapters() {
        read((plans, plan) -> {
            assertThat(plans.findChapters(plan)).hasSize(13);
            assertThat(plans.findChapters(plan).get(10).headingZh()).isEqualTo("第十一章 丰富完善公共文化体育供给服务");
        });
    }

    @Test
    void indicatorsInCodeOrder() {
        read((plans, plan) -> {
            List<Indicator> indicators = plans.findIndicators(plan);
            assertThat(indicators).hasSize(35);
            assertThat(indicators).extracting(Indicator::getCode).isSorted().startsWith("IND-01").endsWith("IND-35");
            Indicator jobs = plans.findIndicator(plan, "IND-08").orElseThrow();
            assertThat(jobs.labelZh()).isEqualTo("城镇新增就业人数(万人)");
            assertThat(jobs.displayTarget()).isEqualTo("〔60〕");
            assertThat(jobs.getNature()).isEqualTo(IndicatorNature.BINDING);
            assertThat(jobs.getBaseline().getYear()).isEqualTo(2020);
            Indicator orphans = plans.findIndicator(plan, "IND-05").orElseThrow();
            assertThat(orphans.getTarget().getText()).isEqualTo("应保尽保");
            assertThat(orphans.getTarget().isNumeric()).isFalse();
            assertThat(orphans.getComparison()).isEqualTo(Comparison.QUALITATIVE);
        });
    }

    @Test
    void programsWithTheirTargetsInPlanOrder() {
        read((plans, plan) -> {
            List<Program> programs = plans.findProgramsWithTargets(plan);
            assertThat(programs).hasSize(37);
            assertThat(programs).extracting(Program::getCode).isSorted();
            assertThat(programs.stream().mapToInt(p -> p.getTargets().size()).sum()).isEqualTo(135);
            Program childcare = programs.stream().filter(p -> p.getCode().equals("C1.4")).findFirst().orElseThrow();
            assertThat(childcare.getTargets()).extracting(Target::getCode).containsExactly("C1.4-T1", "C1.4-T2",
                    "C1.4-T3", "C1.4-T4", "C1.4-T5", "C1.4-T6", "C1.4-T7", "C1.4-T8", "C1.4-T9", "C1.4-T10");
            assertThat(plans.findTargets(childcare)).extracting(Target::getCode).endsWith("C1.4-T9", "C1.4-T10");
            assertThat(childcare.getColumnBox().getNumber()).isEqualTo(1);
            assertThat(childcare.getChapter().getNumber()).isEqualTo(3);
        });
    }

    @Test
    void theThreeLeapsSchedule() {
        read((plans, plan) -> {
            StagedSchedule leaps = plans.findProgram(plan, "C1.4").orElseThrow().getStagedSchedule().orElseThrow();
            assertThat(leaps.getNameZh()).isEqualTo("五年三跨越");
            assertThat(leaps.getStages()).extracting(ScheduleStage::getDeadline).containsExactly(
                    LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31), LocalDate.of(2025, 12, 31));
            assertThat(leaps.getStages().get(1).getTargets()).extracting(Target::getCode)
                    .containsExactly("C1.4-T4", "C1.4-T5", "C1.4-T6");
            assertThat(leaps.currentStage(LocalDate.of(2023, 6, 30))).get().extracting(ScheduleStage::getNumber)
                    .isEqualTo(2);
            Target t5 = plans.findTarget(plan, "C1.4-T5").orElseThrow();
            assertThat(t5.getStage()).get().extracting(ScheduleStage::getNumber).isEqualTo(2);
            assertThat(t5.getMinPlacesPerInstitution()).isEqualTo(30);
            assertThat(t5.appliesToLevel(JurisdictionLevel.TOWNSHIP)).isTrue();
        });
    }

    @Test
    void groupTargetsKnowTheirDistricts() {
        read((plans, plan) -> {
            Target twoEach = plans.findTarget(plan, "C1.4-T1").orElseThrow();
            assertThat(twoEach.getScope()).isEqualTo(TargetScope.PER_JURISDICTION_GROUP);
            assertThat(twoEach.jurisdictionCodes()).isEqualTo("J01,J02,J03,J04,J06,J13,J14,J15");
            Target oneEach = plans.findTarget(plan, "C1.4-T2").orElseThrow();
            assertThat(oneEach.jurisdictionCodes()).isEqualTo("J05,J07,J08,J09,J10,J11,J12,J16");
            assertThat(plans.findTarget(plan, "C2.1-T7").orElseThrow().jurisdictionCodes()).isEqualTo("J04,J12");
            assertThat(plans.findTarget(plan, "C6.3-T1").orElseThrow().getJurisdictions()).isEmpty();
            var shangjie = oneEach.getJurisdictions().stream().filter(j -> j.getCode().equals("J05")).findFirst()
                    .orElseThrow();
            assertThat(oneEach.appliesTo(shangjie)).isTrue();
            assertThat(twoEach.appliesTo(shangjie)).isFalse();
        });
    }

    @Test
    void perPopulationTargets() {
        read((plans, plan) -> {
            Target t3 = plans.findTarget(plan, "C1.4-T3").orElseThrow();
            assertThat(t3.isPerPopulation()).isTrue();
            assertThat(t3.getMeasure().getTargetValue()).isEqualByComparingTo("2");
            assertThat(t3.getDeadline().getBasis()).isEqualTo(DeadlineBasis.EXPLICIT);
            assertThat(plans.findTarget(plan, "C1.4-T9").orElseThrow().getIndicatorCodes()).containsExactly("IND-04");
            assertThat(plans.findTargets(plan).stream().filter(Target::isPerPopulation).map(Target::getCode))
                    .contains("C1.4-T3", "C1.4-T6", "C1.4-T9");
        });
    }

    @Test
    void columnEightKeepsItsMisprintedTitleAndSaysSo() {
        read((plans, plan) -> {
            List<ColumnBox> boxes = plans.findColumnBoxes(plan);
            assertThat(boxes).hasSize(9);
            ColumnBox seven = boxes.get(6);
            ColumnBox eight = boxes.get(7);
            assertThat(eight.getTitleZh()).isEqualTo("专栏8:住房保障体系工程");
            assertThat(eight.hasAmbiguousTitle()).isTrue();
            assertThat(eight.getAmbiguityNote()).contains("same as 专栏7");
            assertThat(seven.hasAmbiguousTitle()).isFalse();
            assertThat(seven.getNote()).contains("Column 7 gives no numbers");
            assertThat(boxes.stream().filter(ColumnBox::hasAmbiguousTitle)).containsExactly(eight);
        });
    }

    @Test
    void chapterTextTargets() {
        read((plans, plan) -> {
            List<Target> text = plans.findChapterTextTargets(plan);
            assertThat(text).hasSize(86).allSatisfy(t -> assertThat(t.isChapterTextTarget()).isTrue());
            assertThat(text.get(0).getCode()).isEqualTo("CH2-T01");
            assertThat(plans.findTargets(plan)).hasSize(221);
            var chapter3 = plans.findChapters(plan).get(2);
            assertThat(plans.findTargets(chapter3)).extracting(Target::getCode)
                    .contains("C1.1-T1", "C1.4-T10").anyMatch(code -> code.startsWith("CH3-"));
        });
    }

    @Test
    void targetsRestatingAnIndicator() {
        read((plans, plan) -> {
            Indicator disabledAllowance = plans.findIndicator(plan, "IND-20").orElseThrow();
            assertThat(plans.findTargetsRestating(disabledAllowance)).extracting(Target::getCode).contains("CH2-T04");
        });
    }

    @Test
    void findById() {
        read((plans, plan) -> {
            Target target = plans.findTarget(plan, "C5.2-T1").orElseThrow();
            assertThat(plans.findTarget(target.getId())).contains(target);
            Program program = target.getProgram().orElseThrow();
            assertThat(plans.findProgram(program.getId())).contains(program);
            assertThat(plans.findChapter(program.getChapter().getId())).contains(program.getChapter());
            assertThat(plans.findTarget(-1)).isEmpty();
            assertThat(target.getWording().getDetails()).isEqualTo("bed_range: 100张以上、300张床位以下");
        });
    }
}
