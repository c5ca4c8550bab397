package org.citygov.plantracker.application.funding;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.funding.FundingCommands.Decision;
import org.citygov.plantracker.application.funding.FundingFixtures.World;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
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
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused with a specific reason, and the database is exactly as before. */
@ExtendWith(ArquillianExtension.class)
class FundingValidationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(FundingFixtures.class);
    }

    private static final String PW = FundingFixtures.PASSWORD;

    @Inject
    FundingFixtures fixtures;

    @Inject
    FundingWorkflow workflow;

    @PersistenceContext
    EntityManager em;

    /** Everything about a project's money, straight from the tables. */
    private List<Object> state(String projectCode) {
        em.clear();
        String lines = em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(f.requested), 0), COALESCE(SUM(f.approved), 0), "
                + "COALESCE(SUM(f.disbursed), 0), COALESCE(SUM(f.version), 0) FROM funding_line f JOIN project p "
                + "ON p.id = f.project_id WHERE p.code = ?1").setParameter(1, projectCode).getResultList()
                .stream().map(r -> java.util.Arrays.toString((Object[]) r)).toList().toString();
        Object ledger = em.createNativeQuery("SELECT COUNT(*) FROM funding_disbursement d JOIN funding_line f "
                + "ON f.id = d.funding_line_id JOIN project p ON p.id = f.project_id WHERE p.code = ?1")
                .setParameter(1, projectCode).getSingleResult().toString();
        Object statuses = em.createNativeQuery("SELECT f.status FROM funding_line f JOIN project p ON p.id = f.project_id "
                + "WHERE p.code = ?1 ORDER BY f.id").setParameter(1, projectCode).getResultList().toString();
        Long audit = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.projectCode = :c", Long.class)
                .setParameter("c", projectCode).getSingleResult();
        return List.of(lines, ledger, statuses, audit);
    }

    private void refused(World w, String user, Callable<?> work, String... keys) {
        List<Object> before = state(w.project());
        assertThatThrownBy(() -> RunAs.user(user, PW, work))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).getViolations())
                        .extracting(RuleViolation.Violation::messageKey).containsExactlyInAnyOrder(keys));
        assertThat(state(w.project())).isEqualTo(before);
    }

    private long version(Long lineId) {
        em.clear();
        return ((Number) em.createNativeQuery("SELECT version FROM funding_line WHERE id = ?1")
                .setParameter(1, lineId).getSingleResult()).longValue();
    }

    @Test
    void badRequestsWriteNothing() {
        World w = fixtures.world("2000000");
        refused(w, w.office(), () -> workflow.request(w.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2027, new BigDecimal("100"), null)), "funding.yearOutsideSpan");
        refused(w, w.office(), () -> workflow.request(w.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2024, new BigDecimal("-100"), null)), "funding.negative");
        refused(w, w.office(), () -> workflow.request(w.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2023, BigDecimal.ZERO, null)),
                "funding.yearOutsideSpan", "funding.requestNotPositive");
        refused(w, w.office(), () -> workflow.request(w.project(),
                new FundingCommands.Request(" ", 2024, BigDecimal.TEN, null)), "funding.sourceRequired");
        assertThat(state(w.project()).get(0).toString()).startsWith("[[0,");
    }

    @Test
    void badReviewsAndPaymentsWriteNothing() {
        World w = fixtures.world("2000000");
        Long lineId = RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("SPECIAL_BOND", 2025, new BigDecimal("1000000"), null)));

        refused(w, w.finance(), () -> { workflow.review(lineId, new FundingCommands.Review(version(lineId),
                Decision.APPROVE, new BigDecimal("1000000.01"), null)); return null; }, "funding.approvedAboveRequested");
        refused(w, w.finance(), () -> { workflow.review(lineId, new FundingCommands.Review(version(lineId),
                Decision.APPROVE, new BigDecimal("-1"), null)); return null; }, "funding.negative");
        refused(w, w.finance(), () -> { workflow.review(lineId, new FundingCommands.Review(version(lineId),
                Decision.REJECT, null, "  ")); return null; }, "funding.commentRequired");
        refused(w, w.finance(), () -> workflow.disburse(lineId, new FundingCommands.Payment(version(lineId),
                LocalDate.now(ZoneId.of("Asia/Shanghai")), BigDecimal.ONE, "V", null)), "funding.notApproved");

        RunAs.user(w.finance(), PW, () -> workflow.review(lineId, new FundingCommands.Review(version(lineId),
                Decision.APPROVE, new BigDecimal("600000"), "部分批准")));
        refused(w, w.finance(), () -> workflow.disburse(lineId, new FundingCommands.Payment(version(lineId),
                LocalDate.now(ZoneId.of("Asia/Shanghai")), new BigDecimal("600000.01"), "V-1", null)), "funding.disbursedAboveApproved");
        refused(w, w.finance(), () -> workflow.disburse(lineId, new FundingCommands.Payment(version(lineId),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3), new BigDecimal("-5"), "", null)),
                "funding.paidOnInFuture", "funding.disbursementNotPositive", "funding.voucherRequired");
        refused(w, w.finance(), () -> { workflow.review(lineId, new FundingCommands.Review(version(lineId),
                Decision.APPROVE, new BigDecimal("1"), null)); return null; }, "funding.notPending");

        Long paid = RunAs.user(w.finance(), PW, () -> workflow.disburse(lineId, new FundingCommands.Payment(
                version(lineId), LocalDate.now(ZoneId.of("Asia/Shanghai")), new BigDecimal("600000"), "V-2", null)));
        refused(w, w.finance(), () -> workflow.disburse(lineId, new FundingCommands.Payment(version(lineId),
                LocalDate.now(ZoneId.of("Asia/Shanghai")), new BigDecimal("0.01"), "V-3", null)), "funding.disbursedAboveApproved");
        refused(w, w.finance(), () -> workflow.reverse(paid, new FundingCommands.Reversal(version(lineId),
                LocalDate.now(ZoneId.of("Asia/Shanghai")), " ")), "funding.reversalReason");
        Long reversal = RunAs.user(w.finance(), PW, () -> workflow.reverse(paid,
                new FundingCommands.Reversal(version(lineId), LocalDate.now(ZoneId.of("Asia/Shanghai")), "重复拨付")));
        refused(w, w.finance(), () -> workflow.reverse(paid, new FundingCommands.Reversal(version(lineId),
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "再次冲销")), "funding.alreadyReversed");
        refused(w, w.finance(), () -> workflow.reverse(reversal, new FundingCommands.Reversal(version(lineId),
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "冲销冲销")), "funding.reverseReversal");
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        World w = fixtures.world("2000000");
        Long lineId = RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("SPECIAL_BOND", 2025, new BigDecimal("1000000"), null)));
        long read = version(lineId);
        RunAs.user(w.finance(), PW, () -> workflow.review(lineId, new FundingCommands.Review(read,
                Decision.APPROVE, new BigDecimal("1000000"), "同意")));
        List<Object> before = state(w.project());
        // a second reviewer still holding the old version
        assertThatThrownBy(() -> RunAs.user(w.finance(), PW, () -> workflow.disburse(lineId,
                new FundingCommands.Payment(read, LocalDate.now(ZoneId.of("Asia/Shanghai")), BigDecimal.TEN, "V-1", null))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(state(w.project())).isEqualTo(before);
    }
}
