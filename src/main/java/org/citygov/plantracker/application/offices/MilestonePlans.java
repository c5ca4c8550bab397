package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestonePlanItem;
import org.citygov.plantracker.domain.model.project.Project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The milestone plan of a project in 储备 or 前期: add, change (names, kind, weight, baseline date),
 * remove and reorder steps. Its own office, the city government and administrators may edit
 * ({@link OfficeProjects#forEdit}); each step is version-checked (409 on a stale one) and audited.
 * From 新开工 on the plan is the frozen original baseline (the project refuses any change).
 */
@ApplicationScoped
@Transactional
public class MilestonePlans {

    static final String ACTION_ADD = "milestone.plan.add";
    static final String ACTION_CHANGE = "milestone.plan.change";
    static final String ACTION_REMOVE = "milestone.plan.remove";
    static final String ACTION_MOVE = "milestone.plan.move";

    @Inject
    private OfficeProjects projects;

    @Inject
    private AuditTrail audit;

    /** The plan with each step's share of the total weight and whether it may still be edited by the caller. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MilestonePlanView plan(String projectCode) {
        Project project = projects.forRead(projectCode);
        boolean editable = project.isPlanEditable() && projects.canEdit(projectCode);
        BigDecimal total = project.getMilestones().stream().map(Milestone::getWeight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<MilestonePlanView.Step> steps = project.getMilestones().stream()
                .map(m -> new MilestonePlanView.Step(MilestoneView.of(m), share(m.getWeight(), total))).toList();
        return new MilestonePlanView(project.getCode().value(), project.getStage(), project.isPlanEditable(), editable,
                steps);
    }

    private static BigDecimal share(BigDecimal weight, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO
                : weight.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }

    /** Adds a step at {@code position} (1-based; null: last). */
    public MilestoneView add(String projectCode, MilestonePlanItem item, Integer position) {
        Project project = projects.forEdit(projectCode);
        Milestone added = project.planMilestone(item, position);
        projects.flush(item.nameZh());
        String code = project.getCode().value();
        audit.event(MilestoneProgress.ENTITY, added.getId(), code, ACTION_ADD, describe(added));
        return MilestoneView.of(added);
    }

    /** Changes a step's names, kind, weight and baseline date, if nobody changed it since {@code version}. */
    public MilestoneView change(String projectCode, Long milestoneId, long version, MilestonePlanItem item) {
        Project project = projects.forEdit(projectCode);
        Milestone m = milestone(project, milestoneId);
        ConcurrentEditException.check(m.getNameZh(), version, m.getVersion());
        String zh = m.getNameZh();
        String en = m.getNameEn();
        var kind = m.getKind();
        var weight = m.getWeight();
        var baseline = m.getBaseline();
        project.replanMilestone(m, item);
        String code = project.getCode().value();
        audit.fieldChanged(MilestoneProgress.ENTITY, m.getId(), code, ACTION_CHANGE, "nameZh", zh, m.getNameZh());
        audit.fieldChanged(MilestoneProgress.ENTITY, m.getId(), code, ACTION_CHANGE, "nameEn", en, m.getNameEn());
        audit.fieldChanged(MilestoneProgress.ENTITY, m.getId(), code, ACTION_CHANGE, "kind", kind, m.getKind());
        audit.fieldChanged(MilestoneProgress.ENTITY, m.getId(), code, ACTION_CHANGE, "weight",
                MilestoneProgress.plain(weight), MilestoneProgress.plain(m.getWeight()));
        audit.fieldChanged(MilestoneProgress.ENTITY, m.getId(), code, ACTION_CHANGE, "baseline", baseline,
                m.getBaseline());
        projects.flush(m.getNameZh());
        return MilestoneView.of(m);
    }

    /** Removes a step (not one already done), if nobody changed it since {@code version}. */
    public void remove(String projectCode, Long milestoneId, long version) {
        Project project = projects.forEdit(projectCode);
        Milestone m = milestone(project, milestoneId);
        ConcurrentEditException.check(m.getNameZh(), version, m.getVersion());
        String what = describe(m);
        project.removeMilestone(m);
        audit.event(MilestoneProgress.ENTITY, milestoneId, project.getCode().value(), ACTION_REMOVE, what);
        projects.flush(m.getNameZh());
    }

    /** Moves a step to {@code position} (1-based), if nobody changed it since {@code version}. */
    public MilestoneView move(String projectCode, Long milestoneId, long version, int position) {
        Project project = projects.forEdit(projectCode);
        Milestone m = milestone(project, milestoneId);
        ConcurrentEditException.check(m.getNameZh(), version, m.getVersion());
        int before = m.getSeqNo();
        project.moveMilestone(m, position);
        audit.fieldChanged(MilestoneProgress.ENTITY, m.getId(), project.getCode().value(), ACTION_MOVE, "seqNo",
                before, m.getSeqNo());
        projects.flush(m.getNameZh());
        return MilestoneView.of(m);
    }

    private static Milestone milestone(Project project, Long id) {
        return project.milestone(id).orElseThrow(() -> new UnknownEntityException("milestone", id));
    }

    /** One line for the audit trail: 3. 主体完工 (施工) 40 @ 2027-06-30 */
    static String describe(Milestone m) {
        return m.getSeqNo() + ". " + m.getNameZh() + " (" + m.getKind().zh() + ") "
                + MilestoneProgress.plain(m.getWeight()) + " @ " + m.getBaseline();
    }
}
