package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule 2 — earned schedule over weighted milestones.
 * <ul>
 *   <li>PV(t): each milestone's weight is planned to be earned evenly from the previous baseline
 *       date (the start for the first) to its own current baseline date, so PV is a piecewise-linear
 *       S-curve from (start, 0) to (last baseline, 100 %).</li>
 *   <li>EV = Σ weight × percent complete / Σ weight (a done milestone counts 100 %).</li>
 *   <li>ES = the time at which PV equals EV (linear interpolation; on a flat stretch of PV, the point
 *       of it nearest to AT — see {@link #earnedSchedule}); AT = asOf − start (once every
 *       milestone is done: the last actual date − start); SPI(t) = ES / AT.</li>
 *   <li>Forecast finish = start + PD / SPI(t), never earlier than the latest milestone forecast
 *       and, for an unfinished project, never before asOf. With SPI(t) = 0 (nothing earned after the
 *       start) the whole planned duration lies ahead: asOf + PD.</li>
 *   <li>Labels: 超前 SPI(t) &gt; 1.05, 正常 0.95–1.05, 滞后 &lt; 0.95; amber below 0.95, red below 0.85.</li>
 * </ul>
 * Milestones without a current baseline are left out (data quality flags them). When every weight is
 * zero, the milestones weigh the same.
 */
public final class EarnedScheduleRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EarnedScheduleRule() {
    }

    public static ScheduleForecast evaluate(ProjectFacts project, LocalDate asOf, SlippageThresholds thresholds) {
        return evaluate(project, asOf, thresholds, true);
    }

    /** @param curves whether to build the S-curves (the project page needs them, a portfolio run does not) */
    public static ScheduleForecast evaluate(ProjectFacts project, LocalDate asOf, SlippageThresholds thresholds,
                                            boolean curves) {
        List<MilestoneFacts> dated = project.milestones().stream().filter(m -> m.baseline() != null).toList();
        LocalDate latestExpected = project.milestones().stream().map(MilestoneFacts::expectedDate)
                .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        LocalDate originalFinish = project.milestones().stream().map(MilestoneFacts::originalBaseline)
                .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        if (dated.isEmpty() || project.isWithdrawn()) {
            LocalDate finish = later(project.plannedFinish(), latestExpected);
            if (!project.isWithdrawn() && !project.isFinished() && finish != null && finish.isBefore(asOf)) {
                finish = asOf;
            }
            return new ScheduleForecast(project.plannedStart(), project.plannedFinish(), originalFinish, null, null,
                    null, null, null, null, ScheduleLabel.NOT_RATED, Band.NONE,
                    project.isWithdrawn() ? null : finish, project.isFinished(), List.of(), List.of());
        }

        double totalWeight = dated.stream().mapToDouble(m -> m.weightOrZero().doubleValue()).sum();
        boolean equalWeights = totalWeight <= 0;
        if (equalWeights) {
            totalWeight = dated.size();
        }
        LocalDate earliestBaseline = dated.stream().map(MilestoneFacts::baseline).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate start = project.plannedStart() == null || earliestBaseline.isBefore(project.plannedStart())
                ? earliestBaseline : project.plannedStart();

        // PV curve: cumulative weight fraction at each distinct baseline date
        TreeMap<LocalDate, Double> weightByDate = new TreeMap<>();
        double earned = 0;
        boolean allDone = true;
        LocalDate lastActual = null;
        TreeMap<LocalDate, Double> earnedByActual = new TreeMap<>();
        for (MilestoneFacts m : dated) {
            double w = equalWeights ? 1.0 : m.weightOrZero().doubleValue();
            weightByDate.merge(m.baseline(), w / totalWeight, Double::sum);
            earned += w / totalWeight * m.percentOrZero().doubleValue() / 100.0;
            if (m.isDone()) {
                earnedByActual.merge(m.actual(), w / totalWeight, Double::sum);
                if (lastActual == null || m.actual().isAfter(lastActual)) {
                    lastActual = m.actual();
                }
            } else {
                allDone = false;
            }
        }
        earned = Math.min(1.0, Math.max(0.0, earned));
        List<double[]> points = new ArrayList<>(); // {day offset from start, cumulative fraction}
        points.add(new double[]{0, 0});
        double cumulative = 0;
        for (Map.Entry<LocalDate, Double> e : weightByDate.entrySet()) {
            cumulative += e.getValue();
            points.add(new double[]{days(start, e.getKey()), Math.min(1.0, cumulative)});
        }
        LocalDate baselineFinish = weightByDate.lastKey();
        int plannedDays = (int) days(start, baselineFinish);

        List<CurvePoint> plannedCurve = new ArrayList<>();
        List<CurvePoint> earnedCurve = new ArrayList<>();
        if (curves) {
            for (double[] p : points) {
                plannedCurve.add(new CurvePoint(start.plusDays((long) p[0]), percent(p[1])));
            }
            earnedCurve.add(new CurvePoint(start, BigDecimal.ZERO.setScale(2)));
            double done = 0;
            for (Map.Entry<LocalDate, Double> e : earnedByActual.entrySet()) {
                if (e.getKey().isAfter(asOf)) {
                    break;
                }
                done += e.getValue();
                earnedCurve.add(new CurvePoint(e.getKey(), percent(done)));
            }
            LocalDate curveEnd = allDone && lastActual != null ? lastActual : asOf;
            if (!curveEnd.isBefore(start) && earnedCurve.get(earnedCurve.size() - 1).date().isBefore(curveEnd)) {
                earnedCurve.add(new CurvePoint(curveEnd, percent(earned)));
            }
        }

        double plannedNow = plannedValueAt(points, days(start, asOf));
        int elapsed = (int) (allDone && lastActual != null ? days(start, lastActual) : days(start, asOf));
        if (elapsed <= 0 || plannedDays <= 0) {
            LocalDate finish = later(baselineFinish, latestExpected);
            ScheduleLabel label = elapsed <= 0 ? ScheduleLabel.NOT_STARTED : ScheduleLabel.NOT_RATED;
            return new ScheduleForecast(start, baselineFinish, originalFinish, plannedDays, percent(plannedNow),
                    percent(earned), null, Math.max(elapsed, 0), null, label, Band.NONE,
                    allDone ? lastActual : finish, allDone, plannedCurve, earnedCurve);
        }
        double es = earnedSchedule(points, earned, elapsed);
        double spi = es / elapsed;
        LocalDate forecast;
        if (allDone) {
            forecast = lastActual;
        } else {
            LocalDate bySpi = spi > 0 ? start.plusDays((long) Math.ceil(plannedDays / spi - 1e-9)) : asOf.plusDays(plannedDays);
            forecast = later(later(bySpi, latestExpected), asOf);
        }
        BigDecimal spiValue = BigDecimal.valueOf(spi).setScale(4, RoundingMode.HALF_UP);
        // rated on the SPI(t) as the pages show it (2 decimals, the thresholds' precision), so that a
        // project shown "0.95" is not called 滞后 because its SPI(t) is 0.9496, nor 1.05 超前 for 1.0500001
        // (more decimals only when a threshold is set finer than that)
        int shownScale = Math.max(2, Math.max(decimals(thresholds.spiAhead()),
                Math.max(decimals(thresholds.spiBehind()), decimals(thresholds.spiRed()))));
        BigDecimal shown = spiValue.setScale(Math.min(shownScale, 4), RoundingMode.HALF_UP);
        return new ScheduleForecast(start, baselineFinish, originalFinish, plannedDays, percent(plannedNow),
                percent(earned), BigDecimal.valueOf(es).setScale(2, RoundingMode.HALF_UP), elapsed, spiValue,
                label(shown, thresholds), band(shown, thresholds), forecast, allDone, plannedCurve, earnedCurve);
    }

    static ScheduleLabel label(BigDecimal spi, SlippageThresholds t) {
        if (spi.compareTo(t.spiAhead()) > 0) {
            return ScheduleLabel.AHEAD;
        }
        return spi.compareTo(t.spiBehind()) >= 0 ? ScheduleLabel.NORMAL : ScheduleLabel.BEHIND;
    }

    static Band band(BigDecimal spi, SlippageThresholds t) {
        if (spi.compareTo(t.spiRed()) < 0) {
            return Band.RED;
        }
        return spi.compareTo(t.spiBehind()) < 0 ? Band.AMBER : Band.GREEN;
    }

    /** PV at day offset {@code t}: linear between the curve's points, 0 before, 100 % after. */
    static double plannedValueAt(List<double[]> points, double t) {
        if (t <= 0) {
            return 0;
        }
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (t <= b[0]) {
                return b[0] == a[0] ? b[1] : a[1] + (b[1] - a[1]) * (t - a[0]) / (b[0] - a[0]);
            }
        }
        return points.get(points.size() - 1)[1];
    }

    /**
     * ES: the time at which PV equals {@code ev}. Where PV stays flat at EV (a weight-0 milestone, or
     * milestones sharing a date) that is a stretch of time, and ES is the point of it nearest to AT:
     * its end once AT is past it — the standard "last time PV ≤ EV", so a project behind is not
     * pushed back to the start of the flat stretch — AT itself inside it (EV = PV: on plan), its
     * start when it lies ahead of AT. ES never exceeds the planned duration.
     */
    static double earnedSchedule(List<double[]> points, double ev, double actualTime) {
        if (ev <= 0) {
            return 0;
        }
        double first = firstTimeReached(points, ev);
        double last = lastTimeNotAbove(points, ev);
        return Math.min(Math.max(actualTime, first), last);
    }

    /** The first time PV reached {@code ev}. */
    private static double firstTimeReached(List<double[]> points, double ev) {
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (b[1] >= ev - 1e-12) {
                if (b[1] == a[1] || b[0] == a[0]) {
                    return b[0];
                }
                return a[0] + (ev - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
            }
        }
        return points.get(points.size() - 1)[0];
    }

    /** The last time PV is at most {@code ev}: interpolated on the rising segment after the last such point. */
    private static double lastTimeNotAbove(List<double[]> points, double ev) {
        for (int i = points.size() - 1; i > 0; i--) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (a[1] <= ev + 1e-12) {
                if (b[1] <= ev + 1e-12) {
                    return b[0];
                }
                return a[0] + (ev - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
            }
        }
        return 0;
    }

    private static int decimals(BigDecimal threshold) {
        return threshold.stripTrailingZeros().scale();
    }

    private static double days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
