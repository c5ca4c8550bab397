package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.application.plan.PlanFacts.Change;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.infrastructure.importing.plan.PlanProblem;

import java.util.List;
import java.util.Map;

/**
 * What an uploaded plan package would load (dry run) or loaded: the plan, what it holds, every
 * problem with its file and line, and — when it differs from a loaded plan of the same code — the
 * changes before → after.
 *
 * @param refusalKey     set when the archive itself was refused (too large, unsafe, not a zip …)
 * @param version        the package's plan version ({@code version:} in plan.yaml)
 * @param loadedVersion  the loaded plan's version, when a plan of this code is loaded
 * @param blockers       why a higher version cannot be applied in place ({@link Status#REVISION_BLOCKED})
 */
public record PlanPackagePreview(Status status, String fileName, String code, String titleZh, String titleEn,
                                 Integer startYear, Integer endYear, String digest, String loadedDigest,
                                 Contents contents, List<PlanProblem> problems, List<Change> changes,
                                 String refusalKey, List<Object> refusalArguments, Integer version,
                                 Integer loadedVersion, List<PlanRevisionCheck.Blocker> blockers) {

    public enum Status {
        /** The package cannot be loaded: see the problems or the refusal. */
        INVALID,
        /** A plan not loaded yet: loading creates it. */
        NEW,
        /** The same plan, byte for byte, is loaded: loading changes nothing. */
        UNCHANGED,
        /**
         * A plan of this code is loaded from different files and the package's version is not higher:
         * refused, the changes are listed (a new version of the plan needs a higher {@code version:}).
         */
        CHANGED,
        /** A higher version of a loaded plan: loading revises it in place; the changes are listed. */
        REVISION,
        /** A higher version of a loaded plan that cannot be applied: the blockers and the changes are listed. */
        REVISION_BLOCKED,
        /** Revised now (not a dry run). */
        REVISED,
        /** Loaded now (not a dry run). */
        CREATED
    }

    /** What the package holds. */
    public record Contents(List<String> files, int chapters, int columns, int programs, int targets,
                           Map<TargetKind, Integer> targetsByKind, int chapterTextTargets, int indicators,
                           int bindingIndicators, int stagedSchedules, int scheduleStages, int places,
                           int newPlaces) {
    }

    public boolean loadable() {
        return status == Status.NEW || status == Status.REVISION;
    }

    static PlanPackagePreview refused(String fileName, String key, Object... arguments) {
        return new PlanPackagePreview(Status.INVALID, fileName, null, null, null, null, null, null, null, null,
                List.of(), List.of(), key, List.of(arguments), null, null, List.of());
    }

    PlanPackagePreview with(Status newStatus) {
        return new PlanPackagePreview(newStatus, fileName, code, titleZh, titleEn, startYear, endYear, digest,
                loadedDigest, contents, problems, changes, refusalKey, refusalArguments, version, loadedVersion,
                blockers);
    }
}
