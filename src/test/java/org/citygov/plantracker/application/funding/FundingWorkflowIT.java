package org.citygov.plantracker.application.funding;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.funding.FundingCommands.Decision;
import org.citygov.plantracker.application.funding.FundingFixtures.World;
import org.citygov.plantracker.domain.model.audit.AuditEntry;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;
import org.citygov.plantracker.test.Deployments;
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

/** Request → approve lower → disburse → reverse, end to end through the services, audited. */
@ExtendWith(ArquillianExtension.class)
class FundingWorkflowIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(FundingFixtures.class);
    }

    @Inject
    FundingFixtures fixtures;

    @Inject
    FundingWorkflow workflow;

    @Inject
    FundingQueries queries;

    @Inject
    FundingDashboard dashboard;

    @PersistenceContext
    EntityManager em;

    private static final String PW = FundingFixtures.PASSWORD;

    @Test
    void requestApproveLowerDisburseAndReverse() {
        World w = fixtures.world("8000000.00");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        DashboardFilter mine = new DashboardFilter(w.street(), null, null, null);

        // the office asks for 3,000,000 from special bonds for 2025
        Long lineId = RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("SPECIAL_BOND", 2025, new BigDecimal("3000000"), "主体工程")));
        LineView requested = RunAs.user(w.finance(), PW, () -> queries.line(lineId));
        assertThat(requested.status()).isEqualTo(FundingLineStatus.REQUESTED);
        assertThat(requested.requestedBy()).isEqualTo(w.office());
        assertThat(RunAs.user(w.finance(), PW, () -> queries.reviewQueue(null)))
                .extracting(LineRow::id).contains(lineId);

        // finance approves 2,000,000 (less than asked), with a comment
        RunAs.user(w.finance(), PW, () -> workflow.review(lineId, new FundingCommands.Review(requested.version(),
                Decision.APPROVE, new BigDecimal("2000000"), "本年度专项债额度调减")));
        LineView approved = RunAs.user(w.finance(), PW, () -> queries.line(lineId));
        assertThat(approved.status()).isEqualTo(FundingLineStatus.APPROVED);
        assertThat(approved.approved()).isEqualByComparingTo("2000000");
        assertThat(approved.reviewedBy()).isEqualTo(w.finance());
        assertThat(RunAs.user(w.finance(), PW, () -> queries.reviewQueue(null)))
                .extracting(LineRow::id).doesNotContain(lineId);

        // two payments, then the first one turns out wrong and is reversed
        Long first = RunAs.user(w.finance(), PW, () -> workflow.disburse(lineId, new FundingCommands.Payment(
                approved.version(), today.minusDays(2), new BigDecimal("800000"), "2025-记-0101", "首笔")));
        long v2 = RunAs.user(w.finance(), PW, () -> queries.line(lineId)).version();
        RunAs.user(w.finance(), PW, () -> workflow.disburse(lineId, new FundingCommands.Payment(
                v2, today.minusDays(1), new BigDecimal("500000"), "2025-记-0102", null)));
        long v3 = RunAs.user(w.finance(), PW, () -> queries.line(lineId)).version();
        Long reversal = RunAs.user(w.finance(), PW, () -> workflow.reverse(first,
                new FundingCommands.Reversal(v3, today, "收款账户错误，冲销")));

        LineView after = RunAs.user(w.office(), PW, () -> queries.line(lineId));
        assertThat(after.disbursed()).isEqualByComparingTo("500000");
        assertThat(after.undisbursed()).isEqualByComparingTo("1500000");
        assertThat(after.ledger()).hasSize(3);
        LineView.Entry original = after.ledger().get(0);
        assertThat(original.amount()).isEqualByComparingTo("800000");   // never edited
        assertThat(original.reversedById()).isEqualTo(reversal);
        assertThat(original.reversible()).isFalse();
        LineView.Entry correction = after.ledger().get(2);
        assertThat(correction.amount()).isEqualByComparingTo("-800000");
        assertThat(correction.reversesId()).isEqualTo(first);
        assertThat(correction.voucherNo()).isEqualTo("2025-记-0101");

        // the stored total is the ledger's sum
        Object[] sums = (Object[]) em.createNativeQuery("SELECT f.disbursed, (SELECT SUM(d.amount) FROM "
                + "funding_disbursement d WHERE d.funding_line_id = f.id) FROM funding_line f WHERE f.id = ?1")
                .setParameter(1, lineId).getSingleResult();
        assertThat(new BigDecimal(sums[0].toString())).isEqualByComparingTo(new BigDecimal(sums[1].toString()));

        // derived figures of the project: 8,000,000 total, 2,000,000 secured, 6,000,000 unsecured
        ProjectFunding funding = RunAs.user(w.office(), PW, () -> queries.project(w.project()));
        assertThat(funding.position().approved()).isEqualByComparingTo("2000000");
        assertThat(funding.position().unsecured()).isEqualByComparingTo("6000000");
        assertThat(funding.position().disbursed()).isEqualByComparingTo("500000");
        assertThat(funding.position().securedPercent()).isEqualByComparingTo("25.00");
        assertThat(funding.position().bySource()).singleElement()
                .satisfies(s -> assertThat(s.sourceCode()).isEqualTo("SPECIAL_BOND"));

        // the dashboard, filtered to this test's street, sums the same
        Totals.Group totals = RunAs.user(w.city(), PW, () -> dashboard.portfolio(mine));
        assertThat(totals.projects()).isEqualTo(1);
        assertThat(totals.totalInvestment()).isEqualByComparingTo("8000000");
        assertThat(totals.amounts().requested()).isEqualByComparingTo("3000000");
        assertThat(totals.amounts().approved()).isEqualByComparingTo("2000000");
        assertThat(totals.amounts().disbursed()).isEqualByComparingTo("500000");
        assertThat(totals.unsecured()).isEqualByComparingTo("6000000");
        List<Totals.Group> byDistrict = RunAs.user(w.finance(), PW,
                () -> dashboard.by(FundingDashboard.Dimension.DISTRICT, mine));
        assertThat(byDistrict).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo(w.district());
            assertThat(g.unsecured()).isEqualByComparingTo("6000000");
        });
        assertThat(RunAs.user(w.finance(), PW, () -> dashboard.by(FundingDashboard.Dimension.PROGRAM, mine)))
                .singleElement().satisfies(g -> assertThat(g.key()).isEqualTo(w.programCode()));
        assertThat(RunAs.user(w.finance(), PW, () -> dashboard.by(FundingDashboard.Dimension.CHAPTER, mine)))
                .singleElement().satisfies(g -> assertThat(g.amounts().disbursed()).isEqualByComparingTo("500000"));
        Totals.SourceYearGrid grid = RunAs.user(w.finance(), PW, () -> dashboard.sourceYearGrid(mine));
        assertThat(grid.years()).containsExactly(2025);
        assertThat(grid.rows()).singleElement().satisfies(r -> {
            assertThat(r.sourceCode()).isEqualTo("SPECIAL_BOND");
            assertThat(r.year(2025).approved()).isEqualByComparingTo("2000000");
        });

        // every step is in the project's history, by whom it was done
        List<AuditEntry> history = em.createQuery("SELECT a FROM AuditEntry a WHERE a.projectCode = :c ORDER BY a.id",
                AuditEntry.class).setParameter("c", w.project()).getResultList();
        assertThat(history).extracting(AuditEntry::getAction).contains("funding.request", "funding.approve",
                "funding.disburse", "funding.reverse");
        assertThat(history).filteredOn(a -> a.getAction().equals("funding.approve") && a.getFieldName() == null)
                .singleElement().satisfies(a -> {
                    assertThat(a.getUsername()).isEqualTo(w.finance());
                    assertThat(a.getComment()).isEqualTo("本年度专项债额度调减");
                });
        assertThat(history).filteredOn(a -> a.getAction().equals("funding.request"))
                .extracting(AuditEntry::getUsername).containsOnly(w.office());
    }

    @Test
    void aReturnedRequestIsChangedByTheOfficeAndApprovedInFull() {
        World w = fixtures.world("1000000.00");
        Long lineId = RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("MUNICIPAL_BUDGET", 2024, new BigDecimal("600000"), null)));
        RunAs.user(w.finance(), PW, () -> workflow.review(lineId, new FundingCommands.Review(
                queries.line(lineId).version(), Decision.RETURN, null, "请附可研批复")));
        assertThat(RunAs.user(w.office(), PW, () -> queries.myLines(null)))
                .filteredOn(r -> r.id().equals(lineId)).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(FundingLineStatus.RETURNED);
                    assertThat(r.reviewComment()).isEqualTo("请附可研批复");
                });
        RunAs.user(w.office(), PW, () -> workflow.resubmit(lineId, new FundingCommands.Resubmission(
                queries.line(lineId).version(), new BigDecimal("550000"), "已补充可研批复")));
        RunAs.user(w.finance(), PW, () -> workflow.review(lineId, new FundingCommands.Review(
                queries.line(lineId).version(), Decision.APPROVE, new BigDecimal("550000"), "额度调减")));
        LineView line = RunAs.user(w.finance(), PW, () -> queries.line(lineId));
        assertThat(line.status()).isEqualTo(FundingLineStatus.APPROVED);
        assertThat(line.approved()).isEqualByComparingTo("550000");
    }

    @Test
    void moneyAheadOfTheWorksIsFlaggedOnTheProjectAndInTheList() {
        World w = fixtures.world("1000000.00");
        fixtures.progress(w.project(), new BigDecimal("10"));
        Long lineId = RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("DISTRICT_BUDGET", 2024, new BigDecimal("1000000"), null)));
        RunAs.user(w.finance(), PW, () -> workflow.review(lineId, new FundingCommands.Review(
                queries.line(lineId).version(), Decision.APPROVE, new BigDecimal("1000000"), "额度调减")));
        RunAs.user(w.finance(), PW, () -> workflow.disburse(lineId, new FundingCommands.Payment(
                queries.line(lineId).version(), LocalDate.now(ZoneId.of("Asia/Shanghai")), new BigDecimal("700000"), "V-1", null)));
        ProjectFunding funding = RunAs.user(w.finance(), PW, () -> queries.project(w.project()));
        // 70 % paid against 10 % progress: 60 points ahead of the default 20
        assertThat(funding.assessment().disbursedShare()).isEqualByComparingTo("70.00");
        assertThat(funding.assessment().physicalProgress()).isEqualByComparingTo("10.00");
        assertThat(funding.assessment().flags()).contains(
                org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Flag.MONEY_AHEAD_OF_PROGRESS);

        List<MoneyVsWorksReview.Row> flagged = RunAs.user(w.city(), PW, () -> review.review(
                new DashboardFilter(w.street(), null, null, null), true));
        assertThat(flagged).singleElement().satisfies(r -> assertThat(r.project().code()).isEqualTo(w.project()));
    }

    @Test
    void monthlyReportsGiveInvestmentCompletedAndTheProgressTrend() {
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        // ahead: 60 % paid, 25 % of the investment completed and 32 % built
        World ahead = fixtures.world("10000000");
        fixtures.report(ahead.project(), now.minusMonths(4), "2000000", "30");
        fixtures.report(ahead.project(), now.minusMonths(1), "2500000", "32");
        Long a = RunAs.user(ahead.office(), PW, () -> workflow.request(ahead.project(),
                new FundingCommands.Request("SPECIAL_BOND", 2025, new BigDecimal("8000000"), null)));
        RunAs.user(ahead.finance(), PW, () -> workflow.review(a, new FundingCommands.Review(
                queries.line(a).version(), Decision.APPROVE, new BigDecimal("8000000"), "额度调减")));
        RunAs.user(ahead.finance(), PW, () -> workflow.disburse(a, new FundingCommands.Payment(
                queries.line(a).version(), LocalDate.now(ZoneId.of("Asia/Shanghai")), new BigDecimal("6000000"), "V-A", null)));
        ProjectFunding f = RunAs.user(ahead.finance(), PW, () -> queries.project(ahead.project()));
        assertThat(f.assessment().basis()).isEqualTo(MoneyVsWorks.Basis.MONTHLY_REPORTS);
        assertThat(f.assessment().completedShare()).isEqualByComparingTo("25.00");
        assertThat(f.assessment().physicalProgress()).isEqualByComparingTo("32.00");
        assertThat(f.assessment().progressGain()).isEqualByComparingTo("2.00");
        assertThat(f.assessment().flags()).containsExactly(MoneyVsWorks.Flag.MONEY_AHEAD_OF_PROGRESS,
                MoneyVsWorks.Flag.MONEY_AHEAD_OF_INVESTMENT);

        // stalled: 87.5 % of the approved money idle while progress rose 1 point in 3 months
        World stalled = fixtures.world("10000000");
        fixtures.report(stalled.project(), now.minusMonths(4), "3000000", "40");
        fixtures.report(stalled.project(), now.minusMonths(1), "3100000", "41");
        Long s = RunAs.user(stalled.office(), PW, () -> workflow.request(stalled.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2025, new BigDecimal("4000000"), null)));
        RunAs.user(stalled.finance(), PW, () -> workflow.review(s, new FundingCommands.Review(
                queries.line(s).version(), Decision.APPROVE, new BigDecimal("4000000"), "额度调减")));
        RunAs.user(stalled.finance(), PW, () -> workflow.disburse(s, new FundingCommands.Payment(
                queries.line(s).version(), LocalDate.now(ZoneId.of("Asia/Shanghai")), new BigDecimal("500000"), "V-S", null)));
        List<MoneyVsWorksReview.Row> rows = RunAs.user(stalled.city(), PW, () -> review.review(
                new DashboardFilter(stalled.street(), null, null, null), true));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.assessment().idleShare()).isEqualByComparingTo("87.50");
            assertThat(r.assessment().progressGain()).isEqualByComparingTo("1.00");
            assertThat(r.assessment().flags()).containsExactly(MoneyVsWorks.Flag.WORKS_STALLED_MONEY_IDLE);
        });
    }

    @Inject
    MoneyVsWorksReview review;
}
