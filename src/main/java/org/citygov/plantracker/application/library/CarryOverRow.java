package org.citygov.plantracker.application.library;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A carry-over that was carried out. */
public record CarryOverRow(Long id, String fromPlan, String toPlan, String performedBy, LocalDateTime performedAt,
                           String note, long projects) implements Serializable {
}
