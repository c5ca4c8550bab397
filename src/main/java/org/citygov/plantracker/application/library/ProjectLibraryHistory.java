package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A project's whole life in the library across rounds: every proposal about it (any round, any
 * outcome), the snapshots it appears in with its stage and investment in each, its carry-overs into
 * later plans, and the recorded changes (who, when, before → after).
 */
public record ProjectLibraryHistory(String code, String nameZh, String nameEn, boolean exists, Stage stage,
                                    String planCode, String programCode, String leadUnitCode,
                                    List<ProposalRow> proposals, List<Appearance> snapshots,
                                    List<Carried> carryOvers, List<Event> events) implements Serializable {

    /** The project as one snapshot froze it. */
    public record Appearance(Long snapshotId, String roundCode, String labelZh, String labelEn, LocalDateTime takenAt,
                             Stage stage, String planCode, String programCode, BigDecimal totalInvestment)
            implements Serializable {
    }

    /** One carry-over of the project into a later plan. */
    public record Carried(LocalDateTime performedAt, String performedBy, String fromPlan, String toPlan,
                          String fromProgram, String toProgram, String targets) implements Serializable {
    }

    /** One recorded change or event. */
    public record Event(LocalDateTime occurredAt, String username, String action, String field, String before,
                        String after, String comment) implements Serializable {
    }
}
