package org.citygov.plantracker.application.reports.oc4ids;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The approved re-baselines of projects (with their reasons), which OC4IDS publishes as
 * modifications. The project-offices context records them; until it does, there are none.
 */
public interface ProjectModifications {

    /** By project id; projects without any are absent. */
    Map<Long, List<Oc4idsProject.Modification>> modificationsFor(Collection<Long> projectIds);
}
