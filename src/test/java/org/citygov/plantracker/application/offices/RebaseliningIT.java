package org.citygov.plantracker.application.offices;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.application.offices.RebaselineProposal.ProposedDate;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.application.offices.OfficesFixture.keys;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;

/** Baselines: an office asks, the city government decides, every approved baseline is kept. */
@ExtendWith(ArquillianExtension.class)
class RebaseliningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    @Inject
    Rebaselining rebaselining;

    @Inject
    ProjectHistory history;

    private RebaselineView ask(Office office, ProjectRef project, String reason, ProposedDate... dates) {
        return RunAs.user(office.username(), PASSWORD, () -> rebaselining.request(new RebaselineProposal(
                project.code(), reason, List.of(dates))));
    }

    @Test
    void anApprovedRequestMovesTheBaselineAndEveryBaselineIsKept() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        String city = fixture.user(Role.CITY_GOV);
        Long structure = project.milestone(1);
        Long acceptance = project.milestone(2);
        LocalDate originalStructure = fixture.milestone(structure).getBaseline();
        LocalDate newStructure = originalStructure.plusMonths(4);
        LocalDate originalAcceptance = fixture.milestone(acceptance).getBaseline();
        LocalDate newAcceptance = originalAcceptance.plusMonths(4);

        RebaselineView asked = ask(office, project, "地下管线迁改延误四个月",
                new ProposedDate(structure, newStructure), new ProposedDate(acceptance, newAcceptance));
        assertThat(asked.status()).isEqualTo(RebaselineStatus.PENDING);
        assertThat(asked.items()).extracting(RebaselineView.Item::previousBaseline)
                .containsExactly(originalStructure, originalAcceptance);
        assertThat(fixture.milestone(structure).getBaseline()).isEqualTo(originalStructure);

        assertThatThrownBy(() -> RunAs.user(office.username(), PASSWORD, () -> rebaselining.decide(
                new RebaselineDecision(project.code(), asked.id(), asked.version(), true, "自己批"))))
                .isInstanceOf(AccessDeniedException.class);

        RebaselineView approved = RunAs.user(city, PASSWORD, () -> rebaselining.decide(
                new RebaselineDecision(project.code(), asked.id(), asked.version(), true, "同意，按新计划推进")));
        assertThat(approved.status()).isEqualTo(RebaselineStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(city);

        Milestone moved = fixture.milestone(structure);
        assertThat(moved.getBaseline()).isEqualTo(newStructure);
        assertThat(moved.getOriginalBaseline()).isEqualTo(originalStructure);

        BaselineComparison baselines = RunAs.user(office.username(), PASSWORD,
                () -> rebaselining.baselines(project.code()));
        assertThat(baselines.revisions()).extracting(BaselineComparison.Revision::revision).containsExactly(0, 1);
        assertThat(baselines.revisions().get(1).reason()).isEqualTo("地下管线迁改延误四个月");
        assertThat(baselines.milestones().get(1).revisionDates()).containsExactly(originalStructure, newStructure);
        assertThat(baselines.milestones().get(1).original()).isEqualTo(originalStructure);
        assertThat(baselines.milestones().get(1).current()).isEqualTo(newStructure);
        assertThat(baselines.planDeadline()).isNotNull();
        assertThat(baselines.currentFinish()).isEqualTo(newAcceptance);

        List<HistoryEntry> entries = RunAs.user(office.username(), PASSWORD, () -> history.of(project.code()));
        assertThat(entries).extracting(HistoryEntry::action)
                .contains("rebaseline.request", "rebaseline.approve");
        assertThat(entries).filteredOn(e -> "baseline".equals(e.field())).hasSize(2);
    }

    @Test
    void onePendingRequestAtATimeARejectionNeedsACommentAndChangesNothing() {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        String city = fixture.user(Role.CITY_GOV);
        Long id = project.milestone(1);
        LocalDate baseline = fixture.milestone(id).getBaseline();
        RebaselineView asked = ask(office, project, "设计变更", new ProposedDate(id, baseline.plusMonths(2)));

        assertThatThrownBy(() -> ask(office, project, "再来一次", new ProposedDate(id, baseline.plusMonths(3))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.alreadyPending"));
        assertThatThrownBy(() -> RunAs.user(city, PASSWORD, () -> rebaselining.decide(
                new RebaselineDecision(project.code(), asked.id(), asked.version(), false, ""))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("rebaseline.commentRequired"));

        RebaselineView rejected = RunAs.user(city, PASSWORD, () -> rebaselining.decide(
                new RebaselineDecision(project.code(), asked.id(), asked.version(), false, "延期理由不充分")));
        assertThat(rejected.status()).isEqualTo(RebaselineStatus.REJECTED);
        assertThat(fixture.milestone(id).getBaseline()).isEqualTo(baseline);
        assertThat(RunAs.user(city, PASSWORD, () -> rebaselining.baselines(project.code())).revisions()).isEmpty();

        // decided: a second decision on the same version is a conflict, not a silent overwrite
        assertThatThrownBy(() -> RunAs.user(city, PASSWORD, () -> rebaselining.decide(
                new RebaselineDecision(project.code(), asked.id(), asked.version(), true, null))))
                .isInstanceOf(ConcurrentEditException.class);
        // and the office may ask again
        assertThat(ask(office, project, "补充理由后再次申请", new ProposedDate(id, baseline.plusMonths(2))).status())
                .isEqualTo(RebaselineStatus.PENDING);
    }

    @Test
    void anotherUnitCannotAskAndTheCityGovernmentSeesThePendingQueue() {
        Office owner = fixture.office();
        Office other = fixture.office();
        ProjectRef project = fixture.project(owner);
        String city = fixture.user(Role.CITY_GOV);
        Long id = project.milestone(2);
        LocalDate baseline = fixture.milestone(id).getBaseline();

        assertThatThrownBy(() -> ask(other, project, "不是我的项目", new ProposedDate(id, baseline.plusDays(30))))
                .isInstanceOf(AccessDeniedException.class);
        RebaselineView asked = ask(owner, project, "资金到位推迟", new ProposedDate(id, baseline.plusDays(30)));

        assertThat(RunAs.user(city, PASSWORD, () -> rebaselining.requestsWithStatus(RebaselineStatus.PENDING)))
                .extracting(RebaselineView::id).contains(asked.id());
        assertThat(RunAs.user(other.username(), PASSWORD,
                () -> rebaselining.requestsWithStatus(RebaselineStatus.PENDING))).isEmpty();
    }
}
