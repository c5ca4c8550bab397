package org.citygov.plantracker.application.library;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Carrying unfinished projects from one plan into another: the two plan codes, the mapping of the
 * old plan's program and target codes onto the new plan's (codes both plans have map to themselves
 * unless given here), optionally only some projects, and a note.
 */
public record CarryOverRequest(String fromPlan, String toPlan, Map<String, String> programs,
                               Map<String, String> targets, List<String> projects, String note)
        implements Serializable {
}
