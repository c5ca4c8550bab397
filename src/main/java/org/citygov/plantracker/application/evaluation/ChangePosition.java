package org.citygov.plantracker.application.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * How far a server has read the evaluation change feed (table evaluation_change): the highest row id
 * seen, and the lower ids not seen yet — "holes". Ids are handed out when a transaction writes, not when it
 * commits, so a row can become visible after rows with higher ids; a hole is looked for again on every read
 * until it is found or {@link #HOLE_EXPIRY} has passed since it was first missed (a rolled-back
 * transaction, ids the database skipped). The expiry is well beyond the transaction timeout (5 minutes),
 * so no committed change is missed.
 *
 * @param holes each missing id with the moment it was first missed
 */
public record ChangePosition(long highest, Map<Long, Instant> holes) {

    public static final Duration HOLE_EXPIRY = Duration.ofMinutes(15);

    public ChangePosition {
        holes = Map.copyOf(holes);
    }

    /** The position after a read that returned {@code ids} (rows above {@link #highest} and found holes). */
    public ChangePosition after(Collection<Long> ids, Instant now) {
        TreeSet<Long> seen = new TreeSet<>(ids);
        Map<Long, Instant> missing = new HashMap<>();
        holes.forEach((id, since) -> {
            if (!seen.contains(id) && since.plus(HOLE_EXPIRY).isAfter(now)) {
                missing.put(id, since);
            }
        });
        long top = highest;
        for (long id : seen.tailSet(highest, false)) {
            for (long gap = top + 1; gap < id; gap++) {
                missing.put(gap, now);
            }
            top = id;
        }
        return new ChangePosition(top, missing);
    }
}
