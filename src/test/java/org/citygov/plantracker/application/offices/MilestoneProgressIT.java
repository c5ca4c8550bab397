package org.citygov.plantracker.application.offices;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;
import static org.citygov.plantracker.application.offices.OfficesFixture.TODAY;

/** Milestone updates through the service layer: scope, validation, optimistic locking, audit. */
@ExtendWith(ArquillianExtension.class)
class MilestoneProgressIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    @Inject
    MilestoneProgress progress;

    @Inject
    ProjectHistory history;

    @Test
    void anOfficeUpdatesItsOwnMilestoneAndEveryChangedFieldIsAudited() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        Long id = project.milestone(1);

        MilestoneView updated = RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(
                project.code(), id, fixture.version(id), BigDecimal.valueOf(35), TODAY.plusMonths(3), null, "基础施工中")));

        assertThat(updated.percentComplete()).isEqualByComparingTo("35");
        assertThat(updated.version()).isEqualTo(fixture.version(id)).isGreaterThan(1);
        Milestone stored = fixture.milestone(id);
        assertThat(stored.getForecast()).isEqualTo(TODAY.plusMonths(3));
        assertThat(stored.getNote()).isEqualTo("基础施工中");

        List<HistoryEntry> entries = RunAs.user(office.username(), PASSWORD, () -> history.of(project.code()));
        assertThat(entries).extracting(HistoryEntry::field)
                .containsExactlyInAnyOrder("percentComplete", "forecast", "note");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.username()).isEqualTo(office.username());
            assertThat(e.action()).isEqualTo("milestone.update");
            assertThat(e.subjectZh()).isEqualTo("里程碑2");
        });
        assertThat(entries).filteredOn(e -> "percentComplete".equals(e.field()))
                .singleElement().satisfies(e -> {
                    assertThat(e.before()).isEqualTo("0");
                    assertThat(e.after()).isEqualTo("35");
                });
    }

    @Test
    void completingAMilestoneSetsHundredPercentRefusesALowerOneAndNeedsAPastActualDate() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        Long id = project.milestone(0);

        long version = fixture.version(id);
        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(
                project.code(), id, version, null, null, OfficesFixture.today().plusDays(1), null))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations().get(0).messageKey())
                        .isEqualTo("milestone.actualInFuture"));
        assertThat(fixture.milestone(id).getActual()).isNull();

        // issue 16: an actual date with a percent below 100 is refused, not silently stored as 100
        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(
                project.code(), id, version, BigDecimal.TEN, null, TODAY, null))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations()).singleElement()
                        .satisfies(v -> assertThat(v.messageKey()).isEqualTo("milestone.actualNeedsHundred")));
        assertThat(fixture.milestone(id).getActual()).isNull();
        assertThat(fixture.milestone(id).getPercentComplete()).isEqualByComparingTo("0");

        MilestoneView done = RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(
                project.code(), id, version, null, null, TODAY, null)));
        assertThat(done.actual()).isEqualTo(TODAY);
        assertThat(done.percentComplete()).isEqualByComparingTo("100");
    }

    @Test
    void invalidInputIsRefusedWithSpecificMessagesAndChangesNothing() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        Long id = project.milestone(1);
        long auditBefore = fixture.auditCount(project.code());
        long version = fixture.version(id);

        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(
                project.code(), id, version, BigDecimal.valueOf(150), TODAY.minusDays(2), TODAY.minusYears(3), null))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactlyInAnyOrder("milestone.percentRange", "milestone.actualBeforeStart"));

        Milestone stored = fixture.milestone(id);
        assertThat(stored.getPercentComplete()).isEqualByComparingTo("0");
        assertThat(stored.getVersion()).isEqualTo(version);
        assertThat(fixture.auditCount(project.code())).isEqualTo(auditBefore);
    }

    @Test
    void anOfficeCannotTouchAnotherUnitsProjectAndNothingChanges() {
        Office mine = fixture.office();
        Office theirs = fixture.office();
        ProjectRef theirProject = fixture.project(theirs);
        Long id = theirProject.milestone(1);

        assertThatThrownBy(() -> RunAs.user(mine.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(
                theirProject.code(), id, fixture.version(id), BigDecimal.valueOf(50), null, null, "not mine"))))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).getMessageKey()).isEqualTo("access.otherUnit"));
        assertThatThrownBy(() -> RunAs.user(mine.username(), PASSWORD, () -> history.of(theirProject.code())))
                .isInstanceOf(AccessDeniedException.class);

        Milestone stored = fixture.milestone(id);
        assertThat(stored.getPercentComplete()).isEqualByComparingTo("0");
        assertThat(stored.getNote()).isNull();
        assertThat(fixture.auditCount(theirProject.code())).isZero();
    }

    @Test
    void theCityGovernmentMayEditAnyProjectFinanceMayNot() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        String city = fixture.user(Role.CITY_GOV);
        String finance = fixture.user(Role.FINANCE);

        Long id = project.milestone(2);
        RunAs.user(city, PASSWORD, () -> progress.update(new MilestoneUpdate(project.code(), id, fixture.version(id),
                BigDecimal.valueOf(5), null, null, "市里核实")));
        long version = fixture.version(id);
        assertThatThrownBy(() -> RunAs.user(finance, PASSWORD, () -> progress.update(new MilestoneUpdate(
                project.code(), id, version, BigDecimal.valueOf(6), null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.milestone(project.milestone(2)).getPercentComplete()).isEqualByComparingTo("5");
    }

    @Test
    void twoUsersEditingTheSameMilestoneGetAConflictNeverALostUpdate() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        String city = fixture.user(Role.CITY_GOV);
        Long id = project.milestone(1);
        long bothRead = fixture.milestone(id).getVersion();

        RunAs.user(office.username(), PASSWORD, () -> progress.update(new MilestoneUpdate(project.code(), id, bothRead,
                BigDecimal.valueOf(40), null, null, "单位填报")));
        assertThatThrownBy(() -> RunAs.user(city, PASSWORD, () -> progress.update(new MilestoneUpdate(project.code(),
                id, bothRead, BigDecimal.valueOf(20), null, null, "市里改动"))))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(e -> assertThat(((ConcurrentEditException) e).getWhat()).isEqualTo("里程碑2"));

        Milestone stored = fixture.milestone(id);
        assertThat(stored.getPercentComplete()).isEqualByComparingTo("40");
        assertThat(stored.getNote()).isEqualTo("单位填报");
        assertThat(stored.getVersion()).isEqualTo(bothRead + 1);
    }
}
