package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.project.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.domain.service.slippage.Facts.d;
import static org.citygov.plantracker.domain.service.slippage.Facts.finished;
import static org.citygov.plantracker.domain.service.slippage.Facts.n;
import static org.citygov.plantracker.domain.service.slippage.Facts.rated;
import static org.citygov.plantracker.domain.service.slippage.Facts.unfinished;

class TargetEvaluatorTest {

    /** A small world: a city, two districts with streets, a township and communities. */
    private final UnitFacts city = Facts.city("ZC");
    private final UnitFacts d1 = Facts.district(city, "ZC01", JurisdictionKind.URBAN_DISTRICT);
    private final UnitFacts d2 = Facts.district(city, "ZC02", JurisdictionKind.COUNTY);
    private final UnitFacts s1 = Facts.under(d1, "ZC01-S1", JurisdictionLevel.STREET);
    private final UnitFacts s2 = Facts.under(d1, "ZC01-S2", JurisdictionLevel.STREET);
    private final UnitFacts s3 = Facts.under(d1, "ZC01-S3", JurisdictionLevel.STREET);
    private final UnitFacts t1 = Facts.under(d2, "ZC02-T1", JurisdictionLevel.TOWNSHIP);
    private final UnitFacts c1 = Facts.under(s1, "ZC01-S1-C1", JurisdictionLevel.COMMUNITY);
    private final UnitFacts c2 = Facts.under(s1, "ZC01-S1-C2", JurisdictionLevel.COMMUNITY);
    private final List<UnitFacts> units = List.of(city, d1, d2, s1, s2, s3, t1, c1, c2);

    private final List<ProjectFacts> projects = new ArrayList<>();
    private final Map<Long, ProjectEvaluation> ratings = new HashMap<>();
    private final List<PopulationFacts> populations = new ArrayList<>();
    private final List<StockFacts> stock = new ArrayList<>();

    private void add(Facts.P p, Band band, String forecast) {
        ProjectFacts built = p.build();
        projects.add(built);
        ratings.put(built.id(), rated(built, band, forecast));
    }

    private List<TargetEvaluation> evaluate(String asOf, TargetFacts... targets) {
        PortfolioFacts facts = Facts.portfolio(units, projects, List.of(targets), populations, stock);
        return new TargetEvaluator(new Territory(units), facts, ratings, d(asOf)).evaluateAll();
    }

    private static List<TargetEvaluation> of(List<TargetEvaluation> rows, TargetFacts target) {
        return rows.stream().filter(r -> r.targetId() == target.id()).toList();
    }

    private static TargetEvaluation at(List<TargetEvaluation> rows, UnitFacts unit) {
        return rows.stream().filter(r -> r.unitId() != null && r.unitId() == unit.id()).findFirst().orElseThrow();
    }

    @Nested
    class CitywideQuantity {
        // 5500万 m² of resettlement housing by end-2023 (CH9-T01)
        final TargetFacts target = new Facts.Tg().metric("resettlement_housing_completed_area", "m²")
                .value(55_000_000).due("2023-12-31").build();

        void lots(Band lateLotBand, String lateLotForecast) {
            // A: completed 1 Mar 2023, confirmed 20,000,000 m² → delivered
            add(finished(d1.id(), "2023-03-01").output(target.id(), 20_000_000), Band.GREEN, "2023-03-01");
            // B: unfinished, green, forecast 1 Oct 2023 → 30,000,000 m² in F
            add(unfinished(d2.id()).code("B").output(target.id(), 30_000_000), Band.GREEN, "2023-10-01");
            // C: 10,000,000 m², band and forecast as given
            add(unfinished(d2.id()).code("C").output(target.id(), 10_000_000), lateLotBand, lateLotForecast);
        }

        @Test
        void willMissWithTheLateLotNamedAsCauseAndCloser() {
            lots(Band.GREEN, "2024-03-01");
            // R = 55,000,000; D = 20,000,000; F = D + B = 50,000,000 (C is late) → 预计未完成
            // shortfall = 55,000,000 − 50,000,000 = 5,000,000; C (10,000,000) would close it
            TargetEvaluation city = at(evaluate("2023-06-30", target), TargetEvaluatorTest.this.city);
            assertThat(city.kind()).isEqualTo(EvaluationKind.QUANTITY);
            assertThat(city.role()).isEqualTo(RowRole.OFFICIAL);
            assertThat(city.required()).isEqualByComparingTo("55000000");
            assertThat(city.delivered()).isEqualByComparingTo("20000000");
            assertThat(city.forecast()).isEqualByComparingTo("50000000");
            assertThat(city.shortfall()).isEqualByComparingTo("5000000");
            assertThat(city.status()).isEqualTo(TargetStatus.WILL_MISS);
            assertThat(city.causes()).extracting(Contribution::projectCode).containsExactly("C");
            assertThat(city.closers()).extracting(Contribution::projectCode).containsExactly("C");
            assertThat(city.remainingGap()).isEqualByComparingTo("0");
        }

