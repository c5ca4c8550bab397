package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Small builders for hand-computed rule tests. */
final class Facts {

    private static final AtomicLong IDS = new AtomicLong(1);

    static final SlippageThresholds T = SlippageThresholds.DEFAULTS;

    private Facts() {
    }

    static long id() {
        return IDS.getAndIncrement();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    static BigDecimal n(long number) {
        return BigDecimal.valueOf(number);
    }

    /** An open milestone with a baseline (original = current) and its forecast. */
    static MilestoneFacts open(String name, String baseline, String forecast, long weight, int percent) {
        return new MilestoneFacts(id(), 1, name, name, MilestoneKind.CONSTRUCTION, d(baseline), d(baseline),
                forecast == null ? null : d(forecast), null, n(weight), n(percent));
    }

    static MilestoneFacts done(String name, String baseline, String actual, long weight) {
        return new MilestoneFacts(id(), 1, name, name, MilestoneKind.CONSTRUCTION, d(baseline), d(baseline),
                d(actual), d(actual), n(weight), n(100));
    }

    static MilestoneFacts completion(String baseline, String actual) {
        return new MilestoneFacts(id(), 9, "竣工验收", "Completion", MilestoneKind.COMPLETION, d(baseline), d(baseline),
                d(actual), d(actual), n(1), n(100));
    }

    /** A builder of one project. */
    static final class P {
        final long id = id();
        String code = "P" + id;
        Stage stage = Stage.CONTINUING;
        long unit;
        LocalDate start = d("2024-01-01");
        LocalDate finish = d("2024-12-31");
        final List<MilestoneFacts> milestones = new ArrayList<>();
        final List<OutputFacts> outputs = new ArrayList<>();
        final Map<Integer, BigDecimal> planned = new HashMap<>();
        final List<MonthlyReportFacts> reports = new ArrayList<>();

        P code(String c) { code = c; return this; }
        P stage(Stage s) { stage = s; return this; }
        P in(long unitId) { unit = unitId; return this; }
        P span(String s, String f) { start = d(s); finish = d(f); return this; }
        P milestone(MilestoneFacts m) { milestones.add(m); return this; }

        /** An output toward a target: quantity, facility size, inclusive; confirmed when delivered. */
        P output(long targetId, long unitId, long quantity, Integer capacity, Boolean inclusive, boolean confirmed) {
            outputs.add(new OutputFacts(id(), id, targetId, unitId, n(quantity), confirmed ? n(quantity) : null,
                    confirmed, capacity, inclusive));
            return this;
        }

        P output(long targetId, long quantity) {
            return output(targetId, unit, quantity, null, null, stage.isFinished());
        }

        P plannedInvestment(int year, long yuan) { planned.put(year, n(yuan)); return this; }

        P report(String month, String filed, long yuan) {
            reports.add(new MonthlyReportFacts(java.time.YearMonth.parse(month), filed == null ? null : d(filed), n(yuan)));
            return this;
        }

        ProjectFacts build() {
            return new ProjectFacts(id, code, code + "项目", code + " project", stage, unit, "U1", "C1.4", start, finish,
                    n(1_000_000), false, milestones, outputs, planned, reports);
        }
    }

    /** A project finished (竣工) on {@code completed}. */
    static P finished(long unit, String completed) {
        P p = new P().in(unit).stage(Stage.COMPLETED).span("2022-01-01", completed);
        p.milestone(completion(completed, completed));
        return p;
    }

    /** An unfinished project (续建) in a unit, planned to finish by end-2022; band and forecast from {@link #rated}. */
    static P unfinished(long unit) {
        return new P().in(unit).stage(Stage.CONTINUING).span("2022-01-01", "2022-12-31");
    }

    /** A project's evaluation with a given band and forecast finish (target tests stub rules 1–2). */
    static ProjectEvaluation rated(ProjectFacts p, Band band, String forecastFinish) {
        LocalDate finish = forecastFinish == null ? null : d(forecastFinish);
        ScheduleForecast schedule = new ScheduleForecast(p.plannedStart(), finish, null, null, null, null, null,
                null, null, ScheduleLabel.NOT_RATED, band, finish, p.isFinished(), List.of(), List.of());
        return new ProjectEvaluation(p.id(), p.code(), p.nameZh(), p.nameEn(), p.stage(), p.jurisdictionId(), "U1",
                "C1", false, band, band, List.of(), schedule, null, List.of(), p.plannedFinish(), null, false);
    }

    static UnitFacts city(String code) {
        return new UnitFacts(id(), code, code + "市", code, JurisdictionLevel.CITY, JurisdictionKind.CITY, null);
    }

    static UnitFacts district(UnitFacts city, String code, JurisdictionKind kind) {
        return new UnitFacts(id(), code, code + "区", code, JurisdictionLevel.DISTRICT, kind, city.id());
    }

    static UnitFacts under(UnitFacts parent, String code, JurisdictionLevel level) {
        return new UnitFacts(id(), code, code, code, level, null, parent.id());
    }

    /** A target builder. */
    static final class Tg {
        final long id = id();
        String code = "T" + id;
        String metric = "quantity";
        String unit = "m²";
        Comparison comparison = Comparison.AT_LEAST;
        BigDecimal value;
        LocalDate deadline = d("2023-12-31");
        TargetScope scope = TargetScope.CITYWIDE;
        Long schedule;
        Integer stage;
        Integer minPlaces;
        String section;
        Set<Long> group = Set.of();
        TargetKind kind = TargetKind.TARGET;
        TargetFacts.Measurement measurement = TargetFacts.Measurement.of(MeasureKind.QUANTITY);

        Tg code(String c) { code = c; return this; }
        Tg metric(String m, String u) { metric = m; unit = u; return this; }
        Tg value(long v) { value = n(v); return this; }
        Tg due(String date) { deadline = date == null ? null : d(date); return this; }
        Tg scope(TargetScope s) { scope = s; return this; }
        Tg stage(long scheduleId, int no) { schedule = scheduleId; stage = no; return this; }
        Tg minPlaces(int m) { minPlaces = m; return this; }
        Tg section(String s) { section = s; return this; }
        Tg group(Long... units) { group = Set.of(units); return this; }
        Tg comparison(Comparison c) { comparison = c; return this; }
        Tg kind(TargetKind k) { kind = k; return this; }
        /** How the plan declares the target is measured (the metric's spelling plays no part). */
        Tg measured(MeasureKind k) { measurement = TargetFacts.Measurement.of(k); return this; }
        Tg measured(MeasureKind k, boolean inclusiveOnly, boolean countsInstitutions) {
            measurement = new TargetFacts.Measurement(k, inclusiveOnly, countsInstitutions);
            return this;
        }

        TargetFacts build() {
            return new TargetFacts(id, "PLAN", 2022, code, (int) id, code, code, section, "C1", kind, metric, unit,
                    comparison, value, null, null, deadline, scope, schedule, stage, minPlaces, group, measurement);
        }
    }

    static PortfolioFacts portfolio(List<UnitFacts> units, List<ProjectFacts> projects, List<TargetFacts> targets,
                                    List<PopulationFacts> populations, List<StockFacts> stock) {
        return new PortfolioFacts(units, projects, targets, populations, stock, List.of(), false);
    }
}
