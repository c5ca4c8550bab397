package org.citygov.plantracker.application.plan;

import java.util.List;

/**
 * What {@link PlanLoader} did with each definition it was given.
 *
 * @param outcomes one per definition, in the order loaded
 */
public record PlanLoadResult(List<Outcome> outcomes) {

    public PlanLoadResult {
        outcomes = List.copyOf(outcomes);
    }

    public static PlanLoadResult of(Outcome outcome) {
        return new PlanLoadResult(List.of(outcome));
    }

    /** What became of one definition. */
    public enum Status {
        /** The plan was new and has been created. */
        CREATED,
        /** The plan was already loaded from this very definition (same code, same digest): nothing changed. */
        UNCHANGED,
        /**
         * A plan with this code was loaded from a different definition. Nothing changed: a loaded
         * plan is never replaced, since projects and reports refer to its targets.
         */
        CONFLICT,
        /** A loaded plan was revised in place to a higher version of its definition (a plan package only). */
        REVISED
    }

    /**
     * @param loadedDigest digest of the plan already in the database (differs from {@code digest} on CONFLICT)
     */
    public record Outcome(String planCode, Status status, String digest, String loadedDigest, Counts created) {
    }

    /** How many rows of each kind were created. */
    public record Counts(int jurisdictions, int populations, int chapters, int columnBoxes, int programs,
                         int stagedSchedules, int scheduleStages, int columnTargets, int chapterTextTargets,
                         int indicators, int groupMemberships) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public int targets() {
            return columnTargets + chapterTextTargets;
        }

        public int total() {
            return jurisdictions + populations + chapters + columnBoxes + programs + stagedSchedules + scheduleStages
                    + columnTargets + chapterTextTargets + indicators + groupMemberships;
        }
    }

    public Outcome outcome(String planCode) {
        return outcomes.stream().filter(o -> o.planCode().equals(planCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No outcome for plan " + planCode));
    }

    public boolean hasConflicts() {
        return outcomes.stream().anyMatch(o -> o.status() == Status.CONFLICT);
    }

    /** Whether anything was created at all. */
    public boolean changedAnything() {
        return outcomes.stream().anyMatch(o -> o.status() == Status.CREATED);
    }
}
