package org.citygov.plantracker.application.reports.oc4ids;

import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;

/**
 * Which projects an OC4IDS package holds: all, or those of one program (工程), within one
 * jurisdiction (at any level, with the units below it), in one stage. {@code leadUnitId} confines
 * a project office to its own unit's projects; the service sets it, never the caller.
 */
public record Oc4idsFilter(String programCode, String jurisdictionCode, Stage stage, Long leadUnitId,
                           boolean openDataOnly) implements Serializable {

    public Oc4idsFilter(String programCode, String jurisdictionCode, Stage stage, Long leadUnitId) {
        this(programCode, jurisdictionCode, stage, leadUnitId, false);
    }

    public static Oc4idsFilter all() {
        return new Oc4idsFilter(null, null, null, null);
    }

    /** The public feed: only the projects the city has made public (never 储备). */
    public static Oc4idsFilter openData() {
        return new Oc4idsFilter(null, null, null, null, true);
    }

    public Oc4idsFilter confinedTo(Long unitId) {
        return new Oc4idsFilter(blankToNull(programCode), blankToNull(jurisdictionCode), stage, unitId, openDataOnly);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
