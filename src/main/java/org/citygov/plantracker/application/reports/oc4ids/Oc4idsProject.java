package org.citygov.plantracker.application.reports.oc4ids;

import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One project with everything its OC4IDS record needs, read in one page of a streamed export.
 *
 * @param placePath the jurisdiction from the city down (郑州市 金水区 …)
 */
public record Oc4idsProject(long id, String code, String nationalCode, String nameZh, String nameEn,
                            String description, Category category, Stage stage, String withdrawalReason,
                            LocalDate plannedStart, LocalDate plannedFinish, BigDecimal totalInvestment, boolean sample,
                            String placeCode, String placePath, String leadUnitCode, String leadUnitNameZh,
                            Program program, List<Milestone> milestones, List<Output> outputs,
                            List<Funding> funding, List<Modification> modifications, List<Payment> payments) {

    /** The 工程 the project serves, within its 专栏, chapter and plan. */
    public record Program(String code, String titleZh, String titleEn, int columnBoxNo, String columnBoxTitleZh,
                          int chapterNo, String chapterTitleZh, String planCode, String planTitleZh) {
    }

    public record Milestone(long id, int seqNo, String nameZh, String nameEn, MilestoneKind kind,
                            LocalDate originalBaseline, LocalDate baseline, LocalDate forecast, LocalDate actual,
                            BigDecimal weight, BigDecimal percentComplete) {
    }

    public record Output(long id, String targetCode, String targetDescriptionZh, String unit, BigDecimal planned,
                         BigDecimal actual, boolean confirmed, String placeNameZh) {
    }

    public record Funding(long id, String sourceCode, String sourceNameZh, String sourceNameEn, boolean government,
                          int fiscalYear, BigDecimal requested, BigDecimal approved, BigDecimal disbursed,
                          FundingLineStatus status) {
    }

    /**
     * An approved re-baseline: when, why, and how the schedule moved.
     *
     * @param changes     "milestone: old → new" lines
     * @param finishBefore the latest baseline date before, {@code finishAfter} after it
     */
    public record Modification(String id, LocalDateTime approvedAt, String reason, List<String> changes,
                               LocalDate finishBefore, LocalDate finishAfter) {
    }

    /** A disbursement (拨付) against a funding line: paid on a date from a source; no voucher. */
    public record Payment(String id, LocalDate paidOn, BigDecimal amount, String sourceCode, String sourceNameZh) {
    }

    /**
     * The project as the public feed shows it: without internal fields — the recorded reasons (调出,
     * re-baselines) and the funding lines not approved (requested, returned, rejected).
     */
    public Oc4idsProject forPublic() {
        List<Funding> approved = funding.stream().filter(f -> f.status() == FundingLineStatus.APPROVED).toList();
        List<Modification> withoutReasons = modifications.stream()
                .map(m -> new Modification(m.id(), m.approvedAt(), null, m.changes(), m.finishBefore(), m.finishAfter()))
                .toList();
        return new Oc4idsProject(id, code, nationalCode, nameZh, nameEn, description, category, stage, null,
                plannedStart, plannedFinish, totalInvestment, sample, placeCode, placePath, leadUnitCode,
                leadUnitNameZh, program, milestones, outputs, approved, withoutReasons, payments);
    }

    /** Weighted percent complete over the milestones (0–100), as the project page shows it. */
    public BigDecimal percentComplete() {
        BigDecimal total = milestones.stream().map(Milestone::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal earned = milestones.stream().map(m -> m.weight().multiply(m.percentComplete()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return earned.divide(total, 2, RoundingMode.HALF_UP);
    }
}
