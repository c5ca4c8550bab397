package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.project.StageChangeGuard;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;

/**
 * The library's readiness gates (用地, 环评, 可研批复, funding share) guard every move from 储备/前期 to
 * 新开工, whoever makes it: a library proposal applied at the close of a round, or a stage change on
 * the project offices' pages or API.
 */
@ApplicationScoped
public class ReadinessStageGuard implements StageChangeGuard {

    @Inject
    private LibraryReadiness readiness;

    @Override
    public void check(Project project, Stage from, Stage to) {
        if (to == Stage.NEW_START && (from == Stage.RESERVE || from == Stage.PREPARATION)) {
            readiness.evaluate(project).requireReady();
        }
    }
}
