package org.citygov.plantracker.domain.service.slippage;

/** How a project output counts toward a target on asOf. */
public enum Counted {
    /** Completed and confirmed on or before min(asOf, deadline): in D. */
    DELIVERED,
    /** Unfinished, forecast to finish by the deadline: in F. */
    FORECAST,
    /** Planned by the deadline but forecast (or delivered) after it: a cause of the shortfall. */
    LATE,
    /** Planned after the deadline from the start: not a cause, but could close a gap if brought forward. */
    AFTER_DEADLINE,
    /** The project moved to 调出: its output no longer counts. */
    WITHDRAWN,
    /** Too small (or not inclusive) to count for this target. */
    NOT_QUALIFYING
}