        @Test
        void atRiskWhenOnlyARedLotMakesTheForecast() {
            lots(Band.RED, "2023-11-30");
            // F = 20 + 30 + 10 = 60 million ≥ 55, but green-only F = 50 million < 55 → 风险
            TargetEvaluation city = at(evaluate("2023-06-30", target), TargetEvaluatorTest.this.city);
            assertThat(city.forecast()).isEqualByComparingTo("60000000");
            assertThat(city.status()).isEqualTo(TargetStatus.AT_RISK);
            assertThat(city.atRisk()).extracting(Contribution::projectCode).containsExactly("C");
        }

        @Test
        void atRiskWhenOnlyAnAmberLotMakesTheForecast() {
            lots(Band.AMBER, "2023-11-30");
            // no red project at all: F = 20 + 30 + 10 = 60 million ≥ 55, but green-only F = 20 + 30 = 50 million
            // < 55 — the target is met only thanks to the amber lot C → 风险, C named
            TargetEvaluation city = at(evaluate("2023-06-30", target), TargetEvaluatorTest.this.city);
            assertThat(city.forecast()).isEqualByComparingTo("60000000");
            assertThat(city.shortfall()).isEqualByComparingTo("0");
            assertThat(city.status()).isEqualTo(TargetStatus.AT_RISK);
            assertThat(city.atRisk()).extracting(Contribution::projectCode).containsExactly("C");
        }

        @Test
        void anAmberContributorDoesNotPutASurplusAtRisk() {
            lots(Band.GREEN, "2023-11-30");
            // D: a further amber lot of 1 m²: green-only F = 60,000,000 ≥ 55,000,000 and nobody is red → 正常
            // (only a red contributor puts a surplus at risk)
            add(unfinished(d1.id()).code("D").output(target.id(), 1), Band.AMBER, "2023-12-01");
            assertThat(at(evaluate("2023-06-30", target), city).status()).isEqualTo(TargetStatus.ON_TRACK);
        }

        @Test
        void onTrackWhenGreenLotsSuffice() {
            lots(Band.GREEN, "2023-11-30");
            TargetEvaluation city = at(evaluate("2023-06-30", target), TargetEvaluatorTest.this.city);
            assertThat(city.status()).isEqualTo(TargetStatus.ON_TRACK);
            assertThat(city.shortfall()).isEqualByComparingTo("0");
        }

        @Test
        void aRedContributorPutsEvenASurplusAtRisk() {
            lots(Band.GREEN, "2023-11-30");
            // D: a further red lot of 1 m²: F = 60,000,001; green-only 60,000,000 ≥ R, but a red contributor → 风险
            add(unfinished(d1.id()).code("D").output(target.id(), 1), Band.RED, "2023-12-01");
            assertThat(at(evaluate("2023-06-30", target), city).status()).isEqualTo(TargetStatus.AT_RISK);
        }

        @Test
        void deadlineInThePastCountsOnlyWhatWasCompletedByIt() {
            lots(Band.GREEN, "2024-03-01");
            // asOf 1 Feb 2024, after the deadline: B is still unfinished, C too → D = 20,000,000 < 55 → 未完成
            TargetEvaluation city = at(evaluate("2024-02-01", target), TargetEvaluatorTest.this.city);
            assertThat(city.deadlinePassed()).isTrue();
            assertThat(city.status()).isEqualTo(TargetStatus.MISSED);
            assertThat(city.delivered()).isEqualByComparingTo("20000000");
            // R − D = 35,000,000
            assertThat(city.shortfall()).isEqualByComparingTo("35000000");
        }

        @Test
        void completedAfterTheDeadlineDoesNotCount() {
            add(finished(d1.id(), "2023-03-01").output(target.id(), 50_000_000), Band.GREEN, null);
            // E was planned for mid-2023 but completed on 15 Jan 2024
            add(finished(d1.id(), "2024-01-15").code("E").span("2022-01-01", "2023-06-30")
                    .output(target.id(), 10_000_000), Band.GREEN, null);
            // asOf 1 Jun 2024: E was completed on 15 Jan 2024 after the 31 Dec 2023 deadline → D = 50 million → 未完成
            TargetEvaluation city = at(evaluate("2024-06-01", target), TargetEvaluatorTest.this.city);
            assertThat(city.delivered()).isEqualByComparingTo("50000000");
            assertThat(city.status()).isEqualTo(TargetStatus.MISSED);
            assertThat(city.causes()).extracting(Contribution::projectCode).containsExactly("E");
        }

