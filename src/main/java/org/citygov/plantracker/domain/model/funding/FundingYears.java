package org.citygov.plantracker.domain.model.funding;

import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The years a project may be funded in: every year of its span, from the planned start's year to the planned
 * finish's (SMP-HOSP-02, 2024–2027: four years). The plan period (2021–2025) does not cut it: projects run past
 * it. The one rule for a funding line's year, read by the request (page and API), the workbook's 资金 sheet and
 * the forms that offer the years (issue 16 item 16).
 */
public record FundingYears(int first, int last) {

    public FundingYears {
        if (last < first) {
            throw new IllegalArgumentException("span " + first + "–" + last);
        }
    }

    public static FundingYears of(LocalDate plannedStart, LocalDate plannedFinish) {
        return new FundingYears(Objects.requireNonNull(plannedStart, "plannedStart").getYear(),
                Objects.requireNonNull(plannedFinish, "plannedFinish").getYear());
    }

    public static FundingYears of(Project project) {
        return of(project.getPlannedStart(), project.getPlannedFinish());
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** Every year of the span, in order. */
    public List<Integer> years() {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    /** The refusal of a year outside the span ({@code funding.yearOutsideSpan}: year, first, last), empty inside it. */
    public Optional<Violation> check(String field, int year) {
        if (contains(year)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(field, "funding.yearOutsideSpan",
                "Year " + year + " is outside the project's span " + first + "–" + last,
                String.valueOf(year), String.valueOf(first), String.valueOf(last)));
    }
}
