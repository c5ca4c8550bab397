package org.citygov.plantracker.application.offices;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;
import static org.citygov.plantracker.application.offices.OfficesFixture.TODAY;

/** Stage changes and output confirmation through the service layer. */
@ExtendWith(ArquillianExtension.class)
class StageChangesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    @Inject
    org.citygov.plantracker.test.LibraryTestData libraryData;

    @Inject
    StageChanges stages;

    @Inject
    MilestoneProgress progress;

    @Inject
    ProjectHistory history;

    private MilestoneView complete(Office office, ProjectRef project, int index) {
        Long id = project.milestone(index);
        return RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(project.code(), id,
                fixture.milestone(id).getVersion(), null, null, TODAY, null)));
    }

    /** A stage change by the given user, sending the project version as stored right now. */
    private StageView move(String username, ProjectRef project, Stage stage, String reason) {
        long version = fixture.projectVersion(project.code());
        return RunAs.user(username, PASSWORD, () -> stages.change(new StageChange(project.code(), version, stage,
                reason)));
    }

    @Test
    void completionIsRefusedWhileAMilestoneLacksAnActualDate() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office, Stage.CONTINUING, 3, 0);
        complete(office, project, 0);
        complete(office, project, 1);

        assertThatThrownBy(() -> move(office.username(), project, Stage.COMPLETED, null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation.Violation v = ((RuleViolation) e).getViolations().get(0);
                    assertThat(v.messageKey()).isEqualTo("project.milestoneOpen");
                    assertThat(v.arguments()).containsExactly("里程碑3");
                });
        assertThat(fixture.projectNamed(project.code()).getStage()).isEqualTo(Stage.CONTINUING);

        complete(office, project, 2);
        StageView done = move(office.username(), project, Stage.COMPLETED, null);
        assertThat(done.stage()).isEqualTo(Stage.COMPLETED);
        assertThat(done.next()).containsExactly(Stage.IN_USE);
        assertThat(RunAs.user(office.username(), PASSWORD, () -> history.of(project.code())))
                .filteredOn(h -> "stage".equals(h.field())).singleElement()
                .satisfies(h -> {
                    assertThat(h.before()).isEqualTo("CONTINUING");
                    assertThat(h.after()).isEqualTo("COMPLETED");
                });
    }

    @Test
    void completionNeedsEveryOutputConfirmedWithItsActualQuantity() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office, Stage.NEW_START, 2, 1);
        complete(office, project, 0);
        complete(office, project, 1);
        assertThatThrownBy(() -> move(office.username(), project, Stage.COMPLETED, null))
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations().get(0).messageKey())
                        .isEqualTo("project.outputUnconfirmed"));

        long outputVersion = fixture.withEntityManager(em -> em.find(
                org.citygov.plantracker.domain.model.project.ProjectOutput.class, project.outputIds().get(0)).getVersion());
        OutputView confirmed = RunAs.user(office.username(), PASSWORD, () -> stages.confirmOutput(
                new OutputConfirmation(project.code(), project.outputIds().get(0), outputVersion, BigDecimal.valueOf(96))));
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.actualQuantity()).isEqualByComparingTo("96");

        move(office.username(), project, Stage.COMPLETED, null);
        assertThat(fixture.projectNamed(project.code()).getStage()).isEqualTo(Stage.COMPLETED);
    }

    @Test
    void worksCannotStartBeforeThePreparationMilestonesAreDone() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office, Stage.PREPARATION, 3, 0);

        assertThatThrownBy(() -> move(office.username(), project, Stage.NEW_START, null))
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations().get(0).messageKey())
                        .isEqualTo("project.preparationOpen"));

        complete(office, project, 0);
        libraryData.readyToStart(project.code()); // the library's readiness gates (用地, 环评, 可研, funding)
        StageView started = move(office.username(), project, Stage.NEW_START, null);
        assertThat(started.stage()).isEqualTo(Stage.NEW_START);
        assertThat(started.version()).isEqualTo(fixture.projectVersion(project.code()));
    }

    @Test
    void withdrawalNeedsAReasonAndAStaleVersionIsAConflict() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office, Stage.RESERVE, 1, 0);
        assertThatThrownBy(() -> move(office.username(), project, Stage.WITHDRAWN, " "))
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations().get(0).messageKey())
                        .isEqualTo("project.withdrawalReason"));

        long read = fixture.projectVersion(project.code());
        move(office.username(), project, Stage.PREPARATION, null);
        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> stages.change(new StageChange(
                project.code(), read, Stage.WITHDRAWN, "规划调整"))))
                .isInstanceOf(ConcurrentEditException.class);

        move(office.username(), project, Stage.WITHDRAWN, "规划调整");
        Project stored = fixture.projectNamed(project.code());
        assertThat(stored.getStage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(stored.getWithdrawalReason()).isEqualTo("规划调整");
    }

    @Test
    void anotherUnitCannotChangeTheStage() {
        Office owner = fixture.office();
        Office other = fixture.office();
        ProjectRef project = fixture.project(owner, Stage.RESERVE, 1, 0);
        assertThatThrownBy(() -> move(other.username(), project, Stage.PREPARATION, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.projectNamed(project.code()).getStage()).isEqualTo(Stage.RESERVE);
    }
}
