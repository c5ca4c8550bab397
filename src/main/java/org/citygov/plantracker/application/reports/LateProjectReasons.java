package org.citygov.plantracker.application.reports;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The reasons recorded on late projects, for the annual report and the mid-term evaluation:
 * what offices wrote on their open milestones, why a project was withdrawn, and — as those
 * features land — the problems of their monthly reports and the reasons of approved re-baselines.
 * Internal: the public version of a report leaves them out.
 */
public interface LateProjectReasons {

    /** Reasons by project code, oldest first; projects without any are absent. */
    Map<String, List<String>> reasonsFor(Collection<String> projectCodes);
}
