package org.citygov.plantracker.domain.model.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.domain.model.plan.PlanFixtures.atLeast;
import static org.citygov.plantracker.domain.model.plan.PlanFixtures.dueEnd2022;

class PlanTest {

    private final Plan plan = PlanFixtures.plan();
    private final Chapter ch3 = plan.addChapter(3, "提供安全普惠的婴幼儿照护服务", "Infant and toddler care");

    @Test
    void aRepeatedPrintedTitleIsKeptAndFlagged() {
        Chapter ch9 = plan.addChapter(9, "优化提升城乡居民住房保障服务", "Housing");
        Chapter ch10 = plan.addChapter(10, "落实政策强化退役军人保障服务", "Veterans");
        ColumnBox seven = plan.addColumnBox(7, "专栏7:住房保障体系工程", null, ch9, "housing", null,
                "Column 7 gives no numbers.");
        ColumnBox eight = plan.addColumnBox(8, "专栏8:住房保障体系工程", null, ch10, "veterans", null,
                "The source prints the title of 专栏8 as that of 专栏7.");

        assertThat(eight.getTitleZh()).isEqualTo("专栏8:住房保障体系工程");
        assertThat(eight.hasAmbiguousTitle()).isTrue();
        assertThat(eight.getAmbiguityNote()).isEqualTo("The source prints the title of 专栏8 as that of 专栏7.");
        assertThat(eight.getNote()).isNull();
        assertThat(seven.hasAmbiguousTitle()).isFalse();
        assertThat(seven.getNote()).isEqualTo("Column 7 gives no numbers.");
    }

    @Test
    void aRepeatedTitleWithoutANoteGetsAStandardOne() {
        plan.addColumnBox(1, "专栏1:优生优育服务重点工程", null, ch3, null, null, null);
        ColumnBox twin = plan.addColumnBox(2, "专栏2:优生优育服务重点工程", null, ch3, null, null, null);

        assertThat(twin.getAmbiguityNote())
                .isEqualTo("The printed title repeats that of 专栏1 (优生优育服务重点工程).");
    }

    @Test
    void programAndTargetCodesAreUniqueInThePlan() {
        ColumnBox box = plan.addColumnBox(1, "专栏1:优生优育服务重点工程", null, ch3, null, null, null);
        Program program = box.addProgram("C1.4", "普惠托育服务设施建设工程", null, ch3, null);
        program.addTarget("C1.4-T1", TargetKind.TARGET, TargetWording.of("至少要建成2家", null),
                atLeast("institutions", "2"), dueEnd2022(), TargetScope.PER_JURISDICTION_GROUP, null);

        assertThatThrownBy(() -> box.addProgram("C1.4", "again", null, ch3, null))
                .hasMessage("ZZ-PS-14 already uses the code C1.4");
        assertThatThrownBy(() -> plan.addChapterTextTarget(ch3, "C1.4-T1", TargetKind.TARGET,
                TargetWording.of("x", null), Measure.qualitative(null, null, null), Deadline.none(),
                TargetScope.CITYWIDE, null)).hasMessage("ZZ-PS-14 already uses the code C1.4-T1");
        assertThatThrownBy(() -> plan.addChapter(3, "again", null)).hasMessage("ZZ-PS-14 already has chapter 3");
    }

    @Test
    void targetsKeepTheirDefinitionOrder() {
        ColumnBox box = plan.addColumnBox(1, "专栏1:优生优育服务重点工程", null, ch3, null, null, null);
        Program program = box.addProgram("C1.4", "普惠托育服务设施建设工程", null, ch3, null);
        for (int i = 1; i <= 10; i++) {
            program.addTarget("C1.4-T" + i, TargetKind.QUALITATIVE, TargetWording.of("目标" + i, null),
                    Measure.qualitative(null, null, null), Deadline.none(), TargetScope.CITYWIDE, null);
        }
        Target chapterText = plan.addChapterTextTarget(ch3, "CH3-T01", TargetKind.TARGET,
                TargetWording.of("接种率达到90%以上", null).inSection("第一节 提升优生优育服务水平"),
                atLeast("vaccination_rate", "90"), dueEnd2022(), TargetScope.CITYWIDE, null);

        assertThat(program.getTargets()).extracting(Target::getSeq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(chapterText.getSeq()).isEqualTo(11);
        assertThat(chapterText.isChapterTextTarget()).isTrue();
        assertThat(chapterText.getSection()).isEqualTo("第一节 提升优生优育服务水平");
        assertThat(plan.target("C1.4-T10")).isPresent();
        assertThat(plan.program("C1.4")).contains(program);
    }

    @Test
    void partsMustBelongToThePlan() {
        Plan other = PlanFixtures.plan();
        Chapter foreign = other.addChapter(3, "别的规划", null);

        assertThatThrownBy(() -> plan.addColumnBox(1, "专栏1:x", null, foreign, null, null, null))
                .hasMessage("Chapter 3 belongs to another plan");
    }

    @Test
    void theDigestIdentifiesTheDefinition() {
        assertThat(plan.isDefinedBy(PlanFixtures.DIGEST)).isTrue();
        assertThat(plan.isDefinedBy("1".repeat(64))).isFalse();
        assertThatThrownBy(() -> new Plan("zz", plan.getDocument(), plan.getPeriod(), PlanFixtures.DIGEST, null,
                plan.getLoadedAt())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Plan("ZZ-PS-14", plan.getDocument(), plan.getPeriod(), "abc", null,
                plan.getLoadedAt())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlanPeriod() {
        PlanPeriod period = plan.getPeriod();
        assertThat(period.covers(2022)).isTrue();
        assertThat(period.covers(2026)).isFalse();
        assertThat(period.lastDay()).isEqualTo("2025-12-31");
        assertThatThrownBy(() -> new PlanPeriod(2025, 2022, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanPeriod(2022, 2025, 2024)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chapterHeadingsAsPrinted() {
        assertThat(ch3.headingZh()).isEqualTo("第三章 提供安全普惠的婴幼儿照护服务");
        assertThat(Chapter.chineseNumeral(10)).isEqualTo("十");
        assertThat(Chapter.chineseNumeral(13)).isEqualTo("十三");
        assertThat(Chapter.chineseNumeral(20)).isEqualTo("二十");
        assertThat(Chapter.chineseNumeral(21)).isEqualTo("二十一");
    }
}
