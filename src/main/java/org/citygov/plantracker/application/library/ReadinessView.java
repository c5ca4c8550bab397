package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A project's readiness for 新开工: each gate met or not with its document, the approved funding
 * against the required share, and the preparation milestones still open (the project's own rule).
 */
public record ReadinessView(String projectCode, String nameZh, String nameEn, Stage stage, String leadUnitCode,
                            BigDecimal totalInvestment, BigDecimal approvedFunding, BigDecimal securedShare,
                            BigDecimal requiredShare, List<Gate> gates, List<String> openPreparationMilestones,
                            boolean ready, boolean canRecord) implements Serializable {

    /** One gate; documented gates carry the document, its note, who recorded it, and its version. */
    public record Gate(ReadinessGate gate, boolean met, String documentRef, LocalDate documentDate, String note,
                       String recordedBy, LocalDateTime recordedAt, Long version) implements Serializable {
    }
}
