package org.citygov.plantracker.application.sample;

import org.citygov.plantracker.domain.model.project.MilestoneKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The dated story of one sample (示例) project: where each milestone of its template falls in the
 * planned span, how late it ran, whether an approved re-baseline moved it, and what was done by the
 * sample's "as of" day. Pure: no JPA, no CDI, so the sample's shape can be unit-tested.
 *
 * <p>A template step sits at a fraction of the planned span ({@code at}, 0 &lt; at ≤ 1). Its original
 * baseline is {@code start + round(at × span days)}. A <em>slip</em> map says from which milestone on
 * the work ran late and by how many days (a later key replaces an earlier one, so a project can catch
 * up: {@code {4: 80, 5: 40}}). A milestone is done when its slipped date is on or before the as-of day
 * (or the withdrawal day); otherwise it is open and that date is its forecast.
 */
public final class SampleSchedule {

    /** A step of a milestone template. */
    public record Step(String nameZh, String nameEn, MilestoneKind kind, double at, BigDecimal weight) {
        public Step {
            Objects.requireNonNull(nameZh, "nameZh");
            Objects.requireNonNull(kind, "kind");
            if (!(at > 0 && at <= 1)) {
                throw new IllegalArgumentException(nameZh + ": position must be in (0, 1]: " + at);
            }
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException(nameZh + ": weight must be ≥ 0");
            }
        }
    }

    /** An approved re-baseline: from milestone {@code from} on, the current baseline moves by {@code days}. */
    public record Rebaseline(int from, int days, LocalDate approvedOn) {
        public Rebaseline {
            Objects.requireNonNull(approvedOn, "approvedOn");
        }
    }

    /**
     * One milestone of the story.
     *
     * @param seq              1-based position in the template
     * @param originalBaseline as first approved
     * @param baseline         current approved baseline (differs from the original after a re-baseline)
     * @param expected         when it was (done) or is now expected (open) to be met
     * @param done             met by the as-of day; {@code expected} is then its actual date
     * @param percent          percent complete: 100 when done, the elapsed share for the milestone in hand
     * @param reportedOn       the day the office would have reported this state (the actual date, else as-of)
     */
    public record Planned(int seq, Step step, LocalDate originalBaseline, LocalDate baseline, LocalDate expected,
                          boolean done, BigDecimal percent, LocalDate reportedOn) {

        public LocalDate actual() {
            return done ? expected : null;
        }

        /** Days the milestone is (or was) behind its current baseline, counting an overdue open one up to {@code asOf}. */
        public long daysBehind(LocalDate asOf) {
            LocalDate measured = done || expected.isAfter(asOf) ? expected : asOf;
            return Math.max(0, ChronoUnit.DAYS.between(baseline, measured));
        }
    }

    private SampleSchedule() {
    }

    /**
     * @param steps     the template
     * @param start     planned start
     * @param finish    planned finish
     * @param slips     milestone number → days late from that milestone on (may be empty)
     * @param rebaseline an approved re-baseline, or null
     * @param asOf      the day the sample describes
     * @param cutOff    the withdrawal day (nothing after it is done or reported), or null
     */
    public static List<Planned> plan(List<Step> steps, LocalDate start, LocalDate finish, Map<Integer, Integer> slips,
                                     Rebaseline rebaseline, LocalDate asOf, LocalDate cutOff) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        if (finish.isBefore(start)) {
            throw new IllegalArgumentException("finish " + finish + " before start " + start);
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A template needs at least one step");
        }
        NavigableMap<Integer, Integer> slip = new TreeMap<>(slips == null ? Map.of() : slips);
        slip.keySet().stream().filter(k -> k < 1 || k > steps.size()).findAny().ifPresent(k -> {
            throw new IllegalArgumentException("No milestone " + k + " to slip (template has " + steps.size() + ")");
        });
        if (rebaseline != null && (rebaseline.from() < 1 || rebaseline.from() > steps.size())) {
            throw new IllegalArgumentException("No milestone " + rebaseline.from() + " to re-baseline");
        }
        LocalDate doneBy = cutOff != null && cutOff.isBefore(asOf) ? cutOff : asOf;
        long span = ChronoUnit.DAYS.between(start, finish);

        List<Planned> result = new ArrayList<>();
        LocalDate previousExpected = start;
        LocalDate previousBaseline = start;
        boolean inHand = false;
        for (int i = 0; i < steps.size(); i++) {
            int seq = i + 1;
            Step step = steps.get(i);
            LocalDate original = start.plusDays(Math.round(step.at() * span));
            LocalDate baseline = rebaseline != null && seq >= rebaseline.from()
                    ? original.plusDays(rebaseline.days()) : original;
            Map.Entry<Integer, Integer> s = slip.floorEntry(seq);
            LocalDate expected = original.plusDays(s == null ? 0 : s.getValue());
            if (expected.isBefore(start)) {
                throw new IllegalArgumentException("Milestone " + seq + " (" + step.nameZh() + ") would fall before "
                        + "the project's start: " + expected);
            }
            if (expected.isBefore(previousExpected) || baseline.isBefore(previousBaseline)) {
                throw new IllegalArgumentException("Milestone " + seq + " (" + step.nameZh() + ") would fall before "
                        + "the one before it: " + expected + " / baseline " + baseline);
            }
            boolean done = !expected.isAfter(doneBy);
            BigDecimal percent;
            if (done) {
                percent = BigDecimal.valueOf(100);
            } else if (!inHand && cutOff == null) {
                inHand = true;
                percent = elapsedShare(previousExpected, expected, asOf);
            } else {
                percent = BigDecimal.ZERO;
            }
            result.add(new Planned(seq, step, original, baseline, expected, done,
                    percent.setScale(2, RoundingMode.HALF_UP), done ? expected : asOf));
            previousExpected = expected;
            previousBaseline = baseline;
        }
        return List.copyOf(result);
    }

    /** Share of the time from the previous milestone to this one already gone, in steps of 5 %, at most 95 %. */
    static BigDecimal elapsedShare(LocalDate from, LocalDate to, LocalDate asOf) {
        long whole = ChronoUnit.DAYS.between(from, to);
        long gone = ChronoUnit.DAYS.between(from, asOf);
        if (whole <= 0 || gone <= 0) {
            return BigDecimal.ZERO;
        }
        long pct = Math.min(95, (gone * 100 / whole) / 5 * 5);
        return BigDecimal.valueOf(pct);
    }

    /**
     * How late the sample project is, in days, as the sample means it: the completion milestone's
     * actual or forecast against its current baseline, or any open milestone overdue or forecast late.
     * (The slippage rules proper belong to the slippage evaluation; this only describes the sample.)
     */
    public static long daysLate(List<Planned> milestones, LocalDate asOf) {
        long late = 0;
        for (Planned m : milestones) {
            if (!m.done() || m.step().kind() == MilestoneKind.COMPLETION) {
                late = Math.max(late, m.daysBehind(asOf));
            }
        }
        return late;
    }

    /** Days late against the original baseline of the completion milestone (re-baselines ignored). */
    public static long daysLateAgainstOriginal(List<Planned> milestones, LocalDate asOf) {
        return milestones.stream().filter(m -> m.step().kind() == MilestoneKind.COMPLETION)
                .mapToLong(m -> {
                    LocalDate measured = m.done() || m.expected().isAfter(asOf) ? m.expected() : asOf;
                    return Math.max(0, ChronoUnit.DAYS.between(m.originalBaseline(), measured));
                }).max().orElse(0);
    }

    /** Green, amber (16–90 days) or red (more than 90 days), the bands the sample is built to show. */
    public enum Band {
        ON_TIME, AMBER, RED;

        public static Band of(long daysLate) {
            return daysLate > 90 ? RED : daysLate > 15 ? AMBER : ON_TIME;
        }
    }
}
