package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.domain.service.slippage.Facts.T;
import static org.citygov.plantracker.domain.service.slippage.Facts.d;
import static org.citygov.plantracker.domain.service.slippage.Facts.done;
import static org.citygov.plantracker.domain.service.slippage.Facts.open;

/** Rules 1–5 together: a late project's rating makes a target's forecast miss. */
class PortfolioEvaluatorTest {

    @Test
    void aLateProjectIsRedAndItsOutputMissesTheDeadline() {
        UnitFacts city = Facts.city("PC");
        UnitFacts district = Facts.district(city, "PC01", JurisdictionKind.COUNTY);
        TargetFacts depots = new Facts.Tg().metric("emergency_supply_depots", "depots").value(1).due("2024-12-31")
                .scope(TargetScope.PER_DISTRICT_COUNTY).build();
        // planned 1 Jan – 10 Apr 2024 (PV as in EarnedScheduleRuleTest); asOf 1 Mar: SPI(t) 0.75 → red,
        // forecast finish 14 May 2024 — before the end-2024 deadline, so the depot still counts, at risk
        Facts.P late = new Facts.P().code("LATE").in(district.id()).span("2024-01-01", "2024-04-10")
                .milestone(done("M1", "2024-01-31", "2024-02-05", 1))
                .milestone(open("M2", "2024-03-01", null, 1, 50))
                .milestone(open("M3", "2024-04-10", null, 2, 0))
                .output(depots.id(), 1);
        PortfolioFacts facts = Facts.portfolio(List.of(city, district), List.of(late.build()), List.of(depots),
                List.of(), List.of());
        PortfolioEvaluation e = PortfolioEvaluator.evaluate(facts, d("2024-03-01"), T);
        ProjectEvaluation p = e.project("LATE").orElseThrow();
        assertThat(p.band()).isEqualTo(Band.RED);
        assertThat(p.forecastFinish()).isEqualTo(d("2024-05-14"));
        assertThat(p.planDeadline()).isEqualTo(d("2024-12-31"));
        assertThat(p.lateForPlan()).isFalse();
        TargetEvaluation row = e.row(depots.id(), district.id()).orElseThrow();
        assertThat(row.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(e.headline(depots.id()).orElseThrow().role()).isEqualTo(RowRole.ROLLUP);
        assertThat(e.childRows(depots.id(), city.id())).containsExactly(row);
    }

    @Test
    void seenFromAPastDayWorkDoneLaterWasStillOpen() {
        UnitFacts city = Facts.city("PT");
        // finished (竣工) in 2024: M1 done 5 Feb, M2 10 Mar, M3 (w 2) 15 May 2024
        Facts.P p = new Facts.P().code("DONE").in(city.id()).stage(org.citygov.plantracker.domain.model.project.Stage.COMPLETED)
                .span("2024-01-01", "2024-04-10")
                .milestone(done("M1", "2024-01-31", "2024-02-05", 1))
                .milestone(done("M2", "2024-03-01", "2024-03-10", 1))
                .milestone(done("M3", "2024-04-10", "2024-05-15", 2));
        PortfolioFacts facts = Facts.portfolio(List.of(city), List.of(p.build()), List.of(), List.of(), List.of());
        // today: finished → green
        assertThat(PortfolioEvaluator.evaluate(facts, d("2024-12-01"), T).project("DONE").orElseThrow().band())
                .isEqualTo(Band.GREEN);
        // seen from 1 Mar 2024: only M1 was done (EV 25 %), M2 and M3 open with forecasts 10 Mar and 15 May;
        // ES = 30 days (PV reached 25 % on 31 Jan), AT = 60 → SPI(t) 0.5 → red; forecast ≥ 15 May (M3's)
        ProjectEvaluation then = PortfolioEvaluator.evaluate(facts, d("2024-03-01"), T).project("DONE").orElseThrow();
        assertThat(then.schedule().earnedPercent()).isEqualByComparingTo("25");
        assertThat(then.schedule().spi()).isEqualByComparingTo("0.5");
        assertThat(then.band()).isEqualTo(Band.RED);
        assertThat(then.forecastFinish()).isAfterOrEqualTo(d("2024-05-15"));
        assertThat(then.delays()).filteredOn(MilestoneDelay::isDone).hasSize(1);
    }

    @Test
    void emptyPortfolio() {
        PortfolioEvaluation e = PortfolioEvaluator.evaluate(Facts.portfolio(List.of(), List.of(), List.of(),
                List.of(), List.of()), d("2024-03-01"), T);
        assertThat(e.targetRows()).isEmpty();
        assertThat(e.projects()).isEmpty();
    }
}
