package org.citygov.plantracker.domain.model.funding;

import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundingLineTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 6, 15, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();

    private final Project project = Projects.health("10000000.00");
    private final FundingSource bonds = new FundingSource("SPECIAL_BOND", "地方政府专项债券", "Special bonds", true, 50);

    private FundingLine requested(String amount) {
        return new FundingLine(project, bonds, 2024, new BigDecimal(amount), "一期", "office", NOW);
    }

    private static List<String> keys(Throwable e) {
        return ((RuleViolation) e).getViolations().stream().map(RuleViolation.Violation::messageKey).toList();
    }

    @Test
    void aRequestWaitsForReview() {
        FundingLine line = requested("3000000");
        assertThat(line.getStatus()).isEqualTo(FundingLineStatus.REQUESTED);
        assertThat(line.getRequested()).isEqualByComparingTo("3000000.00");
        assertThat(line.approvedOrZero()).isZero();
        assertThat(line.getRequestedBy()).isEqualTo("office");
    }

    @Test
    void aRequestIsRefusedOutsideTheSpanWithANegativeAmountOrAForbiddenSource() {
        assertThatThrownBy(() -> new FundingLine(project, bonds, 2026, new BigDecimal("1"), null, "o", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.yearOutsideSpan"));
        assertThatThrownBy(() -> new FundingLine(project, bonds, 2022, new BigDecimal("1"), null, "o", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.yearOutsideSpan"));
        assertThatThrownBy(() -> new FundingLine(project, bonds, 2024, new BigDecimal("-1"), null, "o", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.negative"));
        assertThatThrownBy(() -> new FundingLine(project, bonds, 2024, BigDecimal.ZERO, null, "o", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.requestNotPositive"));

        bonds.allowOnlyFor(EnumSet.of(Category.HOUSING, Category.EDUCATION));
        assertThatThrownBy(() -> requested("1"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.sourceNotForCategory"));
        bonds.allowOnlyFor(EnumSet.of(Category.HEALTH));
        assertThat(requested("1").getSource()).isSameAs(bonds);

        bonds.retire();
        assertThatThrownBy(() -> requested("1"))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.sourceRetired"));
    }

    @Test
    void approvalMayBeLowerButNotHigherThanTheRequest() {
        FundingLine line = requested("3000000");
        assertThatThrownBy(() -> line.approve(new BigDecimal("3000000.01"), null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.approvedAboveRequested"));
        assertThatThrownBy(() -> line.approve(new BigDecimal("-5"), null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.negative"));
        assertThat(line.getStatus()).isEqualTo(FundingLineStatus.REQUESTED);

        assertThatThrownBy(() -> line.approve(new BigDecimal("2000000"), " ", "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).contains("funding.lessNeedsComment"));
        line.approve(new BigDecimal("2000000"), "专项债额度有限", "fin", NOW);
        assertThat(line.getStatus()).isEqualTo(FundingLineStatus.APPROVED);
        assertThat(line.getApproved()).isEqualByComparingTo("2000000.00");
        assertThat(line.getReviewComment()).isEqualTo("专项债额度有限");
        assertThat(line.getReviewedBy()).isEqualTo("fin");

        assertThatThrownBy(() -> line.approve(new BigDecimal("1"), null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.notPending"));
    }

    @Test
    void rejectingOrReturningNeedsAComment() {
        FundingLine line = requested("100");
        assertThatThrownBy(() -> line.reject(" ", "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.commentRequired"));
        assertThatThrownBy(() -> line.returnForChanges(null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.commentRequired"));
        line.reject("不符合支持方向", "fin", NOW);
        assertThat(line.getStatus()).isEqualTo(FundingLineStatus.REJECTED);
        assertThat(line.approvedOrZero()).isZero();
    }

    @Test
    void aReturnedRequestIsChangedAndSentAgain() {
        FundingLine line = requested("100");
        assertThatThrownBy(() -> line.resubmit(new BigDecimal("80"), null, "office", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.notReturned"));
        line.returnForChanges("请补充可研批复", "fin", NOW);
        line.resubmit(new BigDecimal("80"), "已补充", "office", NOW.plusDays(1));
        assertThat(line.getStatus()).isEqualTo(FundingLineStatus.REQUESTED);
        assertThat(line.getRequested()).isEqualByComparingTo("80");
        assertThat(line.getRequestNote()).isEqualTo("已补充");
    }

    @Test
    void disbursementsStayWithinTheApprovalAndTheLedgerAddsUp() {
        FundingLine line = requested("1000000");
        assertThatThrownBy(() -> line.disburse(TODAY, new BigDecimal("1"), "V1", null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.notApproved"));
        line.approve(new BigDecimal("600000"), "额度调减", "fin", NOW);

        line.disburse(TODAY.minusDays(10), new BigDecimal("250000"), "2024-记-0001", "首笔", "fin", NOW);
        line.disburse(TODAY, new BigDecimal("350000"), "2024-记-0002", null, "fin", NOW);
        assertThat(line.getDisbursed()).isEqualByComparingTo("600000");
        assertThat(line.ledgerTotal()).isEqualByComparingTo(line.getDisbursed());
        assertThat(line.undisbursed()).isZero();

        assertThatThrownBy(() -> line.disburse(TODAY, new BigDecimal("0.01"), "V3", null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.disbursedAboveApproved"));
        assertThat(line.getDisbursements()).hasSize(2);
    }

    @Test
    void aDisbursementNeedsAPositiveAmountADateNotInTheFutureAndAVoucher() {
        FundingLine line = requested("1000");
        line.approve(new BigDecimal("1000"), null, "fin", NOW);
        assertThatThrownBy(() -> line.disburse(TODAY.plusDays(1), BigDecimal.ZERO, " ", null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactlyInAnyOrder("funding.paidOnInFuture",
                        "funding.disbursementNotPositive", "funding.voucherRequired"));
        assertThatThrownBy(() -> line.disburse(null, new BigDecimal("-3"), "V", null, "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactlyInAnyOrder("funding.paidOnRequired",
                        "funding.disbursementNotPositive"));
        assertThat(line.getDisbursed()).isZero();
        assertThat(line.getDisbursements()).isEmpty();
    }

    @Test
    void aCorrectionIsAReversingEntryNeverAnEdit() {
        FundingLine line = requested("1000000");
        line.approve(new BigDecimal("800000"), "额度调减", "fin", NOW);
        Disbursement wrong = line.disburse(TODAY.minusDays(3), new BigDecimal("500000"), "V-9", null, "fin", NOW);
        Disbursement right = line.disburse(TODAY.minusDays(3), new BigDecimal("50000"), "V-10", null, "fin", NOW);

        Disbursement reversal = line.reverse(wrong, TODAY, "金额录入错误", "fin", NOW);
        assertThat(reversal.isReversal()).isTrue();
        assertThat(reversal.getAmount()).isEqualByComparingTo("-500000");
        assertThat(reversal.getReverses()).isSameAs(wrong);
        assertThat(wrong.getAmount()).isEqualByComparingTo("500000");
        assertThat(line.getDisbursements()).containsExactly(wrong, right, reversal);
        assertThat(line.getDisbursed()).isEqualByComparingTo("50000");
        assertThat(line.ledgerTotal()).isEqualByComparingTo(line.getDisbursed());
        assertThat(line.reversalOf(wrong)).contains(reversal);

        assertThatThrownBy(() -> line.reverse(wrong, TODAY, "again", "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.alreadyReversed"));
        assertThatThrownBy(() -> line.reverse(reversal, TODAY, "undo", "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.reverseReversal"));
        assertThatThrownBy(() -> line.reverse(right, TODAY, "", "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.reversalReason"));
        assertThatThrownBy(() -> line.reverse(right, TODAY.minusDays(4), "早于付款", "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.reversalBeforePayment"));

        FundingLine other = requested("10");
        other.approve(new BigDecimal("10"), null, "fin", NOW);
        assertThatThrownBy(() -> other.reverse(right, TODAY, "wrong line", "fin", NOW))
                .satisfies(e -> assertThat(keys(e)).containsExactly("funding.entryNotOnLine"));
        assertThat(line.getDisbursed()).isEqualByComparingTo("50000");
        assertThat(line.getDisbursements()).hasSize(3);
    }
}
