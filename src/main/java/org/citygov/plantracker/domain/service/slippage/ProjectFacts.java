package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project with its milestones, outputs, planned investment by year and monthly reports: the
 * rules' whole view of it, read from query rows (never an entity).
 *
 * @param plannedInvestmentByYear the year's planned investment (from the funding lines), yuan
 */
public record ProjectFacts(long id, String code, String nameZh, String nameEn, Stage stage, long jurisdictionId,
                           String leadUnitCode, String programCode, LocalDate plannedStart, LocalDate plannedFinish,
                           BigDecimal totalInvestment, boolean sample, List<MilestoneFacts> milestones,
                           List<OutputFacts> outputs, Map<Integer, BigDecimal> plannedInvestmentByYear,
                           List<MonthlyReportFacts> reports) {

    public ProjectFacts {
        milestones = milestones == null ? List.of() : milestones;
        outputs = outputs == null ? List.of() : outputs;
        plannedInvestmentByYear = plannedInvestmentByYear == null ? Map.of() : plannedInvestmentByYear;
        reports = reports == null ? List.of() : reports;
    }

    /**
     * The project as it stood on {@code asOf}, as far as the data tell: a milestone done after asOf
     * was still open then (its forecast the day it was done, its progress then unknown, so 0 %), and
     * a project completed after asOf was still under construction. Lets any past day be evaluated
     * with today's data without counting work that was not done yet.
     */
    public ProjectFacts asOf(LocalDate asOf) {
        boolean laterActuals = milestones.stream().anyMatch(m -> m.actual() != null && m.actual().isAfter(asOf));
        boolean completedLater = isFinished() && completionDate().isAfter(asOf);
        if (!laterActuals && !completedLater) {
            return this;
        }
        List<MilestoneFacts> seen = milestones.stream()
                .map(m -> m.actual() != null && m.actual().isAfter(asOf)
                        ? new MilestoneFacts(m.id(), m.seq(), m.nameZh(), m.nameEn(), m.kind(), m.originalBaseline(),
                        m.baseline(), m.actual(), null, m.weight(), java.math.BigDecimal.ZERO)
                        : m)
                .toList();
        return new ProjectFacts(id, code, nameZh, nameEn, completedLater ? Stage.CONTINUING : stage, jurisdictionId,
                leadUnitCode, programCode, plannedStart, plannedFinish, totalInvestment, sample, seen, outputs,
                plannedInvestmentByYear, reports);
    }

    public boolean isWithdrawn() {
        return stage == Stage.WITHDRAWN;
    }

    public boolean isFinished() {
        return stage != null && stage.isFinished();
    }

    /**
     * The day construction was completed: the actual date of the completion (竣工验收) milestone, else
     * the latest actual date of the milestones before commissioning, else the planned finish.
     */
    public LocalDate completionDate() {
        LocalDate completion = null;
        LocalDate latest = null;
        for (MilestoneFacts m : milestones) {
            if (m.actual() == null || m.kind() == org.citygov.plantracker.domain.model.project.MilestoneKind.OPERATION) {
                continue;
            }
            if (m.kind() == org.citygov.plantracker.domain.model.project.MilestoneKind.COMPLETION
                    && (completion == null || m.actual().isAfter(completion))) {
                completion = m.actual();
            }
            if (latest == null || m.actual().isAfter(latest)) {
                latest = m.actual();
            }
        }
        return completion != null ? completion : latest != null ? latest : plannedFinish;
    }
}
