package org.citygov.plantracker.domain.model.project;

import org.citygov.plantracker.domain.model.project.MilestoneTemplate.StepDraft;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.domain.model.project.MilestoneTest.keys;

class MilestonePlanTest {

    private static MilestonePlanItem step(String name, MilestoneKind kind, int weight, LocalDate baseline) {
        return new MilestonePlanItem(name, name + " (en)", kind, BigDecimal.valueOf(weight), baseline);
    }

    @Test
    void aReserveProjectsPlanIsAddedReorderedChangedAndRemoved() {
        ProjectFixture f = ProjectFixture.inStage(Stage.RESERVE);
        Milestone permit = f.project.planMilestone(step("施工许可", MilestoneKind.PREPARATION, 10, LocalDate.of(2024, 6, 30)), null);
        Milestone works = f.project.planMilestone(step("主体完工", MilestoneKind.CONSTRUCTION, 60, LocalDate.of(2026, 6, 30)), null);
        Milestone design = f.project.planMilestone(step("设计批复", MilestoneKind.PREPARATION, 5, LocalDate.of(2024, 4, 30)), 1);

        assertThat(f.project.getMilestones()).extracting(Milestone::getNameZh).containsExactly("设计批复", "施工许可", "主体完工");
        assertThat(f.project.getMilestones()).extracting(Milestone::getSeqNo).containsExactly(1, 2, 3);

        f.project.moveMilestone(design, 3);
        assertThat(f.project.getMilestones()).extracting(Milestone::getNameZh).containsExactly("施工许可", "主体完工", "设计批复");
        assertThat(design.getSeqNo()).isEqualTo(3);

        f.project.replanMilestone(works, step("主体封顶", MilestoneKind.CONSTRUCTION, 70, LocalDate.of(2026, 9, 30)));
        assertThat(works.getNameZh()).isEqualTo("主体封顶");
        assertThat(works.getOriginalBaseline()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(works.getBaseline()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(works.getForecast()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(works.getWeight()).isEqualByComparingTo("70");

        f.project.removeMilestone(permit);
        assertThat(f.project.getMilestones()).extracting(Milestone::getNameZh).containsExactly("主体封顶", "设计批复");
        assertThat(f.project.getMilestones()).extracting(Milestone::getSeqNo).containsExactly(1, 2);
    }

    @Test
    void everyProblemOfAStepIsReportedAndNothingIsAdded() {
        ProjectFixture f = ProjectFixture.inStage(Stage.PREPARATION);
        assertThatThrownBy(() -> f.project.planMilestone(new MilestonePlanItem(" ", null, null,
                BigDecimal.valueOf(-1), LocalDate.of(1989, 12, 31)), null))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.plan.nameRequired",
                        "milestone.plan.kindRequired", "milestone.plan.weightRange", "milestone.plan.baselineRange"));
        assertThat(f.project.getMilestones()).isEmpty();
    }

    @Test
    void worksCannotStartWithoutAPlanAndStartingFreezesIt() {
        ProjectFixture f = ProjectFixture.inStage(Stage.PREPARATION);
        assertThatThrownBy(() -> f.project.moveTo(Stage.NEW_START, null))
                .satisfies(e -> assertThat(keys(e)).containsExactly("project.planRequired"));
        assertThat(f.project.getStage()).isEqualTo(Stage.PREPARATION);

        Milestone works = f.project.planMilestone(step("主体完工", MilestoneKind.CONSTRUCTION, 1, LocalDate.of(2026, 6, 30)), null);
        f.project.moveTo(Stage.NEW_START, null);
        assertThat(works.getOriginalBaseline()).isEqualTo(LocalDate.of(2026, 6, 30));

        assertThatThrownBy(() -> f.project.replanMilestone(works, step("x", MilestoneKind.CONSTRUCTION, 1,
                LocalDate.of(2027, 1, 1)))).satisfies(e -> assertThat(keys(e)).containsExactly("milestone.plan.frozen"));
        assertThatThrownBy(() -> f.project.planMilestone(step("x", MilestoneKind.CONSTRUCTION, 1,
                LocalDate.of(2027, 1, 1)), null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> f.project.removeMilestone(works)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> f.project.moveMilestone(works, 1)).isInstanceOf(RuleViolation.class);
        assertThat(works.getBaseline()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aDoneStepIsHistoryAndCannotBeRemoved() {
        ProjectFixture f = ProjectFixture.inStage(Stage.PREPARATION);
        Milestone land = f.project.planMilestone(step("用地批复", MilestoneKind.PREPARATION, 1, LocalDate.of(2024, 6, 30)), null);
        land.updateProgress(null, null, LocalDate.of(2024, 7, 2), null, LocalDate.of(2026, 11, 29));
        assertThatThrownBy(() -> f.project.removeMilestone(land))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.plan.removeDone"));
    }

    @Test
    void aTemplatePlacesItsStepsWithinThePlannedSpan() {
        MilestoneTemplate template = new MilestoneTemplate(Category.CHILDCARE);
        template.redefine(List.of(
                new StepDraft("选址及设计批复", "Site and design approval", MilestoneKind.PREPARATION, BigDecimal.TEN, BigDecimal.ZERO),
                new StepDraft("主体完工", "Main structure", MilestoneKind.CONSTRUCTION, BigDecimal.valueOf(60), new BigDecimal("0.5")),
                new StepDraft("投用", "In use", MilestoneKind.OPERATION, BigDecimal.TEN, BigDecimal.ONE)));
        List<MilestonePlanItem> plan = template.planFor(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(plan).extracting(MilestonePlanItem::baseline).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 7, 2), LocalDate.of(2026, 12, 31));
        assertThat(plan).extracting(MilestonePlanItem::kind).containsExactly(MilestoneKind.PREPARATION,
                MilestoneKind.CONSTRUCTION, MilestoneKind.OPERATION);

        assertThatThrownBy(() -> template.redefine(List.of(new StepDraft("", null, MilestoneKind.OPERATION,
                BigDecimal.ONE, new BigDecimal("1.5")))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("milestone.plan.nameRequired", "template.spanShare"));
        assertThat(template.getSteps()).hasSize(3);
    }
}
