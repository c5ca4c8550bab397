package org.citygov.plantracker.application.offices;

import java.io.Serializable;

/**
 * The city government's decision on a re-baseline request.
 *
 * @param version the request version the decider read
 * @param comment the decider's comment (required when rejecting)
 */
public record RebaselineDecision(String projectCode, Long requestId, long version, boolean approve, String comment)
        implements Serializable {
}
