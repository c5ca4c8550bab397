package org.citygov.plantracker.application.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for "the current plan" (issue 19 item 2), used by every page and API when no plan is
 * named: the plan in force — of the plans whose period has begun by this year, the one that began
 * last; before any has begun, the one that begins first. So the 15th plan (2026–2030) takes over
 * from the 14th on 1 January 2026 even if it was loaded earlier, and a plan loaded for a later
 * period waits for its first year. Ties (two plans starting the same year) go to the higher code.
 * A user may pick another plan for the session ({@link PlanPreference}); this rule is the default.
 */
public final class CurrentPlanRule {

    private static final Comparator<PlanRef> BY_START = Comparator.comparingInt(PlanRef::startYear)
            .thenComparing(PlanRef::code);

    private CurrentPlanRule() {
    }

    /** The current plan's code in {@code year}; empty only when no plan is loaded. */
    public static Optional<String> choose(List<PlanRef> plans, int year) {
        Optional<PlanRef> begun = plans.stream().filter(p -> p.startYear() <= year).max(BY_START);
        return begun.or(() -> plans.stream().min(Comparator.comparingInt(PlanRef::startYear)
                        .thenComparing(PlanRef::code, Comparator.reverseOrder())))
                .map(PlanRef::code);
    }
}
