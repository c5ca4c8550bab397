package org.citygov.plantracker.domain.service.funding;

import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.service.funding.FundingPosition.Line;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-computed cases of the derived figures (amounts in yuan). */
class FundingPositionTest {

    private static BigDecimal y(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aProjectFundedFromThreeSources() {
        // total 8,000,000; central 2,000,000 approved of 2,500,000, 1,500,000 paid;
        // bonds 3,000,000 approved of 3,000,000, 600,000 paid; social capital 1,000,000 pending;
        // municipal 400,000 rejected.
        FundingPosition p = FundingPosition.of(y("8000000"), List.of(
                new Line("CENTRAL_BUDGET", true, FundingLineStatus.APPROVED, y("2500000"), y("2000000"), y("1500000")),
                new Line("SPECIAL_BOND", true, FundingLineStatus.APPROVED, y("3000000"), y("3000000"), y("600000")),
                new Line("SOCIAL_CAPITAL", false, FundingLineStatus.REQUESTED, y("1000000"), null, y("0")),
                new Line("MUNICIPAL_BUDGET", true, FundingLineStatus.REJECTED, y("400000"), null, y("0"))));

        assertThat(p.requested()).isEqualByComparingTo("6500000");      // 2.5 + 3 + 1 million, rejected left out
        assertThat(p.pending()).isEqualByComparingTo("1000000");
        assertThat(p.approved()).isEqualByComparingTo("5000000");
        assertThat(p.disbursed()).isEqualByComparingTo("2100000");
        assertThat(p.unsecured()).isEqualByComparingTo("3000000");      // 8 − 5 million
        assertThat(p.excess()).isZero();
        assertThat(p.securedPercent()).isEqualByComparingTo("62.50");    // 5 / 8
        assertThat(p.disbursedPercentOfApproved()).isEqualByComparingTo("42.00"); // 2.1 / 5
        assertThat(p.disbursedPercentOfTotal()).isEqualByComparingTo("26.25");    // 2.1 / 8
        assertThat(p.governmentPercentOfApproved()).isEqualByComparingTo("100.00");

        assertThat(p.bySource()).extracting(FundingPosition.SourceShare::sourceCode)
                .containsExactly("CENTRAL_BUDGET", "SPECIAL_BOND", "SOCIAL_CAPITAL", "MUNICIPAL_BUDGET");
        FundingPosition.SourceShare central = p.bySource().get(0);
        assertThat(central.approved()).isEqualByComparingTo("2000000");
        assertThat(central.percentOfApproved()).isEqualByComparingTo("40.00");    // 2 / 5
        assertThat(central.percentOfTotal()).isEqualByComparingTo("25.00");       // 2 / 8
        FundingPosition.SourceShare social = p.bySource().get(2);
        assertThat(social.requested()).isEqualByComparingTo("1000000");
        assertThat(social.approved()).isZero();
        assertThat(social.percentOfApproved()).isEqualByComparingTo("0.00");
        assertThat(p.bySource().get(3).requested()).isZero();
    }

    @Test
    void linesOfTheSameSourceAddUpAndMarketMoneyLowersTheGovernmentShare() {
        FundingPosition p = FundingPosition.of(y("3000000"), List.of(
                new Line("BANK_LOAN", false, FundingLineStatus.APPROVED, y("1000000"), y("1000000"), y("0")),
                new Line("DISTRICT_BUDGET", true, FundingLineStatus.APPROVED, y("600000"), y("500000"), y("100000")),
                new Line("BANK_LOAN", false, FundingLineStatus.APPROVED, y("500000"), y("500000"), y("250000"))));
        assertThat(p.bySource()).hasSize(2);
        assertThat(p.bySource().get(0).approved()).isEqualByComparingTo("1500000");
        assertThat(p.bySource().get(0).disbursed()).isEqualByComparingTo("250000");
        assertThat(p.approved()).isEqualByComparingTo("2000000");
        assertThat(p.governmentPercentOfApproved()).isEqualByComparingTo("25.00"); // 0.5 / 2
        assertThat(p.unsecured()).isEqualByComparingTo("1000000");
        assertThat(p.disbursedPercentOfApproved()).isEqualByComparingTo("17.50");  // 0.35 / 2
    }

    @Test
    void approvalsBeyondTheTotalShowAsExcessNotANegativeGap() {
        FundingPosition p = FundingPosition.of(y("1000000"), List.of(
                new Line("OTHER", false, FundingLineStatus.APPROVED, y("1200000"), y("1200000"), y("0"))));
        assertThat(p.unsecured()).isZero();
        assertThat(p.excess()).isEqualByComparingTo("200000");
        assertThat(p.securedPercent()).isEqualByComparingTo("120.00");
    }

    @Test
    void withoutLinesEverythingIsUnsecuredAndSharesOfNothingAreUnknown() {
        FundingPosition p = FundingPosition.of(y("750000"), List.of());
        assertThat(p.unsecured()).isEqualByComparingTo("750000");
        assertThat(p.securedPercent()).isEqualByComparingTo("0.00");
        assertThat(p.disbursedPercentOfApproved()).isNull();
        assertThat(p.governmentPercentOfApproved()).isNull();
        assertThat(p.bySource()).isEmpty();

        FundingPosition nothing = FundingPosition.of(BigDecimal.ZERO, List.of());
        assertThat(nothing.securedPercent()).isNull();
        assertThat(nothing.unsecured()).isZero();
    }

    @Test
    void returnedRequestsStillCountAsRequestedButNotAsPending() {
        FundingPosition p = FundingPosition.of(y("100"), List.of(
                new Line("OTHER", false, FundingLineStatus.RETURNED, y("60"), null, y("0")),
                new Line("OTHER", false, FundingLineStatus.REQUESTED, y("30"), null, y("0"))));
        assertThat(p.requested()).isEqualByComparingTo("90");
        assertThat(p.pending()).isEqualByComparingTo("30");
        assertThat(p.approved()).isZero();
    }

    @Test
    void sharesRoundHalfUpToTwoDecimals() {
        assertThat(FundingPosition.percent(y("1"), y("3"))).isEqualByComparingTo("33.33");
        assertThat(FundingPosition.percent(y("2"), y("3"))).isEqualByComparingTo("66.67");
        assertThat(FundingPosition.percent(y("1"), y("8"))).isEqualByComparingTo("12.50");
        assertThat(FundingPosition.percent(y("1"), y("0"))).isNull();
    }
}
