package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.service.slippage.IndicatorEvaluation.YearValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule 6 — indicators against the straight line from the 2020 baseline to the 2025 target: the
 * latest observation of a year up to asOf's year is compared with the line's value for that year.
 * Better than the line by more than the tolerance (5 % of the planned change) is 提前, worse is 滞后,
 * else 符合. "Better" is lower for ≤ targets, else the direction from baseline to target. Five-year
 * cumulative indicators (〔 〕) run from 0 at the baseline year; their observations are cumulative.
 * A target with no planned change (保持) is 符合 when met, else 滞后. Binding (约束性) indicators are
 * listed first.
 */
public final class IndicatorEvaluator {

    private IndicatorEvaluator() {
    }

    public static List<IndicatorEvaluation> evaluateAll(List<IndicatorFacts> indicators, LocalDate asOf,
                                                        SlippageThresholds thresholds) {
        return indicators.stream().map(i -> evaluate(i, asOf, thresholds))
                .sorted(Comparator.comparing((IndicatorEvaluation e) -> !e.binding())
                        .thenComparing(IndicatorEvaluation::planCode).thenComparing(IndicatorEvaluation::code))
                .toList();
    }

    public static IndicatorEvaluation evaluate(IndicatorFacts i, LocalDate asOf, SlippageThresholds thresholds) {
        List<IndicatorFacts.Observation> upToAsOf = i.observations().stream().filter(o -> o.year() <= asOf.getYear())
                .sorted(Comparator.comparingInt(IndicatorFacts.Observation::year)).toList();
        List<YearValue> observed = upToAsOf.stream().filter(o -> o.value() != null)
                .map(o -> new YearValue(o.year(), o.value())).toList();
        IndicatorFacts.Observation latestRecord = upToAsOf.isEmpty() ? null : upToAsOf.get(upToAsOf.size() - 1);
        if (latestRecord != null && latestRecord.met() != null) {
            // a word target (应保尽保): met or not, as the city recorded it with its evidence
            YearValue latestWord = new YearValue(latestRecord.year(), latestRecord.value());
            return result(i, latestWord, null, null, latestRecord.met() ? IndicatorStatus.ON_LINE : IndicatorStatus.BEHIND,
                    List.of(), observed);
        }
        YearValue latest = observed.isEmpty() ? null : observed.get(observed.size() - 1);
        BigDecimal base = i.cumulative() ? BigDecimal.ZERO : i.baselineValue();
        Integer baseYear = i.baselineYear();
        Integer targetYear = i.targetYear();
        BigDecimal target = i.targetValue();
        boolean numeric = base != null && target != null && baseYear != null && targetYear != null
                && targetYear > baseYear;
        List<YearValue> line = new ArrayList<>();
        if (numeric) {
            for (int y = baseYear; y <= targetYear; y++) {
                line.add(new YearValue(y, lineAt(base, target, baseYear, targetYear, y)));
            }
        }
        if (!numeric) {
            // no line to draw (words, or no baseline figure): the latest value against the target only
            IndicatorStatus status;
            if (target == null) {
                status = IndicatorStatus.NOT_NUMERIC;
            } else if (latest == null) {
                status = IndicatorStatus.NO_OBSERVATION;
            } else {
                status = i.comparison().isMetBy(latest.value(), target, null, null).orElse(false)
                        ? IndicatorStatus.ON_LINE : IndicatorStatus.BEHIND;
            }
            return result(i, latest, null, null, status, line, observed);
        }
        if (latest == null) {
            return result(i, null, null, null, IndicatorStatus.NO_OBSERVATION, line, observed);
        }
        int year = Math.min(Math.max(latest.year(), baseYear), targetYear);
        BigDecimal expected = lineAt(base, target, baseYear, targetYear, year);
        BigDecimal change = target.subtract(base);
        int direction = i.comparison() == Comparison.AT_MOST ? -1 : change.signum() >= 0 ? 1 : -1;
        BigDecimal deviation = latest.value().subtract(expected).setScale(4, RoundingMode.HALF_UP);
        IndicatorStatus status;
        if (change.signum() == 0) {
            boolean met = i.comparison().isMetBy(latest.value(), target, null, null).orElse(false);
            status = met ? IndicatorStatus.ON_LINE : IndicatorStatus.BEHIND;
        } else {
            BigDecimal tolerance = change.abs().multiply(thresholds.indicatorTolerancePct())
                    .divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
            BigDecimal better = deviation.multiply(BigDecimal.valueOf(direction));
            status = better.compareTo(tolerance) > 0 ? IndicatorStatus.AHEAD
                    : better.compareTo(tolerance.negate()) < 0 ? IndicatorStatus.BEHIND : IndicatorStatus.ON_LINE;
        }
        return result(i, latest, expected, deviation, status, line, observed);
    }

    static BigDecimal lineAt(BigDecimal base, BigDecimal target, int baseYear, int targetYear, int year) {
        return base.add(target.subtract(base).multiply(BigDecimal.valueOf(year - baseYear))
                .divide(BigDecimal.valueOf(targetYear - baseYear), 4, RoundingMode.HALF_UP));
    }

    private static IndicatorEvaluation result(IndicatorFacts i, YearValue latest, BigDecimal expected,
                                              BigDecimal deviation, IndicatorStatus status, List<YearValue> line,
                                              List<YearValue> observed) {
        return new IndicatorEvaluation(i.planCode(), i.code(), i.nameZh(), i.nameEn(), i.unit(), i.binding(),
                i.cumulative(), i.baselineYear(), i.baselineValue(), i.baselineText(), i.targetYear(),
                i.targetValue(), i.targetText(), latest == null ? null : latest.year(),
                latest == null ? null : latest.value(), expected, deviation, status, line, observed);
    }
}
