package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.library.ReadinessGate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * 前期要件 — whether a project may move from 储备/前期 to 新开工: a land, an environmental-assessment and
 * a feasibility-approval document (each with a reference and a date not after today), and approved
 * funding of at least the required share of its total investment. Pure: the caller brings the facts.
 */
public final class ReadinessCheck {

    private ReadinessCheck() {
    }

    /** A recorded document for one of the documented gates. */
    public record Document(ReadinessGate gate, String reference, LocalDate date) {
    }

    /**
     * @param documents         the project's recorded documents (any order; unknown gates ignored)
     * @param approvedFunding   the sum of its approved funding lines, yuan
     * @param totalInvestment   its total investment, yuan; a project costing nothing has its funding secured
     * @param requiredShare     the configured share, 0–1 (0.3 = 30 %)
     * @param today             documents dated after today do not count
     */
    public static Readiness evaluate(String projectCode, Collection<Document> documents, BigDecimal approvedFunding,
                                     BigDecimal totalInvestment, BigDecimal requiredShare, LocalDate today) {
        List<GateResult> results = new ArrayList<>();
        for (ReadinessGate gate : ReadinessGate.values()) {
            if (gate.isDocumented()) {
                Document doc = documents.stream().filter(d -> d.gate() == gate).findFirst().orElse(null);
                boolean met = doc != null && doc.reference() != null && !doc.reference().isBlank()
                        && doc.date() != null && !doc.date().isAfter(today);
                results.add(new GateResult(gate, met, doc == null ? null : doc.reference(),
                        doc == null ? null : doc.date(), null, null));
            } else {
                BigDecimal share = securedShare(approvedFunding, totalInvestment);
                BigDecimal required = requiredShare == null ? BigDecimal.ZERO : requiredShare;
                results.add(new GateResult(gate, share.compareTo(required) >= 0, null, null, share, required));
            }
        }
        return new Readiness(projectCode, List.copyOf(results));
    }

    /** Approved ÷ total investment, 4 decimals; 1 when the project costs nothing. */
    public static BigDecimal securedShare(BigDecimal approved, BigDecimal totalInvestment) {
        if (totalInvestment == null || totalInvestment.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal a = approved == null ? BigDecimal.ZERO : approved;
        return a.divide(totalInvestment, 4, RoundingMode.DOWN);
    }
}
