package org.citygov.plantracker.domain.model.project;

import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a milestone plan as an office (or a template) writes it: names, kind, relative weight
 * and the baseline date. Weights need not add up to 100; a milestone's share is its weight over the sum.
 */
public record MilestonePlanItem(String nameZh, String nameEn, MilestoneKind kind, BigDecimal weight,
                                LocalDate baseline) {

    static final BigDecimal MAX_WEIGHT = new BigDecimal("99999");

    /** What is wrong with this step (empty when nothing). */
    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        if (nameZh == null || nameZh.isBlank()) {
            problems.add(new Violation("nameZh", "milestone.plan.nameRequired", "The milestone needs a Chinese name"));
        } else if (nameZh.trim().length() > 200) {
            problems.add(new Violation("nameZh", "milestone.plan.nameTooLong", "The name has more than 200 characters"));
        }
        if (nameEn != null && nameEn.trim().length() > 200) {
            problems.add(new Violation("nameEn", "milestone.plan.nameTooLong", "The name has more than 200 characters"));
        }
        if (kind == null) {
            problems.add(new Violation("kind", "milestone.plan.kindRequired", "Choose the milestone's kind"));
        }
        if (weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            problems.add(new Violation("weight", "milestone.plan.weightRange",
                    "The weight must be between 0 and 99999", weight == null ? "" : weight.stripTrailingZeros().toPlainString()));
        }
        if (baseline == null) {
            problems.add(new Violation("baseline", "milestone.plan.baselineRequired", "The baseline date is required"));
        } else if (!InputPolicy.withinWindow(baseline)) {
            problems.add(new Violation("baseline", "milestone.plan.baselineRange",
                    "The baseline date " + baseline + " is outside 1990–2100", baseline));
        }
        return problems;
    }

    String trimmedZh() {
        return nameZh.trim();
    }

    String trimmedEn() {
        return nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
    }
}
