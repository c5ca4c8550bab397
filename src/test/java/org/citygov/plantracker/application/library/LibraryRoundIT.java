package org.citygov.plantracker.application.library;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.offices.StageChange;
import org.citygov.plantracker.application.offices.StageChanges;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.domain.model.library.ReviewDecision;
import org.citygov.plantracker.domain.model.library.RoundStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.library.ChangeKind;
import org.citygov.plantracker.domain.service.library.DiffEntry;
import org.citygov.plantracker.domain.service.library.DiffField;
import org.citygov.plantracker.domain.service.library.DiffGroup;
import org.citygov.plantracker.domain.service.library.FieldChange;
import org.citygov.plantracker.domain.service.library.LibraryDiff;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.LibraryTestData;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rolling library through its services, in the server: a round's life (open → proposals →
 * review → close → snapshot), a readiness gate blocking a start, a diff with a known answer, a
 * proposal after the deadline, an office that may not review.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryRoundIT {

    static final String PW = Fixtures.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    LibraryTestData data;

    @Inject
    LibraryRounds rounds;

    @Inject
    LibraryProposals proposals;

    @Inject
    LibraryReadiness readiness;

    @Inject
    LibrarySnapshots snapshots;

    @Inject
    LibraryHistory history;

    @Inject
    StageChanges stageChanges;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A city user, an office user of a fresh unit, and the unit's code. */
    record People(String u, String city, String office, String unit) {
    }

    People people() {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("LIB-" + u).getCode();
        return new People(u, fixtures.user("lib-city-" + u, Role.CITY_GOV, null),
                fixtures.user("lib-office-" + u, Role.PROJECT_OFFICE, unit), unit);
    }

    RoundView open(People p) {
        return RunAs.user(p.city(), PW, () -> rounds.open(new RoundOpening("R-" + p.u(), "测试轮次 " + p.u(),
                "Test round " + p.u(), 2026, today().plusDays(30), null)));
    }

    static ProposalDraft newProject(String round, String code, String investment) {
        return new ProposalDraft(round, ProposalKind.ADD, code, "新建托育中心 " + code, "New childcare centre " + code,
                "新建托育机构一处", "C1.4", "J04", Category.CHILDCARE, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 12, 31),
                new BigDecimal(investment), List.of(new ProposalDraft.OutputLine("C1.4-T9", "J04", new BigDecimal("120"), "托位")),
                List.of(new ProposalDraft.FundingDraft("SPECIAL_BOND", 2026, new BigDecimal("2000000")),
                        new ProposalDraft.FundingDraft("DISTRICT_BUDGET", 2027, new BigDecimal("1000000"))),
                "金水区托位缺口较大");
    }

    static ProposalDraft moreInvestment(String round, String code, String investment) {
        return new ProposalDraft(round, ProposalKind.ADJUST, code, "储备项目 " + code, "Reserve project " + code, null,
                null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal(investment),
                List.of(new ProposalDraft.OutputLine("C1.4-T9", "J04", new BigDecimal("100"), "托位")), List.of(),
                "设计深化，投资增加");
    }

    @Test
    void aRoundOpensTakesProposalsIsReviewedAndClosesIntoASnapshot() {
        People p = people();
        String adjusted = data.reserveProject("XL-ADJ-" + p.u(), p.unit(), "C1.4", "J04", "C1.4-T9", "10000000");
        String withdrawn = data.reserveProject("XL-OUT-" + p.u(), p.unit(), "C1.4", "J04", null, "3000000");
        String returned = data.reserveProject("XL-RET-" + p.u(), p.unit(), "C1.4", "J04", null, "1000000");
        String added = "XL-NEW-" + p.u();
        RoundView round = open(p);
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.acceptsProposals()).isTrue();

        Long[] ids = RunAs.user(p.office(), PW, () -> new Long[]{
                proposals.submit(newProject(round.code(), added, "5000000")).id(),
                proposals.submit(moreInvestment(round.code(), adjusted, "12000000")).id(),
                proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.WITHDRAW, withdrawn, "选址调整，不再建设")).id(),
                proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.WITHDRAW, returned, "待定")).id()});

        ProposalView adjustment = RunAs.user(p.city(), PW, () -> proposals.detail(ids[1]));
        assertThat(adjustment.changes()).containsExactly(new FieldChange(DiffField.TOTAL_INVESTMENT,
                new BigDecimal("10000000.00"), new BigDecimal("12000000.00")));
        assertThat(adjustment.canReview()).isTrue();

        RunAs.user(p.city(), PW, () -> {
            assertThatThrownBy(() -> rounds.close(round.code(), rounds.detail(round.code()).version()))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                            .isEqualTo("library.round.pendingProposals"));
            decide(ids[0], ReviewDecision.APPROVE, "同意入库");
            decide(ids[1], ReviewDecision.APPROVE, null);
            decide(ids[2], ReviewDecision.APPROVE, "同意调出");
            decide(ids[3], ReviewDecision.RETURN, "请说明调出原因");
        });
        assertThat(data.projectCount(added)).as("nothing applies before the close").isZero();
        assertThat(data.investmentOf(adjusted)).isEqualByComparingTo("10000000");

        RoundView closed = RunAs.user(p.city(), PW, () -> rounds.close(round.code(), rounds.detail(round.code()).version()));

        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.snapshotId()).isNotNull();
        assertThat(closed.count(ProposalStatus.APPLIED)).isEqualTo(3);
        assertThat(closed.count(ProposalStatus.LAPSED)).isEqualTo(1);
        assertThat(data.stageOf(added)).isEqualTo(Stage.RESERVE);
        assertThat(data.investmentOf(added)).isEqualByComparingTo("5000000");
        // its starting milestone plan: the childcare template, dated within 2026-06-01 … 2027-12-31
        assertThat(data.milestonesOf(added)).containsExactly("选址及设计批复 PREPARATION 2026-06-01",
                "施工许可 PREPARATION 2026-07-29", "开工 CONSTRUCTION 2026-08-27", "主体完工 CONSTRUCTION 2027-07-11",
                "竣工验收 COMPLETION 2027-11-03", "投用 OPERATION 2027-12-31");
        assertThat(data.investmentOf(adjusted)).isEqualByComparingTo("12000000");
        // audited under the project's id, though the close no longer flushes between its proposals
        assertThat(data.auditedIds(added, "library.added")).containsExactly(data.projectId(added));
        assertThat(data.auditedIds(added, "milestone.plan.template")).containsExactly(data.projectId(added));
        assertThat(data.auditedIds(adjusted, "library.adjusted")).containsExactly(data.projectId(adjusted));
        assertThat(data.stageOf(withdrawn)).isEqualTo(Stage.WITHDRAWN);
        assertThat(data.stageOf(returned)).isEqualTo(Stage.RESERVE);

        RunAs.user(p.city(), PW, () -> {
            List<String> frozen = snapshots.projects(closed.snapshotId()).stream().map(f -> f.code()).toList();
            assertThat(frozen).contains(added, adjusted, returned).doesNotContain(withdrawn);
            var newOne = snapshots.projects(closed.snapshotId()).stream().filter(f -> f.code().equals(added)).findFirst().orElseThrow();
            assertThat(newOne.outputs()).singleElement().satisfies(o -> assertThat(o.quantity()).isEqualByComparingTo("120"));
            assertThat(newOne.funding()).hasSize(2).allSatisfy(f -> assertThat(f.approved()).isNull());
            assertThat(newOne.districtCode()).isEqualTo("J04");

            ProjectLibraryHistory h = history.of(adjusted);
            assertThat(h.proposals()).extracting(ProposalRow::status).containsExactly(ProposalStatus.APPLIED);
            assertThat(h.snapshots()).extracting(ProjectLibraryHistory.Appearance::snapshotId).contains(closed.snapshotId());
            assertThat(h.events()).extracting(ProjectLibraryHistory.Event::field).contains("totalInvestment");
            assertThatThrownBy(() -> proposals.decide(ids[3], proposals.detail(ids[3]).version(), ReviewDecision.APPROVE, null))
                    .isInstanceOf(RuleViolation.class);
        });
    }

    private void decide(Long id, ReviewDecision decision, String comment) {
        proposals.decide(id, proposals.detail(id).version(), decision, comment);
    }

    @Test
    void aMoveToNewStartIsBlockedUntilEveryReadinessGateIsMet() {
        People p = people();
        String code = data.reserveProject("XL-GATE-" + p.u(), p.unit(), "C1.4", "J04", null, "10000000");
        RoundView round = open(p);
        ProposalDraft start = ProposalDraft.stageChange(round.code(), ProposalKind.START, code, "前期手续齐备，申请开工");

        RunAs.user(p.office(), PW, () -> assertThatThrownBy(() -> proposals.submit(start))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations())
                        .extracting(RuleViolation.Violation::messageKey).containsExactly("library.gate.LAND",
                                "library.gate.ENVIRONMENT", "library.gate.FEASIBILITY", "library.gate.FUNDING")));
        assertThat(data.proposalCount(code)).isZero();

        RunAs.user(p.office(), PW, () -> {
            readiness.record(code, ReadinessGate.LAND, "郑自然资预〔2026〕88号", today().minusDays(20), null, null);
            readiness.record(code, ReadinessGate.ENVIRONMENT, "郑环审〔2026〕41号", today().minusDays(10), null, null);
            readiness.record(code, ReadinessGate.FEASIBILITY, "郑发改社会〔2026〕17号", today().minusDays(5), "可研批复", null);
        });
        data.approvedFunding(code, "MUNICIPAL_BUDGET", 2026, "2000000");
        RunAs.user(p.office(), PW, () -> {
            ReadinessView r = readiness.readiness(code);
            assertThat(r.ready()).isFalse();
            assertThat(r.gates()).filteredOn(g -> !g.met()).extracting(ReadinessView.Gate::gate)
                    .containsExactly(ReadinessGate.FUNDING);
            assertThatThrownBy(() -> proposals.submit(start)).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.getViolations()).extracting(RuleViolation.Violation::messageKey)
                            .containsExactly("library.gate.FUNDING"));
        });

        data.approvedFunding(code, "DISTRICT_BUDGET", 2026, "1000000");
        Long id = RunAs.user(p.office(), PW, () -> {
            assertThat(readiness.readiness(code).ready()).isTrue();
            return proposals.submit(start).id();
        });
        RunAs.user(p.city(), PW, () -> {
            decide(id, ReviewDecision.APPROVE, "同意开工");
            rounds.close(round.code(), rounds.detail(round.code()).version());
        });
        assertThat(data.stageOf(code)).isEqualTo(Stage.NEW_START);
    }

    @Test
    void raisingTheRequiredFundingShareFailsTheFundingGate() {
        People p = people();
        String code = data.reserveProject("XL-SHARE-" + p.u(), p.unit(), "C1.4", "J04", null, "10000000");
        RunAs.user(p.office(), PW, () -> {
            readiness.record(code, ReadinessGate.LAND, "郑自然资预〔2026〕90号", today().minusDays(3), null, null);
            readiness.record(code, ReadinessGate.ENVIRONMENT, "郑环审〔2026〕50号", today().minusDays(3), null, null);
            readiness.record(code, ReadinessGate.FEASIBILITY, "郑发改社会〔2026〕20号", today().minusDays(3), null, null);
        });
        data.approvedFunding(code, "MUNICIPAL_BUDGET", 2026, "4000000");
        BigDecimal original = RunAs.user(p.city(), PW, () -> readiness.settings().startFundingShare());
        try {
            RunAs.user(p.city(), PW, () -> readiness.changeSettings(new BigDecimal("0.30"), readiness.settings().version()));
            RunAs.user(p.office(), PW, () -> assertThat(readiness.readiness(code).ready()).as("40 % ≥ 30 %").isTrue());

            LibraryReadiness.SettingsView raised = RunAs.user(p.city(), PW,
                    () -> readiness.changeSettings(new BigDecimal("0.50"), readiness.settings().version()));
            assertThat(raised.startFundingShare()).isEqualByComparingTo("0.5");
            RoundView round = open(p);
            RunAs.user(p.office(), PW, () -> {
                ReadinessView r = readiness.readiness(code);
                assertThat(r.ready()).isFalse();
                assertThat(r.requiredShare()).isEqualByComparingTo("0.5");
                assertThat(r.gates()).filteredOn(g -> !g.met()).extracting(ReadinessView.Gate::gate)
                        .containsExactly(ReadinessGate.FUNDING);
                assertThatThrownBy(() -> proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.START,
                        code, "申请开工"))).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations())
                        .extracting(RuleViolation.Violation::messageKey).containsExactly("library.gate.FUNDING"));
                assertThatThrownBy(() -> readiness.changeSettings(new BigDecimal("0.10"), raised.version()))
                        .isInstanceOf(AccessDeniedException.class);
            });
            RunAs.user(p.city(), PW, () -> assertThatThrownBy(() -> readiness.changeSettings(new BigDecimal("0.10"),
                    raised.version() - 1)).isInstanceOf(org.citygov.plantracker.application.ConcurrentEditException.class));
        } finally {
            RunAs.user(p.city(), PW, () -> readiness.changeSettings(original, readiness.settings().version()));
        }
    }

    @Test
    void aCloseThatCannotApplyEveryApprovedProposalChangesNothing() {
        People p = people();
        String started = data.reserveProject("XL-TX-S-" + p.u(), p.unit(), "C1.4", "J04", null, "10000000");
        String withdrawn = data.reserveProject("XL-TX-W-" + p.u(), p.unit(), "C1.4", "J04", null, "2000000");
        String added = "XL-TX-N-" + p.u();
        data.readyToStart(started);
        RoundView round = open(p);
        Long[] ids = RunAs.user(p.office(), PW, () -> new Long[]{
                proposals.submit(newProject(round.code(), added, "5000000")).id(),
                proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.START, started, "手续齐备")).id(),
                proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.WITHDRAW, withdrawn, "不再建设")).id()});
        RunAs.user(p.city(), PW, () -> {
            for (Long id : ids) {
                decide(id, ReviewDecision.APPROVE, null);
            }
        });
        // after the approval the total investment grows tenfold: the approved funding covers 10 %, below the gate
        data.changeInvestment(started, "100000000");
        long startedVersion = data.versionOf(started);
        long withdrawnVersion = data.versionOf(withdrawn);
        RoundView before = RunAs.user(p.city(), PW, () -> rounds.detail(round.code()));

        RunAs.user(p.city(), PW, () -> assertThatThrownBy(() -> rounds.close(round.code(), before.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.getViolations()).extracting(RuleViolation.Violation::messageKey)
                            .containsExactly("library.round.applyFailed", "library.gate.FUNDING");
                    assertThat(v.getViolations().get(0).arguments()).contains(ids[1], started);
                }));

        RoundView after = RunAs.user(p.city(), PW, () -> rounds.detail(round.code()));
        assertThat(after.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.snapshotId()).isNull();
        assertThat(after.count(ProposalStatus.APPROVED)).isEqualTo(3);
        assertThat(data.projectCount(added)).as("the ADD applied before the START is rolled back").isZero();
        assertThat(data.stageOf(started)).isEqualTo(Stage.RESERVE);
        assertThat(data.versionOf(started)).isEqualTo(startedVersion);
        assertThat(data.stageOf(withdrawn)).isEqualTo(Stage.RESERVE);
        assertThat(data.versionOf(withdrawn)).isEqualTo(withdrawnVersion);
        for (Long id : ids) {
            assertThat(data.proposalStatus(id)).isEqualTo(ProposalStatus.APPROVED);
        }
    }

    @Test
    void anAdjustmentOfAProjectChangedSinceItWasSubmittedIsNotAppliedBlindly() {
        People p = people();
        String code = data.reserveProject("XL-STALE-" + p.u(), p.unit(), "C1.4", "J04", "C1.4-T9", "10000000");
        RoundView round = open(p);
        Long id = RunAs.user(p.office(), PW, () -> proposals.submit(moreInvestment(round.code(), code, "12000000")).id());
        RunAs.user(p.city(), PW, () -> decide(id, ReviewDecision.APPROVE, null));
        data.changeInvestment(code, "11000000");

        RunAs.user(p.city(), PW, () -> assertThatThrownBy(() -> rounds.close(round.code(), rounds.detail(round.code()).version()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations())
                        .extracting(RuleViolation.Violation::messageKey)
                        .containsExactly("library.round.applyFailed", "library.apply.staleAdjustment")));
        assertThat(data.investmentOf(code)).isEqualByComparingTo("11000000");
        assertThat(data.proposalStatus(id)).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void anApprovedProposalThatCanNoLongerBeAppliedIsTakenBackAndTheRoundCloses() {
        People p = people();
        String started = data.reserveProject("XL-RO-S-" + p.u(), p.unit(), "C1.4", "J04", null, "10000000");
        String added = "XL-RO-N-" + p.u();
        data.readyToStart(started);
        RoundView round = open(p);
        Long[] ids = RunAs.user(p.office(), PW, () -> new Long[]{
                proposals.submit(newProject(round.code(), added, "5000000")).id(),
                proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.START, started, "手续齐备")).id()});
        RunAs.user(p.city(), PW, () -> {
            decide(ids[0], ReviewDecision.APPROVE, null);
            decide(ids[1], ReviewDecision.APPROVE, null);
            assertThat(proposals.detail(ids[1]).canReopen()).isTrue();
            assertThat(proposals.detail(ids[1]).canReview()).isFalse();
        });
        data.changeInvestment(started, "100000000");
        RunAs.user(p.city(), PW, () -> assertThatThrownBy(() -> rounds.close(round.code(), rounds.detail(round.code()).version()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                        .isEqualTo("library.round.applyFailed")));

        RunAs.user(p.office(), PW, () -> {
            assertThat(proposals.detail(ids[1]).canReopen()).isFalse();
            assertThatThrownBy(() -> proposals.reopen(ids[1], proposals.detail(ids[1]).version(), "自己撤销"))
                    .isInstanceOf(AccessDeniedException.class);
        });
        RunAs.user(p.city(), PW, () -> {
            long version = proposals.detail(ids[1]).version();
            assertThatThrownBy(() -> proposals.reopen(ids[1], version, null)).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.getViolations().get(0).messageKey()).isEqualTo("library.review.reopenCommentRequired"));
            ProposalView reopened = proposals.reopen(ids[1], version, "总投资调增后资金未落实，撤销同意");
            assertThat(reopened.status()).isEqualTo(ProposalStatus.SUBMITTED);
            assertThat(reopened.decision()).isNull();
            assertThat(reopened.canReview()).isTrue();
            assertThatThrownBy(() -> proposals.reopen(ids[1], version, "再次撤销"))
                    .isInstanceOf(org.citygov.plantracker.application.ConcurrentEditException.class);
            assertThatThrownBy(() -> rounds.close(round.code(), rounds.detail(round.code()).version()))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                            .isEqualTo("library.round.pendingProposals"));
            decide(ids[1], ReviewDecision.REJECT, "资金未落实，不同意开工");
            RoundView closed = rounds.close(round.code(), rounds.detail(round.code()).version());
            assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
            assertThat(history.of(started).events()).extracting(ProjectLibraryHistory.Event::action)
                    .contains("library.review.reopen");
        });
        assertThat(data.stageOf(started)).isEqualTo(Stage.RESERVE);
        assertThat(data.stageOf(added)).isEqualTo(Stage.RESERVE);
        assertThat(data.proposalStatus(ids[0])).isEqualTo(ProposalStatus.APPLIED);
        assertThat(data.proposalStatus(ids[1])).isEqualTo(ProposalStatus.REJECTED);
    }

    @Test
    void aReturnedProposalIsRevisedAndResubmittedAndAnOfficeTakesOneBack() {
        People p = people();
        String kept = data.reserveProject("XL-KEEP-" + p.u(), p.unit(), "C1.4", "J04", "C1.4-T9", "4000000");
        RoundView round = open(p);
        String code = "XL-REV-" + p.u();
        Long[] ids = RunAs.user(p.office(), PW, () -> new Long[]{
                proposals.submit(newProject(round.code(), code, "5000000")).id(),
                proposals.submit(moreInvestment(round.code(), kept, "4500000")).id()});
        RunAs.user(p.city(), PW, () -> decide(ids[0], ReviewDecision.RETURN, "投资估算偏高，请核减"));
        ProposalView revised = RunAs.user(p.office(), PW, () -> {
            ProposalView returned = proposals.detail(ids[0]);
            assertThat(returned.status()).isEqualTo(ProposalStatus.RETURNED);
            assertThat(returned.canRevise()).isTrue();
            proposals.cancel(ids[1], proposals.detail(ids[1]).version());
            return proposals.revise(ids[0], returned.version(), newProject(round.code(), code, "4200000"));
        });
        assertThat(revised.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(revised.totalInvestment()).isEqualByComparingTo("4200000");
        assertThat(data.proposalStatus(ids[1])).isEqualTo(ProposalStatus.CANCELLED);
        RunAs.user(p.city(), PW, () -> {
            decide(ids[0], ReviewDecision.APPROVE, null);
            rounds.close(round.code(), rounds.detail(round.code()).version());
        });
        assertThat(data.investmentOf(code)).isEqualByComparingTo("4200000");
        assertThat(data.investmentOf(kept)).isEqualByComparingTo("4000000");
    }

    @Test
    void theGatesAlsoGuardAStageChangeMadeOnTheOfficesSide() {
        People p = people();
        String code = data.reserveProject("XL-OFS-" + p.u(), p.unit(), "C1.4", "J04", null, "2000000");
        RunAs.user(p.office(), PW, () -> assertThatThrownBy(() -> stageChanges.change(
                new StageChange(code, data.versionOf(code), Stage.NEW_START, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations())
                        .extracting(RuleViolation.Violation::messageKey).containsExactly("library.gate.LAND",
                                "library.gate.ENVIRONMENT", "library.gate.FEASIBILITY", "library.gate.FUNDING")));
        assertThat(data.stageOf(code)).isEqualTo(Stage.RESERVE);
        RunAs.user(p.office(), PW, () -> stageChanges.change(new StageChange(code, data.versionOf(code), Stage.PREPARATION, null)));
        data.readyToStart(code);
        RunAs.user(p.office(), PW, () -> stageChanges.change(new StageChange(code, data.versionOf(code), Stage.NEW_START, null)));
        assertThat(data.stageOf(code)).isEqualTo(Stage.NEW_START);
    }

    @Test
    void aDiffBetweenTwoSnapshotsHasTheKnownAnswer() {
        People p = people();
        String adjusted = data.reserveProject("XL-D1-" + p.u(), p.unit(), "C1.4", "J04", "C1.4-T9", "10000000");
        String withdrawn = data.reserveProject("XL-D2-" + p.u(), p.unit(), "C1.4", "J04", null, "10000000");
        String added = "XL-D3-" + p.u();
        LibrarySnapshotRow before = RunAs.user(p.city(), PW, () -> snapshots.takeBaseline("基线 " + p.u(), "Baseline " + p.u()));
        RoundView round = open(p);
        Long[] ids = RunAs.user(p.office(), PW, () -> new Long[]{
                proposals.submit(newProject(round.code(), added, "5000000")).id(),
                proposals.submit(moreInvestment(round.code(), adjusted, "12000000")).id(),
                proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.WITHDRAW, withdrawn, "不再建设")).id()});
        RoundView closed = RunAs.user(p.city(), PW, () -> {
            for (Long id : ids) {
                decide(id, ReviewDecision.APPROVE, null);
            }
            return rounds.close(round.code(), rounds.detail(round.code()).version());
        });
        assertThat(closed.previousSnapshotId()).isEqualTo(before.id());

        DiffView view = RunAs.user(p.city(), PW, () -> snapshots.diff(before.id(), closed.snapshotId()));
        LibraryDiff diff = view.diff();
        assertThat(diff.entries()).as("nothing else changed between the two snapshots")
                .extracting(DiffEntry::code, DiffEntry::kind).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(adjusted, ChangeKind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(withdrawn, ChangeKind.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple(added, ChangeKind.ADDED));
        assertThat(diff.changed().get(0).changes()).containsExactly(new FieldChange(DiffField.TOTAL_INVESTMENT,
                new BigDecimal("10000000.00"), new BigDecimal("12000000.00")));
        assertThat(diff.added().get(0).after().outputs()).hasSize(1);
        assertThat(diff.projectsAfter() - diff.projectsBefore()).isZero();
        assertThat(diff.investmentDelta()).isEqualByComparingTo("-3000000");
        DiffGroup jinshui = diff.groups().stream()
                .filter(g -> "C1.4".equals(g.programCode()) && "J04".equals(g.districtCode())).findFirst().orElseThrow();
        assertThat(jinshui.added()).isEqualTo(1);
        assertThat(jinshui.changed()).isEqualTo(1);
        assertThat(jinshui.withdrawn()).isEqualTo(1);
        assertThat(jinshui.investmentDelta()).isEqualByComparingTo("-3000000");
        assertThat(diff.outputs()).filteredOn(o -> o.targetCode().equals("C1.4-T9")).singleElement()
                .satisfies(o -> assertThat(o.delta()).isEqualByComparingTo("120"));
        assertThat(view.targetZh(LibraryTestData.PLAN, "C1.4-T9")).isNotBlank();
    }

    @Test
    void aDiffWithoutBothSnapshotsAsksForThem() {
        People p = people();
        LibrarySnapshotRow baseline = RunAs.user(p.city(), PW, () -> snapshots.takeBaseline("基线 " + p.u(), "Baseline " + p.u()));
        RunAs.user(p.city(), PW, () -> {
            assertThatThrownBy(() -> snapshots.diff(null, baseline.id())).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.getViolations()).singleElement().satisfies(x -> {
                        assertThat(x.messageKey()).isEqualTo("library.diff.snapshotsRequired");
                        assertThat(x.field()).isEqualTo("from");
                    }));
            assertThatThrownBy(() -> snapshots.diff(baseline.id(), null)).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.getViolations().get(0).messageKey()).isEqualTo("library.diff.snapshotsRequired"));
            assertThatThrownBy(() -> snapshots.diff(baseline.id(), baseline.id())).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.getViolations().get(0).messageKey()).isEqualTo("library.diff.sameSnapshot"));
        });
    }

    @Test
    void aProposalAfterTheDeadlineIsRefusedAndNothingIsWritten() {
        People p = people();
        String code = data.reserveProject("XL-LATE-" + p.u(), p.unit(), "C1.4", "J04", null, "1000000");
        String round = data.roundPastDeadline("R-LATE-" + p.u(), 2);
        RunAs.user(p.office(), PW, () -> assertThatThrownBy(() -> proposals.submit(
                ProposalDraft.stageChange(round, ProposalKind.WITHDRAW, code, "不再建设")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations().get(0).messageKey())
                        .isEqualTo("library.round.deadlinePassed")));
        RunAs.user(p.office(), PW, () -> assertThatThrownBy(() -> proposals.submit(newProject(round, "XL-LATE-N-" + p.u(), "1000")))
                .isInstanceOf(RuleViolation.class));
        assertThat(data.proposalCount(code)).isZero();
        assertThat(RunAs.user(p.city(), PW, () -> rounds.detail(round).phase()))
                .isEqualTo(org.citygov.plantracker.domain.model.library.RoundPhase.REVIEWING);
    }

    @Test
    void anOfficeCannotReviewNorOpenNorProposeForAnotherUnit() {
        People p = people();
        People other = people();
        String mine = data.reserveProject("XL-MINE-" + p.u(), p.unit(), "C1.4", "J04", null, "1000000");
        String theirs = data.reserveProject("XL-THEIRS-" + p.u(), other.unit(), "C1.4", "J04", null, "1000000");
        RoundView round = open(p);
        Long id = RunAs.user(p.office(), PW, () -> proposals.submit(
                ProposalDraft.stageChange(round.code(), ProposalKind.WITHDRAW, mine, "不再建设")).id());

        RunAs.user(p.office(), PW, () -> {
            long version = proposals.detail(id).version();
            assertThat(proposals.detail(id).canReview()).isFalse();
            assertThatThrownBy(() -> proposals.decide(id, version, ReviewDecision.APPROVE, "自己批准"))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("library.access.cityOnly"));
            assertThatThrownBy(() -> rounds.close(round.code(), round.version())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rounds.open(new RoundOpening("R-X-" + p.u(), "x", null, 2026, today(), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> proposals.submit(ProposalDraft.stageChange(round.code(), ProposalKind.WITHDRAW,
                    theirs, "别人的项目"))).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.getMessageKey()).isEqualTo("access.otherUnit"));
        });
        RunAs.user(other.office(), PW, () -> {
            assertThatThrownBy(() -> proposals.detail(id)).isInstanceOf(AccessDeniedException.class);
            assertThat(proposals.list(round.code(), null, null)).isEmpty();
        });
        assertThat(data.proposalStatus(id)).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(data.proposalCount(theirs)).isZero();
    }
}
