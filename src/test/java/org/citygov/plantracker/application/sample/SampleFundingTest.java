package org.citygov.plantracker.application.sample;

import org.citygov.plantracker.application.sample.SampleFunding.Line;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleFundingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    private static Map<String, Integer> shares(Object... sourceAndShare) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (int i = 0; i < sourceAndShare.length; i += 2) {
            shares.put((String) sourceAndShare[i], (Integer) sourceAndShare[i + 1]);
        }
        return shares;
    }

    private static BigDecimal sum(List<Line> lines) {
        return lines.stream().map(Line::requested).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void splitsTheInvestmentOverYearsAndSourcesInWholeWanYuanWithoutLosingAYuan() {
        BigDecimal total = new BigDecimal("123456780000.00"); // 12,345,678 万元
        var project = new SampleFunding.Project(total, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31),
                shares("SPECIAL_BOND", 40, "BANK_LOAN", 35, "DISTRICT_BUDGET", 25), 0, false, true, null);

        List<Line> lines = SampleFunding.lines(project, AS_OF);

        assertThat(lines).hasSize(6);
        assertThat(sum(lines)).isEqualByComparingTo(total);
        assertThat(lines).allMatch(l -> l.requested().remainder(SampleFunding.WAN).signum() == 0);
        // 2022 holds 306 of the 671 days
        Line bond2022 = lines.stream().filter(l -> l.year() == 2022 && l.source().equals("SPECIAL_BOND")).findFirst()
                .orElseThrow();
        assertThat(bond2022.requested().doubleValue()).isCloseTo(total.doubleValue() * 0.4 * 306 / 671, org.assertj.core.data.Offset.offset(20_000.0));
    }

    @Test
    void aCompletedProjectHasEveryPastLineApprovedAndPaid() {
        var project = new SampleFunding.Project(new BigDecimal("10000000.00"), LocalDate.of(2022, 3, 1),
                LocalDate.of(2023, 12, 31), shares("MUNICIPAL_BUDGET", 100), 0, false, true, null);

        assertThat(SampleFunding.lines(project, AS_OF)).allSatisfy(l -> {
            assertThat(l.approved()).isEqualByComparingTo(l.requested());
            assertThat(l.disbursed()).isEqualByComparingTo(l.approved());
        });
    }

    @Test
    void anOngoingProjectKeepsARetentionOnItsLastPastYearAndIsPartlyPaidThisYear() {
        var project = new SampleFunding.Project(new BigDecimal("300000000.00"), LocalDate.of(2025, 6, 1),
                LocalDate.of(2027, 8, 31), shares("SPECIAL_BOND", 100), 10, false, false, null);

        List<Line> lines = SampleFunding.lines(project, AS_OF);

        Line y2025 = lines.get(0), y2026 = lines.get(1), y2027 = lines.get(2);
        assertThat(y2025.year()).isEqualTo(2025);
        assertThat(y2025.approved().doubleValue()).isCloseTo(y2025.requested().doubleValue() * 0.9, org.assertj.core.data.Offset.offset(10_000.0));
        assertThat(y2025.disbursed()).isLessThan(y2025.approved());
        assertThat(y2026.isApproved()).isTrue();
        assertThat(y2026.disbursed()).isGreaterThan(BigDecimal.ZERO).isLessThan(y2026.approved());
        assertThat(y2027.isApproved()).isFalse();
        assertThat(y2027.disbursed()).isZero();
        assertThat(lines).allMatch(l -> !l.isApproved() || l.approved().compareTo(l.requested()) <= 0);
        assertThat(lines).allMatch(l -> l.disbursed().compareTo(l.isApproved() ? l.approved() : BigDecimal.ZERO) <= 0);
    }

    @Test
    void pendingLeavesThisYearRequested() {
        var project = new SampleFunding.Project(new BigDecimal("2600000.00"), LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 7, 31), shares("CENTRAL_BUDGET", 30, "DISTRICT_BUDGET", 70), 0, true, false, null);

        List<Line> lines = SampleFunding.lines(project, AS_OF);

        assertThat(lines).isNotEmpty().noneMatch(Line::isApproved);
        assertThat(sum(lines)).isEqualByComparingTo("2600000.00");
    }

    @Test
    void aWithdrawnProjectKeepsOnlyWhatWasSpentBeforeItsWithdrawal() {
        var project = new SampleFunding.Project(new BigDecimal("2300000.00"), LocalDate.of(2023, 3, 1),
                LocalDate.of(2024, 6, 30), shares("DISTRICT_BUDGET", 100), 0, false, false, LocalDate.of(2023, 4, 20));

        List<Line> lines = SampleFunding.lines(project, AS_OF);

        assertThat(lines).extracting(Line::year).containsExactly(2023);
        assertThat(lines.get(0).requested()).isEqualByComparingTo("1440000.00"); // 306 of the 487 days
        assertThat(lines.get(0).approved()).isEqualByComparingTo("140000.00");  // 10 %, in whole 万元
        assertThat(lines.get(0).disbursed()).isEqualByComparingTo(lines.get(0).approved());
    }

    @Test
    void sharesMustAddUpTo100() {
        assertThatThrownBy(() -> new SampleFunding.Project(BigDecimal.TEN, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31), shares("OTHER", 90), 0, false, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
