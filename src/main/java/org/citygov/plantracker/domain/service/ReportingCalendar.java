package org.citygov.plantracker.domain.service;

import org.citygov.plantracker.domain.model.project.Stage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When monthly progress reports (月度调度) are due and which are on time, late or missing. A month's
 * report may be filed from the first day of that month and is due on a day of the next: the one
 * setting {@code report.dueDay} (SlippageThresholds, the 10th unless the city changes it), which the
 * slippage rules use too; the overloads without it use that default. Pure rules of data and an {@code asOf} date, shared by the pages, the API and the
 * data-quality flags.
 */
public final class ReportingCalendar {

    /** Day of the following month by which a month's report is due, unless the setting says otherwise. */
    public static final int DUE_DAY = org.citygov.plantracker.domain.service.slippage.SlippageThresholds.DEFAULTS.reportDueDay();

    private ReportingCalendar() {
    }

    public static LocalDate dueDate(YearMonth month) {
        return dueDate(month, DUE_DAY);
    }

    /** The due date with the setting's day (the same rule as {@code MonthlyReportFacts.dueDate}). */
    public static LocalDate dueDate(YearMonth month, int dueDay) {
        return org.citygov.plantracker.domain.service.slippage.MonthlyReportFacts.dueDate(month, dueDay);
    }

    /** Filed after its due date. */
    public static boolean isLate(YearMonth month, LocalDate filedOn) {
        return isLate(month, filedOn, DUE_DAY);
    }

    public static boolean isLate(YearMonth month, LocalDate filedOn, int dueDay) {
        return filedOn.isAfter(dueDate(month, dueDay));
    }

    /** Whether a report for that month can be filed on {@code asOf}: the month has begun. */
    public static boolean isOpen(YearMonth month, LocalDate asOf) {
        return !month.isAfter(YearMonth.from(asOf));
    }

    /**
     * The status of each month from {@code first} up to the month of {@code asOf}, oldest first.
     *
     * @param filed the months reported, with the day each was filed
     */
    public static List<MonthStatus> statuses(YearMonth first, LocalDate asOf, Map<YearMonth, LocalDate> filed) {
        return statuses(first, YearMonth.from(asOf), asOf, filed, DUE_DAY);
    }

    /** As {@link #statuses(YearMonth, LocalDate, Map)}, but only up to {@code last} (e.g. a finished project's last report). */
    public static List<MonthStatus> statuses(YearMonth first, YearMonth last, LocalDate asOf,
                                             Map<YearMonth, LocalDate> filed, int dueDay) {
        Objects.requireNonNull(asOf, "asOf");
        List<MonthStatus> months = new ArrayList<>();
        if (first == null || last == null) {
            return months;
        }
        YearMonth current = YearMonth.from(asOf);
        YearMonth end = last.isAfter(current) ? current : last;
        for (YearMonth m = first; !m.isAfter(end); m = m.plusMonths(1)) {
            LocalDate filedOn = filed.get(m);
            LocalDate due = dueDate(m, dueDay);
            Status status;
            if (filedOn != null) {
                status = isLate(m, filedOn, dueDay) ? Status.LATE : Status.ON_TIME;
            } else {
                status = asOf.isAfter(due) ? Status.MISSING : Status.DUE;
            }
            months.add(new MonthStatus(m, due, status, filedOn));
        }
        return months;
    }

    /**
     * A project's months: from its planned start (or its first report, if earlier) to this month while
     * it is in 前期, 新开工 or 续建; for any other stage only up to its last report, so a finished or
     * withdrawn project is not asked for more.
     */
    public static List<MonthStatus> forProject(Stage stage, LocalDate plannedStart, Map<YearMonth, LocalDate> filed,
                                               LocalDate asOf) {
        return forProject(stage, plannedStart, filed, asOf, DUE_DAY);
    }

    /** As {@link #forProject(Stage, LocalDate, Map, LocalDate)} with the {@code report.dueDay} setting. */
    public static List<MonthStatus> forProject(Stage stage, LocalDate plannedStart, Map<YearMonth, LocalDate> filed,
                                               LocalDate asOf, int dueDay) {
        YearMonth earliestFiled = filed.keySet().stream().min(YearMonth::compareTo).orElse(null);
        YearMonth latestFiled = filed.keySet().stream().max(YearMonth::compareTo).orElse(null);
        YearMonth first = plannedStart == null ? earliestFiled : YearMonth.from(plannedStart);
        if (earliestFiled != null && (first == null || earliestFiled.isBefore(first))) {
            first = earliestFiled;
        }
        YearMonth last = isReporting(stage) ? YearMonth.from(asOf) : latestFiled;
        return statuses(first, last, asOf, filed, dueDay);
    }

    /** Stages in which a project reports every month: 前期, 新开工, 续建. */
    public static boolean isReporting(Stage stage) {
        return stage == Stage.PREPARATION || stage.isUnderConstruction();
    }

    /**
     * The months the monthly-report form offers, in order (issue 16 item 16: a project missing 21 months was
     * offered only 13): first every month the calendar wants a report for, 缺报 (MISSING) and 待报 (DUE), all of
     * them however far back, oldest first, so the backlog is filed in order; then the other unfiled months of this
     * month and the twelve before it, newest first. Filed months and months after {@code current} are never
     * offered.
     */
    public static List<YearMonth> monthsToOffer(YearMonth current, List<MonthStatus> calendar,
                                                java.util.Collection<YearMonth> filed) {
        java.util.Set<YearMonth> taken = new java.util.HashSet<>(filed);
        calendar.stream().filter(c -> c.filedOn() != null).forEach(c -> taken.add(c.month()));
        List<YearMonth> offered = new java.util.ArrayList<>();
        calendar.stream().filter(c -> c.status().needsAttention() && !c.month().isAfter(current)
                        && !taken.contains(c.month()))
                .map(MonthStatus::month).sorted().distinct().forEach(offered::add);
        for (int i = 0; i <= 12; i++) {
            YearMonth m = current.minusMonths(i);
            if (!taken.contains(m) && !offered.contains(m)) {
                offered.add(m);
            }
        }
        return offered;
    }

    /** How a month stands. */
    public enum Status {
        /** 按时 — filed by the due date. */
        ON_TIME,
        /** 迟报 — filed after the due date. */
        LATE,
        /** 缺报 — not filed, and the due date has passed. */
        MISSING,
        /** 待报 — not filed yet, still within the window. */
        DUE;

        public boolean needsAttention() {
            return this == MISSING || this == DUE;
        }
    }

    public record MonthStatus(YearMonth month, LocalDate due, Status status, LocalDate filedOn) {
    }
}
