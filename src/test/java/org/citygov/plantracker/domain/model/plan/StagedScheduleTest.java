package org.citygov.plantracker.domain.model.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagedScheduleTest {

    private final Plan plan = PlanFixtures.plan();
    private final Chapter ch3 = plan.addChapter(3, "提供安全普惠的婴幼儿照护服务", null);
    private final Program childcare = plan.addColumnBox(1, "专栏1:优生优育服务重点工程", null, ch3, null, null, null)
            .addProgram("C1.4", "普惠托育服务设施建设工程", null, ch3, null);
    private final StagedSchedule leaps = childcare.defineStagedSchedule("五年三跨越", "Three leaps in five years",
            "“十四五”期间实现“五年三跨越”。", null);

    @Test
    void stagesAreNumberedInOrderAndDatedInOrder() {
        leaps.addStage(1, LocalDate.of(2022, 12, 31), "2022年年底", null, "…", null);
        assertThatThrownBy(() -> leaps.addStage(3, LocalDate.of(2025, 12, 31), null, null, "…", null))
                .hasMessage("五年三跨越: expected stage 2, got 3");
        assertThatThrownBy(() -> leaps.addStage(2, LocalDate.of(2021, 12, 31), null, null, "…", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurrentStage() {
        leaps.addStage(1, LocalDate.of(2022, 12, 31), "2022年年底", null, "…", null);
        leaps.addStage(2, LocalDate.of(2023, 12, 31), "到2023年", null, "…", null);
        leaps.addStage(3, LocalDate.of(2025, 12, 31), "到2025年", null, "…", null);

        assertThat(leaps.currentStage(LocalDate.of(2022, 12, 31))).get().extracting(ScheduleStage::getNumber)
                .isEqualTo(1);
        assertThat(leaps.currentStage(LocalDate.of(2024, 3, 1))).get().extracting(ScheduleStage::getNumber)
                .isEqualTo(3);
        assertThat(leaps.currentStage(LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(leaps.stage(2)).get().extracting(ScheduleStage::getDeadlineText).isEqualTo("到2023年");
    }

    @Test
    void undatedStagesCountYears() {
        StagedSchedule socialWork = plan.columnBox(1).orElseThrow().addProgram("C6.4", "社工站", null, ch3, null)
                .defineStagedSchedule("一年起步、两年铺开、三年建成、五年提升", null, null, "No base year.");
        ScheduleStage start = socialWork.addStage(1, null, null, 1, "一年起步", "year 1: start");

        assertThat(start.isDated()).isFalse();
        assertThat(start.getYearOffset()).isEqualTo(1);
        assertThat(socialWork.currentStage(LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void oneSchedulePerProgram() {
        assertThatThrownBy(() -> childcare.defineStagedSchedule("again", null, null, null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(childcare.getStagedSchedule()).contains(leaps);
    }
}