        @Test
        void aProjectPlannedAfterTheDeadlineIsNoCauseButCouldCloseTheGap() {
            lots(Band.GREEN, "2024-03-01");
            // F: planned from the start for mid-2024 (after the end-2023 deadline), 8,000,000 m²
            add(unfinished(d2.id()).code("F").span("2023-01-01", "2024-06-30").output(target.id(), 8_000_000),
                    Band.GREEN, "2024-06-30");
            TargetEvaluation city = at(evaluate("2023-06-30", target), TargetEvaluatorTest.this.city);
            // C (planned by the deadline, forecast after it) causes the 5,000,000 shortfall; F does not
            assertThat(city.contributions()).anyMatch(c -> c.projectCode().equals("F")
                    && c.counted() == Counted.AFTER_DEADLINE);
            assertThat(city.causes()).extracting(Contribution::projectCode).containsExactly("C");
            // either would close it if brought forward; the earlier forecast first
            assertThat(city.closers()).extracting(Contribution::projectCode).containsExactly("C");
        }

        @Test
        void metOnceDeliveredReachesTheFigure() {
            add(finished(d1.id(), "2023-03-01").output(target.id(), 56_000_000), Band.GREEN, null);
            TargetEvaluation city = at(evaluate("2023-06-30", target), TargetEvaluatorTest.this.city);
            assertThat(city.status()).isEqualTo(TargetStatus.MET);
            // after the deadline as well
            assertThat(at(evaluate("2024-06-30", target), TargetEvaluatorTest.this.city).status()).isEqualTo(TargetStatus.MET);
        }

        @Test
        void aProjectMovedToWithdrawnNoLongerCounts() {
            lots(Band.GREEN, "2023-11-30");
            // B (30,000,000, green) is moved to 调出: F = 20 + 10 = 30 million < 55 → 预计未完成, B named as cause
            ProjectFacts b = projects.stream().filter(p -> p.code().equals("B")).findFirst().orElseThrow();
            projects.remove(b);
            ProjectFacts withdrawn = new ProjectFacts(b.id(), b.code(), b.nameZh(), b.nameEn(), Stage.WITHDRAWN,
                    b.jurisdictionId(), b.leadUnitCode(), b.programCode(), b.plannedStart(), b.plannedFinish(),
                    b.totalInvestment(), false, b.milestones(), b.outputs(), b.plannedInvestmentByYear(), b.reports());
            projects.add(withdrawn);
            ratings.put(b.id(), rated(withdrawn, Band.NONE, null));
            TargetEvaluation city = at(evaluate("2023-06-30", target), TargetEvaluatorTest.this.city);
            assertThat(city.forecast()).isEqualByComparingTo("30000000");
            assertThat(city.status()).isEqualTo(TargetStatus.WILL_MISS);
            assertThat(city.causes()).extracting(Contribution::projectCode, Contribution::counted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("B", Counted.WITHDRAWN));
            // nothing late could close the 25 million gap: it needs new projects
            assertThat(city.remainingGap()).isEqualByComparingTo("25000000");
        }

        @Test
        void breakdownByDistrictForTheDrillDown() {
            lots(Band.GREEN, "2024-03-01");
            List<TargetEvaluation> rows = evaluate("2023-06-30", target);
            // 区县 ZC02 holds B (30 million, forecast) and C (10 million, late): D = 0, F = 30 million, unrated
            TargetEvaluation zc02 = at(rows, d2);
            assertThat(zc02.role()).isEqualTo(RowRole.BREAKDOWN);
            assertThat(zc02.delivered()).isEqualByComparingTo("0");
            assertThat(zc02.forecast()).isEqualByComparingTo("30000000");
            assertThat(zc02.required()).isNull();
            assertThat(zc02.status()).isNull();
            assertThat(zc02.contributions()).extracting(Contribution::projectCode).containsExactlyInAnyOrder("B", "C");
        }

        @Test
        void existingStockCountsAsDelivered() {
            // stock at end-2021 (the year before the 2022 plan) 5,000,000 m²; a 2022 figure is ignored
            stock.add(new StockFacts(city.id(), target.metric(), 2021, n(5_000_000), null));
            stock.add(new StockFacts(city.id(), target.metric(), 2022, n(9_000_000), null));
            lots(Band.GREEN, "2023-11-30");
            TargetEvaluation row = at(evaluate("2023-06-30", target), city);
            // D = 5 + 20 = 25 million; F = 25 + 30 + 10 = 65 million
            assertThat(row.stock()).isEqualByComparingTo("5000000");
            assertThat(row.delivered()).isEqualByComparingTo("25000000");
            assertThat(row.forecast()).isEqualByComparingTo("65000000");
        }
    }

