package org.citygov.plantracker.domain.model.project;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.domain.model.project.MilestoneTest.keys;

class ProjectStageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void worksCannotStartBeforeEveryPreparationMilestoneIsDone() {
        ProjectFixture f = ProjectFixture.inStage(Stage.PREPARATION);
        Milestone land = f.milestone("用地批复", MilestoneKind.PREPARATION, LocalDate.of(2026, 6, 30));
        f.milestone("主体施工", MilestoneKind.CONSTRUCTION, LocalDate.of(2027, 6, 30));

        assertThatThrownBy(() -> f.project.moveTo(Stage.NEW_START, null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("project.preparationOpen"));
        assertThat(f.project.getStage()).isEqualTo(Stage.PREPARATION);

        land.updateProgress(null, null, LocalDate.of(2026, 7, 2), null, TODAY);
        f.project.moveTo(Stage.NEW_START, null);
        assertThat(f.project.getStage()).isEqualTo(Stage.NEW_START);
    }

    @Test
    void completionIsRefusedWhileAMilestoneLacksAnActualDate() {
        ProjectFixture f = ProjectFixture.inStage(Stage.CONTINUING);
        Milestone structure = f.milestone("主体结构封顶", MilestoneKind.CONSTRUCTION, LocalDate.of(2026, 6, 30));
        Milestone acceptance = f.milestone("竣工验收", MilestoneKind.COMPLETION, LocalDate.of(2026, 10, 30));
        structure.updateProgress(null, null, LocalDate.of(2026, 7, 1), null, TODAY);

        assertThatThrownBy(() -> f.project.moveTo(Stage.COMPLETED, null))
                .satisfies(e -> {
                    assertThat(keys(e)).containsExactly("project.milestoneOpen");
                    assertThat(((RuleViolation) e).getViolations().get(0).arguments()).containsExactly("竣工验收");
                });

        acceptance.updateProgress(null, null, LocalDate.of(2026, 11, 2), null, TODAY);
        f.project.moveTo(Stage.COMPLETED, null);
        assertThat(f.project.getStage()).isEqualTo(Stage.COMPLETED);
    }

    @Test
    void completionNeedsEveryOutputConfirmedWithItsActualQuantity() {
        ProjectFixture f = ProjectFixture.inStage(Stage.NEW_START);
        f.milestone("竣工验收", MilestoneKind.COMPLETION, LocalDate.of(2026, 10, 30))
                .updateProgress(null, null, LocalDate.of(2026, 11, 2), null, TODAY);
        ProjectOutput places = f.output(BigDecimal.valueOf(120));

        assertThatThrownBy(() -> f.project.moveTo(Stage.COMPLETED, null))
                .satisfies(e -> assertThat(keys(e)).containsExactly("project.outputUnconfirmed"));

        places.confirm(BigDecimal.valueOf(110));
        f.project.moveTo(Stage.COMPLETED, null);
        assertThat(places.expectedQuantity()).isEqualByComparingTo("110");
    }

    @Test
    void stagesFollowTheLibraryOrderAndWithdrawalNeedsAReason() {
        ProjectFixture f = ProjectFixture.inStage(Stage.RESERVE);
        assertThatThrownBy(() -> f.project.moveTo(Stage.COMPLETED, null))
                .satisfies(e -> assertThat(keys(e)).containsExactly("project.stageTransition"));
        assertThatThrownBy(() -> f.project.moveTo(Stage.WITHDRAWN, "  "))
                .satisfies(e -> assertThat(keys(e)).containsExactly("project.withdrawalReason"));

        f.project.moveTo(Stage.WITHDRAWN, " 用地调整，项目取消 ");
        assertThat(f.project.getStage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(f.project.getWithdrawalReason()).isEqualTo("用地调整，项目取消");
        assertThatThrownBy(() -> f.project.moveTo(Stage.PREPARATION, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aNegativeActualQuantityIsRefused() {
        ProjectFixture f = ProjectFixture.inStage(Stage.NEW_START);
        ProjectOutput places = f.output(BigDecimal.valueOf(120));
        assertThatThrownBy(() -> places.confirm(BigDecimal.valueOf(-1)))
                .satisfies(e -> assertThat(keys(e)).containsExactly("output.actualNegative"));
        assertThat(places.isConfirmed()).isFalse();
    }
}
