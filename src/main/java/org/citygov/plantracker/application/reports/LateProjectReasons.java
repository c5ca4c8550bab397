package org.citygov.plantracker.application.reports;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The reasons recorded on late projects, for the annual report and the mid-term evaluation:
 * why a project was withdrawn, the reasons of its approved re-baselines, the problems (存在问题) of
 * its latest monthly report, what offices wrote on its open milestones — each as it stood on the
 * report's date. Internal: the public version of a report leaves them out.
 */
public interface LateProjectReasons {

    /**
     * Reasons as recorded on {@code asOf} (nothing recorded later), by project code; projects without
     * any are absent.
     */
    Map<String, List<String>> reasonsFor(Collection<String> projectCodes, java.time.LocalDate asOf);
}