    @Test
    void untrackedTargetHasOneRowWithoutUnit() {
        TargetFacts schools = new Facts.Tg().metric("primary_secondary_schools_new_or_expanded", "schools")
                .value(150).due("2025-12-31").build();
        List<TargetEvaluation> rows = evaluate("2024-06-30", schools);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).unitId()).isNull();
        assertThat(rows.get(0).status()).isEqualTo(TargetStatus.NOT_TRACKED);
    }

    @Test
    void ratesQualitativeAndUndatedTargetsAreNotMeasuredFromProjects() {
        TargetFacts rate = new Facts.Tg().metric("newborn_hearing_screening_rate", "%").measured(MeasureKind.NONE).value(90).build();
        TargetFacts words = new Facts.Tg().kind(TargetKind.QUALITATIVE).comparison(Comparison.QUALITATIVE).build();
        TargetFacts undated = new Facts.Tg().value(3).due(null).build();
        assertThat(evaluate("2024-06-30", rate, words, undated)).isEmpty();
    }

    @Nested
    class PerPopulation {
        // 每千人口托位数达到2个 by end-2022, each 区县(市)
        final TargetFacts target = new Facts.Tg().metric("childcare_places_per_1000_population", "places per 1,000 population")
                .measured(MeasureKind.PER_POPULATION)
                .comparison(Comparison.EQUAL).value(2).due("2022-12-31").scope(TargetScope.PER_DISTRICT_COUNTY).build();

        @Test
        void requiredIsRateTimesPopulationOverAThousand() {
            // ZC01: population 480,000 (2020), 500,000 (2022), 520,000 (2023): the latest up to 2022 → 500,000
            populations.add(new PopulationFacts(d1.id(), 2020, 480_000));
            populations.add(new PopulationFacts(d1.id(), 2022, 500_000));
            populations.add(new PopulationFacts(d1.id(), 2023, 520_000));
            // stock end-2021: 600 places; delivered 250 places (completed Jun 2022); 200 places forecast Nov 2022, green
            stock.add(new StockFacts(d1.id(), target.metric(), 2021, n(600), null));
            add(finished(c1.id(), "2022-06-01").output(target.id(), c1.id(), 250, 250, true, true), Band.GREEN, null);
            add(unfinished(s2.id()).output(target.id(), s2.id(), 200, 200, true, false), Band.GREEN, "2022-11-30");
            TargetEvaluation row = at(evaluate("2022-09-30", target), d1);
            // R = 2 × 500,000 / 1,000 = 1,000 places; D = 600 + 250 = 850; F = 850 + 200 = 1,050 → 正常
            assertThat(row.population()).isEqualTo(500_000L);
            assertThat(row.required()).isEqualByComparingTo("1000");
            assertThat(row.delivered()).isEqualByComparingTo("850");
            assertThat(row.forecast()).isEqualByComparingTo("1050");
            assertThat(row.status()).isEqualTo(TargetStatus.ON_TRACK);
            // D per 1,000 = 850 × 1,000 / 500,000 = 1.7; F per 1,000 = 2.1
            assertThat(row.deliveredRate()).isEqualByComparingTo("1.7");
            assertThat(row.forecastRate()).isEqualByComparingTo("2.1");
        }

        @Test
        void populationOfADistrictFromItsChildrenWhenAllHaveOne() {
            // ZC02 has one township of 300,000: R = 2 × 300,000 / 1,000 = 600
            populations.add(new PopulationFacts(t1.id(), 2021, 300_000));
            add(unfinished(t1.id()).output(target.id(), t1.id(), 100, 100, true, false), Band.GREEN, "2022-10-01");
            TargetEvaluation row = at(evaluate("2022-09-30", target), d2);
            assertThat(row.required()).isEqualByComparingTo("600");
            assertThat(row.status()).isEqualTo(TargetStatus.WILL_MISS);
            assertThat(row.shortfall()).isEqualByComparingTo("500");
        }

        @Test
        void zeroOrMissingPopulationIsNoData() {
            populations.add(new PopulationFacts(d1.id(), 2022, 0));
            add(unfinished(d1.id()).output(target.id(), d1.id(), 100, 100, true, false), Band.GREEN, "2022-10-01");
            List<TargetEvaluation> rows = evaluate("2022-09-30", target);
            // ZC01: population 0 → R cannot be computed; ZC02: no population at all
            assertThat(at(rows, d1).required()).isNull();
            assertThat(at(rows, d1).status()).isEqualTo(TargetStatus.NO_DATA);
            assertThat(at(rows, d2).status()).isEqualTo(TargetStatus.NO_DATA);
            // the city roll-up: 2 districts, none meeting → worst status NO_DATA, both listed as uncovered
            TargetEvaluation cityRow = at(rows, city);
            assertThat(cityRow.role()).isEqualTo(RowRole.ROLLUP);
            assertThat(cityRow.required()).isEqualByComparingTo("2");
            assertThat(cityRow.status()).isEqualTo(TargetStatus.NO_DATA);
            assertThat(cityRow.uncovered()).extracting(UnitRef::code).containsExactly("ZC01", "ZC02");
        }
    }

    @Nested
    class CountCoverageAndShareOfAStagedSchedule {
        final long schedule = 777;
        // stage 1: ZC01 (group 市内各区) needs ≥ 2 inclusive institutions of ≥ 50 places by end-2022
        final TargetFacts count = new Facts.Tg().metric("inclusive_childcare_institutions_per_jurisdiction", "institutions")
                .measured(MeasureKind.COUNT, true, true).value(2).minPlaces(50).due("2022-12-31").scope(TargetScope.PER_JURISDICTION_GROUP)
                .group(d1.id(), d2.id()).stage(schedule, 1).build();
        // stage 1: places per 1,000 (outputs are recorded against this one, in places)
        final TargetFacts places = new Facts.Tg().metric("childcare_places_per_1000_population", "places per 1,000 population")
                .measured(MeasureKind.PER_POPULATION)
                .comparison(Comparison.EQUAL).value(2).due("2022-12-31").scope(TargetScope.PER_DISTRICT_COUNTY)
                .stage(schedule, 1).build();
        // stage 2: each street ≥ 1 inclusive institution of ≥ 50 places by 2023
        final TargetFacts streets = new Facts.Tg().metric("inclusive_childcare_institutions_per_street", "institutions")
                .measured(MeasureKind.COVERAGE, true, true)
                .value(1).minPlaces(50).due("2023-12-31").scope(TargetScope.PER_STREET).stage(schedule, 2).build();
        // stage 3: each community ≥ 20 places by 2025; inclusive ≥ 90 % citywide
        final TargetFacts communities = new Facts.Tg().metric("childcare_institution_min_places_per_community", "places")
                .measured(MeasureKind.COVERAGE).value(20).due("2025-12-31").scope(TargetScope.PER_COMMUNITY).stage(schedule, 3).build();
        final TargetFacts share = new Facts.Tg().metric("inclusive_share_of_childcare_places", "%").measured(MeasureKind.SHARE).value(90)
                .due("2025-12-31").stage(schedule, 3).build();

        @Test
        void countTargetsCountQualifyingFacilitiesFromEveryTargetOfTheSchedule() {
            // ZC01: delivered 60 inclusive places (qualifies), 40 inclusive (too small), 80 not inclusive (no);
            // stock: 1 qualifying institution at end-2021 → D = 1 + 1 = 2 ≥ 2 → 已完成 (asOf Oct 2022)
            add(finished(s1.id(), "2022-05-01").output(places.id(), s1.id(), 60, 60, true, true), Band.GREEN, null);
            add(finished(s1.id(), "2022-05-01").output(places.id(), s1.id(), 40, 40, true, true), Band.GREEN, null);
            add(finished(s2.id(), "2022-05-01").output(places.id(), s2.id(), 80, 80, false, true), Band.GREEN, null);
            stock.add(new StockFacts(d1.id(), count.metric(), 2021, n(1), null));
            // ZC02: one 50-place inclusive institution forecast for Nov 2022 (green) → F = 1 < 2 → 预计未完成
            add(unfinished(t1.id()).output(places.id(), t1.id(), 50, 50, true, false), Band.GREEN, "2022-11-15");
            List<TargetEvaluation> rows = evaluate("2022-10-01", count, places, streets, communities, share);
            List<TargetEvaluation> countRows = rows.stream().filter(r -> r.targetId() == count.id()).toList();
            TargetEvaluation zc01 = at(countRows, d1);
            assertThat(zc01.kind()).isEqualTo(EvaluationKind.COUNT);
            assertThat(zc01.delivered()).isEqualByComparingTo("2");
            assertThat(zc01.status()).isEqualTo(TargetStatus.MET);
            assertThat(zc01.contributions()).extracting(Contribution::counted)
                    .containsExactlyInAnyOrder(Counted.DELIVERED, Counted.NOT_QUALIFYING, Counted.NOT_QUALIFYING);
            TargetEvaluation zc02 = at(countRows, d2);
            assertThat(zc02.forecast()).isEqualByComparingTo("1");
            assertThat(zc02.status()).isEqualTo(TargetStatus.WILL_MISS);
            // city roll-up: 2 districts in the group, 1 meets now, 1 forecast to → 预计未完成, ZC02 uncovered
            TargetEvaluation cityRow = at(countRows, city);
            assertThat(cityRow.role()).isEqualTo(RowRole.ROLLUP);
            assertThat(cityRow.required()).isEqualByComparingTo("2");
            assertThat(cityRow.delivered()).isEqualByComparingTo("1");
            assertThat(cityRow.forecast()).isEqualByComparingTo("1");
            assertThat(cityRow.shortfall()).isEqualByComparingTo("1");
            assertThat(cityRow.status()).isEqualTo(TargetStatus.WILL_MISS);
            assertThat(cityRow.uncovered()).extracting(UnitRef::code).containsExactly("ZC02");
        }

        @Test
        void anOutputCountingInstitutionsAddsAllOfThem() {
            // recorded against the count target itself: 2 institutions of 55 places each → 2 facilities, 110 places
            add(finished(d1.id(), "2022-05-01").output(count.id(), d1.id(), 2, 55, true, true), Band.GREEN, null);
            List<TargetEvaluation> rows = evaluate("2022-10-01", count, places);
            assertThat(at(rows.stream().filter(r -> r.targetId() == count.id()).toList(), d1).delivered())
                    .isEqualByComparingTo("2");
            populations.add(new PopulationFacts(d1.id(), 2022, 50_000));
            // places: 2 × 55 = 110 ≥ 2 × 50,000 / 1,000 = 100 → met
            TargetEvaluation placesRow = at(evaluate("2022-10-01", count, places).stream()
                    .filter(r -> r.targetId() == places.id()).toList(), d1);
            assertThat(placesRow.delivered()).isEqualByComparingTo("110");
            assertThat(placesRow.status()).isEqualTo(TargetStatus.MET);
        }

        @Test
        void anInstitutionRecordedTowardSeveralTargetsCountsOnce() {
            // one 120-place inclusive institution in street S1, recorded as the sample portfolio does:
            // 1 institution toward the count target and 120 places toward the places target, both in 区县 ZC01
            Facts.P p = finished(d1.id(), "2022-05-01").in(s1.id())
                    .output(count.id(), d1.id(), 1, 120, true, true)
                    .output(places.id(), d1.id(), 120, 120, true, true);
            add(p, Band.GREEN, null);
            populations.add(new PopulationFacts(d1.id(), 2022, 10_000));
            List<TargetEvaluation> rows = evaluate("2023-06-30", count, places, streets);
            // places: 120, not 120 + 1 × 120; R = 2 × 10,000 / 1,000 = 20 → met
            assertThat(at(of(rows, places), d1).delivered()).isEqualByComparingTo("120");
            // institutions: 1 (of the 2 required)
            assertThat(at(of(rows, count), d1).delivered()).isEqualByComparingTo("1");
            // it lies in S1 (the project's place, within the outputs' 区县): S1 is covered for stage 2
            assertThat(at(of(rows, streets), s1).status()).isEqualTo(TargetStatus.MET);
            assertThat(at(of(rows, streets), s2).delivered()).isEqualByComparingTo("0");
        }

        @Test
        void twoInstitutionsOfOneProjectTowardTheSameTargetAreTwo() {
            add(finished(d1.id(), "2022-05-01").output(places.id(), s1.id(), 60, 60, true, true)
                    .output(places.id(), s2.id(), 70, 70, true, true), Band.GREEN, null);
            List<TargetEvaluation> rows = evaluate("2022-10-01", count, places);
            // 60 + 70 = 130 places; 2 qualifying institutions (≥ 50, inclusive) → count target met
            assertThat(at(of(rows, places), d1).delivered()).isEqualByComparingTo("130");
            assertThat(at(of(rows, count), d1).delivered()).isEqualByComparingTo("2");
        }

        @Test
        void coverageListsTheUncoveredStreets() {
            // S1: a delivered 60-place inclusive institution → met; S2: a 50-place one forecast Oct 2023 but red → 风险;
            // S3: nothing → 预计未完成
            add(finished(s1.id(), "2022-05-01").output(places.id(), s1.id(), 60, 60, true, true), Band.GREEN, null);
            add(unfinished(s2.id()).output(places.id(), s2.id(), 50, 50, true, false), Band.RED, "2023-10-01");
            List<TargetEvaluation> rows = of(evaluate("2023-06-30", streets, places), streets);
            assertThat(at(rows, s1).status()).isEqualTo(TargetStatus.MET);
            assertThat(at(rows, s2).status()).isEqualTo(TargetStatus.AT_RISK);
            assertThat(at(rows, s3).status()).isEqualTo(TargetStatus.WILL_MISS);
            // ZC01: 3 streets, 1 covered, 2 forecast covered; worst status 预计未完成; S3 uncovered
            TargetEvaluation zc01 = at(rows, d1);
            assertThat(zc01.role()).isEqualTo(RowRole.ROLLUP);
            assertThat(zc01.required()).isEqualByComparingTo("3");
            assertThat(zc01.delivered()).isEqualByComparingTo("1");
            assertThat(zc01.forecast()).isEqualByComparingTo("2");
            assertThat(zc01.status()).isEqualTo(TargetStatus.WILL_MISS);
            assertThat(zc01.uncovered()).extracting(UnitRef::code).containsExactly("ZC01-S3");
            // ZC02 has no street: no row; the city rolls up all 3 streets
            assertThat(rows.stream().anyMatch(r -> r.unitId() == d2.id())).isFalse();
            assertThat(at(rows, city).required()).isEqualByComparingTo("3");
        }

        @Test
        void townshipCoverageNeedsAnInstitutionOfThirtyPlacesInEachTownship() {
            // each township ≥ 1 inclusive institution of ≥ 30 places by end-2023; ZC02 gets a second township
            TargetFacts townships = new Facts.Tg().metric("inclusive_childcare_institutions_per_township", "institutions")
                    .measured(MeasureKind.COVERAGE, true, true).value(1).minPlaces(30).due("2023-12-31").scope(TargetScope.PER_TOWNSHIP).stage(schedule, 2).build();
            UnitFacts t2 = Facts.under(d2, "ZC02-T2", JurisdictionLevel.TOWNSHIP);
            // T1: 30 inclusive places, exactly the minimum → qualifies → 已完成
            add(finished(t1.id(), "2022-05-01").output(places.id(), t1.id(), 30, 30, true, true), Band.GREEN, null);
            // T2: 29 inclusive places (too small) and 40 places not 普惠 (not inclusive) → neither counts → 预计未完成
            add(finished(t2.id(), "2022-05-01").output(places.id(), t2.id(), 29, 29, true, true), Band.GREEN, null);
            add(finished(t2.id(), "2022-06-01").output(places.id(), t2.id(), 40, 40, false, true), Band.GREEN, null);
            List<UnitFacts> world = new ArrayList<>(units);
            world.add(t2);
            PortfolioFacts facts = Facts.portfolio(world, projects, List.of(townships, places), populations, stock);
            List<TargetEvaluation> rows = of(new TargetEvaluator(new Territory(world), facts, ratings, d("2023-06-30"))
                    .evaluateAll(), townships);
            assertThat(at(rows, t1).kind()).isEqualTo(EvaluationKind.COVERAGE);
            assertThat(at(rows, t1).delivered()).isEqualByComparingTo("1");
            assertThat(at(rows, t1).status()).isEqualTo(TargetStatus.MET);
            assertThat(at(rows, t2).delivered()).isEqualByComparingTo("0");
            assertThat(at(rows, t2).status()).isEqualTo(TargetStatus.WILL_MISS);
            // ZC02: 2 townships, 1 covered now and forecast → 预计未完成, T2 uncovered
            TargetEvaluation zc02 = at(rows, d2);
            assertThat(zc02.role()).isEqualTo(RowRole.ROLLUP);
            assertThat(zc02.required()).isEqualByComparingTo("2");
            assertThat(zc02.delivered()).isEqualByComparingTo("1");
            assertThat(zc02.forecast()).isEqualByComparingTo("1");
            assertThat(zc02.status()).isEqualTo(TargetStatus.WILL_MISS);
            assertThat(zc02.uncovered()).extracting(UnitRef::code).containsExactly("ZC02-T2");
            // ZC01 has no township: no row
            assertThat(rows.stream().anyMatch(r -> r.unitId() != null && r.unitId() == d1.id())).isFalse();
        }

        @Test
        void communityCoverageUsesTheFigureAsMinimumSize() {
            // ≥ 20 places: C1 has 25 (met), C2 only 15 (does not qualify) → C2 uncovered
            add(finished(c1.id(), "2024-05-01").output(places.id(), c1.id(), 25, 25, false, true), Band.GREEN, null);
            add(finished(c2.id(), "2024-05-01").output(places.id(), c2.id(), 15, 15, true, true), Band.GREEN, null);
            List<TargetEvaluation> rows = of(evaluate("2024-06-30", communities, places), communities);
            assertThat(at(rows, c1).kind()).isEqualTo(EvaluationKind.COVERAGE);
            assertThat(at(rows, c1).minFacilityCapacity()).isEqualTo(20);
            assertThat(at(rows, c1).status()).isEqualTo(TargetStatus.MET);
            assertThat(at(rows, c2).status()).isEqualTo(TargetStatus.WILL_MISS);
            assertThat(at(rows, s1).uncovered()).extracting(UnitRef::code).containsExactly("ZC01-S1-C2");
        }

        @Test
        void shareOfInclusivePlaces() {
            // stock end-2021: 800 inclusive of 1,000 places (city)
            stock.add(new StockFacts(city.id(), share.metric(), 2021, n(800), n(1000)));
            // delivered 600 inclusive; forecast 400 not inclusive + 200 inclusive (green)
            add(finished(d1.id(), "2023-05-01").output(places.id(), d1.id(), 600, 600, true, true), Band.GREEN, null);
            add(unfinished(d1.id()).output(places.id(), d1.id(), 400, 400, false, false), Band.GREEN, "2024-10-01");
            add(unfinished(d2.id()).output(places.id(), d2.id(), 200, 200, true, false), Band.GREEN, "2024-10-01");
            TargetEvaluation row = at(of(evaluate("2024-06-30", share, places), share), city);
            // D = (800 + 600) / (1,000 + 600) = 87.5 %; F = (1,400 + 200) / (1,600 + 600) = 1,600 / 2,200 = 72.7273 %
            assertThat(row.kind()).isEqualTo(EvaluationKind.SHARE);
            assertThat(row.delivered()).isEqualByComparingTo("87.5");
            assertThat(row.forecast()).isEqualByComparingTo("72.7273");
            assertThat(row.status()).isEqualTo(TargetStatus.WILL_MISS);
        }

        @Test
        void shareOnTrack() {
            stock.add(new StockFacts(city.id(), share.metric(), 2021, n(800), n(1000)));
            add(unfinished(d2.id()).output(places.id(), d2.id(), 1000, 1000, true, false), Band.GREEN, "2024-10-01");
            // F = (800 + 1,000) / (1,000 + 1,000) = 90 % ≥ 90 → 正常
            TargetEvaluation row = at(of(evaluate("2024-06-30", share, places), share), city);
            assertThat(row.forecast()).isEqualByComparingTo("90");
            assertThat(row.status()).isEqualTo(TargetStatus.ON_TRACK);
        }
    }

    @Test
    void completionTargetPoolsTheQuantityTargetsOfItsSection() {
        // 全部完成 by end-2024 over the lots of the 5500万 m² target (same section, due end-2023)
        TargetFacts area = new Facts.Tg().metric("resettlement_housing_completed_area", "m²").value(55_000_000)
                .due("2023-12-31").section("第一节").build();
        TargetFacts all = new Facts.Tg().metric("resettlement_completion", "%").measured(MeasureKind.COMPLETION).comparison(Comparison.EQUAL).value(100)
                .due("2024-12-31").section("第一节").build();
        add(finished(d1.id(), "2023-03-01").code("A").output(area.id(), 1_000), Band.GREEN, null);
        add(unfinished(d1.id()).code("B").output(area.id(), 1_000), Band.GREEN, "2024-10-01");
        add(unfinished(d2.id()).code("C").output(area.id(), 1_000), Band.GREEN, "2025-02-01");
        TargetEvaluation row = at(evaluate("2024-06-30", area, all).stream()
                .filter(r -> r.targetId() == all.id()).toList(), city);
        // 3 lots: A done (1/3 = 33.3333 %), B forecast (2/3 = 66.6667 %), C late → 预计未完成, C would close it
        assertThat(row.kind()).isEqualTo(EvaluationKind.COMPLETION);
        assertThat(row.delivered()).isEqualByComparingTo("33.3333");
        assertThat(row.forecast()).isEqualByComparingTo("66.6667");
        assertThat(row.status()).isEqualTo(TargetStatus.WILL_MISS);
        assertThat(row.closers()).extracting(Contribution::projectCode).containsExactly("C");
    }

    @Test
    void anOutputAboveTheScopeLevelCountsForNoStreet() {
        TargetFacts streets = new Facts.Tg().metric("inclusive_childcare_institutions_per_street", "institutions")
                .measured(MeasureKind.COVERAGE, true, true)
                .value(1).minPlaces(50).due("2023-12-31").scope(TargetScope.PER_STREET).build();
        // recorded at the district, not at a street: it cannot cover any street
        add(finished(d1.id(), "2022-05-01").output(streets.id(), d1.id(), 1, 60, true, true), Band.GREEN, null);
        List<TargetEvaluation> rows = evaluate("2023-06-30", streets);
        assertThat(at(rows, s1).delivered()).isEqualByComparingTo("0");
        assertThat(at(rows, d1).contributions()).hasSize(1);
    }

    @Test
    void theMeasureIsTheDeclaredOneNotTheMetricsSpelling() {
        assertThat(TargetEvaluator.classify(new Facts.Tg().metric("childcare_places_per_1000_popul", "x").value(2)
                .measured(MeasureKind.PER_POPULATION).build())).contains(EvaluationKind.PER_POPULATION);
        assertThat(TargetEvaluator.classify(new Facts.Tg().metric("childcare_places_per_1000_population", "x").value(2)
                .measured(MeasureKind.QUANTITY).build())).contains(EvaluationKind.QUANTITY);
        assertThat(TargetEvaluator.classify(new Facts.Tg().metric("x", "institutions").value(1).minPlaces(30)
                .scope(TargetScope.PER_TOWNSHIP).measured(MeasureKind.COVERAGE, true, true).build()))
                .contains(EvaluationKind.COVERAGE);
        assertThat(TargetEvaluator.classify(new Facts.Tg().metric("x", "institutions").value(2).minPlaces(50)
                .scope(TargetScope.PER_JURISDICTION_GROUP).measured(MeasureKind.COUNT, true, true).build()))
                .contains(EvaluationKind.COUNT);
        assertThat(TargetEvaluator.classify(new Facts.Tg().metric("inclusive_share", "%").value(90)
                .measured(MeasureKind.SHARE).build())).contains(EvaluationKind.SHARE);
        assertThat(TargetEvaluator.classify(new Facts.Tg().metric("x_completion", "%").value(100)
                .measured(MeasureKind.COMPLETION).build())).contains(EvaluationKind.COMPLETION);
        assertThat(TargetEvaluator.classify(new Facts.Tg().metric("screening_rate", "%").value(90)
                .measured(MeasureKind.NONE).build())).isEmpty();
        // a measured kind without a figure cannot be evaluated
        assertThat(TargetEvaluator.classify(new Facts.Tg().measured(MeasureKind.QUANTITY).build())).isEmpty();
    }
}
