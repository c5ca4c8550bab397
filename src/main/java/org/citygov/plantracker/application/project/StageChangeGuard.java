package org.citygov.plantracker.application.project;

import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;

/**
 * A rule of another bounded context that a stage change must pass, beyond the project's own (e.g.
 * the library's readiness gates before 新开工). The service that changes stages asks every guard
 * once the project's own rules have let the move happen, before anything is written; a guard refuses
 * with a {@code RuleViolation}, which rolls the change back.
 */
public interface StageChangeGuard {

    /** Refuses (RuleViolation) the move of {@code project} from {@code from} to {@code to}. */
    void check(Project project, Stage from, Stage to);
}
