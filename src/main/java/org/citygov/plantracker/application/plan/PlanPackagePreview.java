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
 */
public record PlanPackagePreview(Status status, String fileName, String code, String titleZh, String titleEn,
                                 Integer startYear, Integer endYear, String digest, String loadedDigest,
                                 Contents contents, List<PlanProblem> problems, List<Change> changes,
                                 String refusalKey, List<Object> refusalArguments) {

    public enum Status {
        /** The package cannot be loaded: see the problems or the refusal. */
        INVALID,
        /** A plan not loaded yet: loading creates it. */
        NEW,
        /** The same plan, byte for byte, is loaded: loading changes nothing. */
        UNCHANGED,
        /** A plan of this code is loaded from different files: refused, the changes are listed. */
        CHANGED,
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
        return status == Status.NEW;
    }

    static PlanPackagePreview refused(String fileName, String key, Object... arguments) {
        return new PlanPackagePreview(Status.INVALID, fileName, null, null, null, null, null, null, null, null,
                List.of(), List.of(), key, List.of(arguments));
    }

    PlanPackagePreview with(Status newStatus) {
        return new PlanPackagePreview(newStatus, fileName, code, titleZh, titleEn, startYear, endYear, digest,
                loadedDigest, contents, problems, changes, refusalKey, refusalArguments);
    }
}
