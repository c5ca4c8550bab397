package org.citygov.plantracker.domain.model.library;

import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the library does to a project: re-plan its open outputs, carry it into a new plan. */
class ProjectLibraryChangesTest {

    final LibraryFixtures f = new LibraryFixtures();

    @Test
    void replanningKeepsAnOutputTowardTheSameTargetAndPlaceAddsNewOnesAndDropsTheRest() {
        Project p = f.project(Stage.RESERVE);
        ProjectOutput places = p.getOutputs().get(0);
        p.replanOutputs(List.of(new Project.OutputPlan(f.places14, f.jinshui, new BigDecimal("150"), "托位"),
                new Project.OutputPlan(f.institutions14, f.jinshui, BigDecimal.ONE, "家")));
        assertThat(p.getOutputs()).hasSize(2);
        assertThat(p.getOutputs().get(0)).isSameAs(places);
        assertThat(places.getPlannedQuantity()).isEqualByComparingTo("150");
        p.replanOutputs(List.of(new Project.OutputPlan(f.institutions14, f.jinshui, BigDecimal.ONE, "家")));
        assertThat(p.getOutputs()).extracting(o -> o.getTarget().getCode()).containsExactly("C1.4-T10");
    }

    @Test
    void carryingOverMovesTheProjectToTheNewPlansProgramAndRelinksItsOpenOutputs() {
        Project p = f.project(Stage.CONTINUING);
        p.carryInto(f.childcare15, t -> t == f.places14 ? f.places15 : null);
        assertThat(p.getProgram()).isSameAs(f.childcare15);
        assertThat(p.getOutputs().get(0).getTarget()).isSameAs(f.places15);
        assertThatThrownBy(() -> p.carryInto(f.childcare15, t -> t))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                        .isEqualTo("project.carrySamePlan"));
    }

    @Test
    void anUnmappedOutputOrAFinishedProjectIsNotCarried() {
        Project open = f.project(Stage.RESERVE);
        assertThatThrownBy(() -> open.carryInto(f.childcare15, t -> null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                        .isEqualTo("project.carryTargetUnmapped"));
        assertThat(open.getProgram()).isSameAs(f.childcare14);
        Project withdrawn = f.project(Stage.RESERVE);
        withdrawn.moveTo(Stage.WITHDRAWN, "不再建设");
        assertThatThrownBy(() -> withdrawn.carryInto(f.childcare15, t -> f.places15))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                        .isEqualTo("project.carryFinished"));
    }
}
