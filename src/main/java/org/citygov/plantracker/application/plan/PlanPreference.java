package org.citygov.plantracker.application.plan;

import java.util.Optional;

/**
 * The plan a user picked for the session with the plan picker, if any (the web layer keeps it in the
 * HTTP session). Outside a request, or before a pick, empty: {@link CurrentPlanRule} decides.
 */
public interface PlanPreference {

    Optional<String> chosen();
}
