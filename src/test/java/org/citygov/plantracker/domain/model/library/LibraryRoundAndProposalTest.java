package org.citygov.plantracker.domain.model.library;

import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.domain.model.library.LibraryFixtures.NOW;
import static org.citygov.plantracker.domain.model.library.LibraryFixtures.TODAY;

class LibraryRoundAndProposalTest {

    final LibraryFixtures f = new LibraryFixtures();

    static String key(Throwable t) {
        return ((RuleViolation) t).getViolations().get(0).messageKey();
    }

    @Test
    void aRoundCannotOpenWithADeadlineInThePastAndCollectsUntilTheEndOfTheDeadlineDay() {
        assertThatThrownBy(() -> new LibraryRound("R1", "轮次", null, 2026, f.plan14, TODAY.minusDays(1), "city", NOW, TODAY))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.round.deadlineInPast"));
        LibraryRound round = f.round(TODAY);
        assertThat(round.phaseOn(TODAY)).isEqualTo(RoundPhase.COLLECTING);
        round.requireAcceptsProposals(TODAY);
        assertThat(round.phaseOn(TODAY.plusDays(1))).isEqualTo(RoundPhase.REVIEWING);
        assertThatThrownBy(() -> round.requireAcceptsProposals(TODAY.plusDays(1)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.round.deadlinePassed"));
        round.close("city", NOW);
        assertThat(round.phaseOn(TODAY)).isEqualTo(RoundPhase.CLOSED);
        assertThatThrownBy(round::requireOpen).satisfies(t -> assertThat(key(t)).isEqualTo("library.round.closed"));
    }

    @Test
    void aProposalAfterTheDeadlineIsRefused() {
        LibraryRound round = f.round(TODAY);
        Project project = f.project(Stage.RESERVE);
        assertThatThrownBy(() -> Proposal.toWithdraw(round, project, "不再需要", "office", NOW, TODAY.plusDays(1)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.round.deadlinePassed"));
    }

    @Test
    void aNewProjectNeedsAReasonATargetOfTheRoundsPlanAndFundingWithinItsSpan() {
        LibraryRound round = f.round(TODAY);
        assertThatThrownBy(() -> Proposal.toAdd(round, f.unit, "P-NEW-1", f.terms("5000000"), f.childcare15, f.jinshui,
                Category.CHILDCARE, List.of(new PlannedOutput(f.places15, f.jinshui, BigDecimal.TEN, "托位")),
                List.of(new ForeseenFunding(f.bonds, 2030, BigDecimal.ONE)), " ", "office", NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations())
                        .extracting(RuleViolation.Violation::messageKey).containsExactly("library.proposal.reasonRequired",
                                "library.proposal.programOtherPlan", "library.proposal.outputTargetOtherPlan",
                                "library.proposal.fundingYear"));
        Proposal ok = Proposal.toAdd(round, f.unit, "P-NEW-1", f.terms("5000000"), f.childcare14, f.jinshui,
                Category.CHILDCARE, List.of(new PlannedOutput(f.places14, f.jinshui, new BigDecimal("120"), "托位")),
                List.of(new ForeseenFunding(f.bonds, 2026, new BigDecimal("2000000"))), "新增托位缺口", "office", NOW, TODAY);
        assertThat(ok.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(ok.outputs(OutputSide.AFTER)).hasSize(1);
        assertThat(ok.foreseenTotal()).isEqualByComparingTo("2000000");
    }

    @Test
    void foreseenFundingMustComeFromASourceThatMayPayForTheCategory() {
        f.bonds.allowOnlyFor(List.of(Category.HOUSING));
        assertThatThrownBy(() -> Proposal.toAdd(f.round(TODAY), f.unit, "P-NEW-2", f.terms("5000000"), f.childcare14,
                f.jinshui, Category.CHILDCARE, List.of(new PlannedOutput(f.places14, f.jinshui, BigDecimal.TEN, "托位")),
                List.of(new ForeseenFunding(f.bonds, 2026, BigDecimal.ONE)), "理由", "office", NOW, TODAY))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.proposal.fundingSourceNotForCategory"));
    }

    @Test
    void anAdjustmentKeepsTheTermsBeforeAndMustChangeSomething() {
        LibraryRound round = f.round(TODAY);
        Project project = f.project(Stage.RESERVE);
        ProjectTerms same = Proposal.termsOf(project);
        assertThatThrownBy(() -> Proposal.toAdjust(round, project, same, Proposal.openOutputsOf(project), "理由",
                "office", NOW, TODAY)).satisfies(t -> assertThat(key(t)).isEqualTo("library.proposal.noChange"));
        ProjectTerms more = new ProjectTerms(same.getNameZh(), same.getNameEn(), same.getDescription(),
                same.getPlannedStart(), same.getPlannedFinish(), new BigDecimal("12000000"));
        Proposal p = Proposal.toAdjust(round, project, more, Proposal.openOutputsOf(project), "增加投资", "office", NOW, TODAY);
        assertThat(p.getBefore().getTotalInvestment()).isEqualByComparingTo("10000000");
        assertThat(p.getProposed().getTotalInvestment()).isEqualByComparingTo("12000000");
        assertThat(p.outputs(OutputSide.BEFORE)).hasSize(1);
        assertThat(p.getBeforeStage()).isEqualTo(Stage.RESERVE);
    }

    @Test
    void anAdjustmentAppliesOnlyToTheProjectItWasWrittenAgainst() {
        LibraryRound round = f.round(TODAY);
        Project project = f.project(Stage.RESERVE);
        ProjectTerms now = Proposal.termsOf(project);
        ProjectTerms more = new ProjectTerms(now.getNameZh(), now.getNameEn(), now.getDescription(),
                now.getPlannedStart(), now.getPlannedFinish(), new BigDecimal("12000000"));
        Proposal p = Proposal.toAdjust(round, project, more, Proposal.openOutputsOf(project), "增加投资", "office", NOW, TODAY);
        p.requireAdjustmentStillApplies();

        project.describe(now.getNameZh(), now.getNameEn(), now.getPlannedStart(), now.getPlannedFinish(),
                new BigDecimal("11000000"));
        assertThatThrownBy(p::requireAdjustmentStillApplies)
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.apply.staleAdjustment"));
        project.describe(now.getNameZh(), now.getNameEn(), now.getPlannedStart(), now.getPlannedFinish(),
                new BigDecimal("10000000"));
        p.requireAdjustmentStillApplies();

        project.replanOutputs(List.of(new Project.OutputPlan(f.places14, f.jinshui, new BigDecimal("80"), "托位")));
        assertThatThrownBy(p::requireAdjustmentStillApplies).as("an output re-planned since")
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.apply.staleAdjustment"));
        project.replanOutputs(List.of(new Project.OutputPlan(f.places14, f.jinshui, new BigDecimal("100"), "托位")));
        p.requireAdjustmentStillApplies();

        project.moveTo(Stage.WITHDRAWN, "不再建设");
        assertThatThrownBy(p::requireAdjustmentStillApplies)
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.apply.projectInactive"));
    }

    @Test
    void onlyReserveOrPreparationProjectsMayAskToStart() {
        LibraryRound round = f.round(TODAY);
        assertThatThrownBy(() -> Proposal.toStart(round, f.project(Stage.CONTINUING), "开工", "office", NOW, TODAY))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.proposal.startFromStage"));
        assertThat(Proposal.toStart(round, f.project(Stage.PREPARATION), "开工", "office", NOW, TODAY).getKind())
                .isEqualTo(ProposalKind.START);
    }

    @Test
    void theCityDecidesSubmittedProposalsOnlyAndRejectingOrReturningNeedsAComment() {
        LibraryRound round = f.round(TODAY);
        Proposal p = Proposal.toWithdraw(round, f.project(Stage.RESERVE), "需求变化", "office", NOW, TODAY);
        assertThatThrownBy(() -> p.decide(ReviewDecision.RETURN, " ", "city", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.review.commentRequired"));
        p.decide(ReviewDecision.RETURN, "请补充说明", "city", NOW);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.RETURNED);
        assertThatThrownBy(() -> p.decide(ReviewDecision.APPROVE, null, "city", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.review.notSubmitted"));
        p.reviseReason("需求变化，已补充说明", "office", NOW);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        p.decide(ReviewDecision.APPROVE, null, "city", NOW);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(p.getStatus().isActive()).isTrue();
    }

    @Test
    void theCityTakesBackAnApprovalWithAReasonAndDecidesAgain() {
        LibraryRound round = f.round(TODAY);
        Proposal p = Proposal.toWithdraw(round, f.project(Stage.RESERVE), "需求变化", "office", NOW, TODAY);
        assertThatThrownBy(() -> p.reopen("撤销", "city", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.review.notApproved"));
        p.decide(ReviewDecision.APPROVE, null, "city", NOW);
        assertThatThrownBy(() -> p.decide(ReviewDecision.REJECT, "改变主意", "city", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.review.notSubmitted"));
        assertThatThrownBy(() -> p.reopen(" ", "city", NOW))
                .satisfies(t -> assertThat(key(t)).isEqualTo("library.review.reopenCommentRequired"));
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.APPROVED);

        p.reopen("项目已无法调出", "city2", NOW.plusHours(1));
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(p.getDecision()).isNull();
        assertThat(p.getReviewComment()).isEqualTo("项目已无法调出");
        assertThat(p.getReviewedBy()).isEqualTo("city2");
        p.decide(ReviewDecision.REJECT, "不同意调出", "city", NOW.plusHours(2));
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(p.getStatus().isActive()).isFalse();
    }

    @Test
    void noApprovalIsTakenBackOnceTheRoundIsClosed() {
        LibraryRound round = f.round(TODAY);
        Proposal p = Proposal.toWithdraw(round, f.project(Stage.RESERVE), "需求变化", "office", NOW, TODAY);
        p.decide(ReviewDecision.APPROVE, null, "city", NOW);
        round.close("city", NOW);
        assertThatThrownBy(() -> p.reopen("撤销", "city", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void aReturnedProposalLapsesWhenTheRoundCloses() {
        LibraryRound round = f.round(TODAY);
        Proposal p = Proposal.toWithdraw(round, f.project(Stage.RESERVE), "需求变化", "office", NOW, TODAY);
        p.decide(ReviewDecision.RETURN, "补充", "city", NOW);
        p.lapse();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.LAPSED);
    }
}
