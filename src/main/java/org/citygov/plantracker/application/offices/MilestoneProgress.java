package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.Project;

import java.time.Clock;
import java.time.LocalDate;

/** Milestone updates by project offices: percent complete, forecast, actual date, note. */
@ApplicationScoped
@Transactional
public class MilestoneProgress {

    static final String ENTITY = "Milestone";
    static final String ACTION_UPDATE = "milestone.update";

    @Inject
    private OfficeProjects projects;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Applies the update if the caller may edit the project and nobody changed the milestone since
     * the caller read it; every changed field is audited (before → after).
     */
    public MilestoneView update(MilestoneUpdate update) {
        Project project = projects.forEdit(update.projectCode());
        Milestone milestone = project.milestone(update.milestoneId())
                .orElseThrow(() -> new UnknownEntityException("milestone", update.milestoneId()));
        apply(project, milestone, update, LocalDate.now(clock));
        projects.flush(milestone.getNameZh());
        return MilestoneView.of(milestone);
    }

    /** A project's milestones in order, if the caller may read the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<MilestoneView> milestones(String projectCode) {
        return projects.forRead(projectCode).getMilestones().stream().map(MilestoneView::of).toList();
    }

    /** A number as people write it in the history: 35, 12.5 (not 35.00). */
    static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** Shared with the workbook upload: version check, domain rule, audit. Nothing is flushed. */
    public void apply(Project project, Milestone milestone, MilestoneUpdate update, LocalDate today) {
        ConcurrentEditException.check(milestone.getNameZh(), update.version(), milestone.getVersion());
        var percentBefore = milestone.getPercentComplete();
        var forecastBefore = milestone.getForecast();
        var actualBefore = milestone.getActual();
        var noteBefore = milestone.getNote();
        milestone.updateProgress(update.percentComplete(), update.forecast(), update.actual(),
                update.note() == null || update.note().isBlank() ? null : update.note().trim(), today);
        String code = project.getCode().value();
        audit.fieldChanged(ENTITY, milestone.getId(), code, ACTION_UPDATE, "percentComplete", plain(percentBefore),
                plain(milestone.getPercentComplete()));
        audit.fieldChanged(ENTITY, milestone.getId(), code, ACTION_UPDATE, "forecast", forecastBefore,
                milestone.getForecast());
        audit.fieldChanged(ENTITY, milestone.getId(), code, ACTION_UPDATE, "actual", actualBefore, milestone.getActual());
        audit.fieldChanged(ENTITY, milestone.getId(), code, ACTION_UPDATE, "note", noteBefore, milestone.getNote());
    }
}
