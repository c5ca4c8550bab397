package org.citygov.plantracker.interfaces.web.offices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.offices.MilestonePlanView;
import org.citygov.plantracker.application.offices.MilestonePlans;
import org.citygov.plantracker.domain.model.project.MilestoneKind;

import java.io.Serializable;
import java.util.List;

/**
 * The milestone plan editor on the project's milestone tab (储备/前期, its own office and the city):
 * add, change, remove and reorder steps. Each action goes through {@link MilestonePlans} (access,
 * version, rules, audit) and reloads the page so every tab shows the new plan.
 */
@Named
@ViewScoped
public class MilestonePlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestonePlans plans;

    private String code;
    private boolean editable;
    private List<PlanStepEdit> steps = List.of();
    private PlanStepEdit draft = new PlanStepEdit();

    @PostConstruct
    void init() {
        code = OfficePages.parameter("code");
        if (code != null) {
            try {
                MilestonePlanView plan = plans.plan(code);
                editable = plan.editable();
                steps = plan.steps().stream().map(PlanStepEdit::new).toList();
            } catch (RuntimeException refused) {
                // the project page itself answers 403/404; the editor just stays hidden
                editable = false;
            }
        }
    }

    public String add() {
        var added = plans.add(code, draft.item(), null);
        OfficePages.info("plan.added", added.nameZh());
        return reload();
    }

    public String save(PlanStepEdit step) {
        var saved = plans.change(code, step.getId(), step.getVersion(), step.item());
        OfficePages.info("plan.saved", saved.nameZh());
        return reload();
    }

    public String remove(PlanStepEdit step) {
        plans.remove(code, step.getId(), step.getVersion());
        OfficePages.info("plan.removed", step.getNameZh());
        return reload();
    }

    public String up(PlanStepEdit step) {
        return move(step, step.getSeqNo() - 1);
    }

    public String down(PlanStepEdit step) {
        return move(step, step.getSeqNo() + 1);
    }

    private String move(PlanStepEdit step, int position) {
        var moved = plans.move(code, step.getId(), step.getVersion(), position);
        OfficePages.info("plan.moved", moved.nameZh());
        return reload();
    }

    private String reload() {
        return "/projects/project.xhtml?faces-redirect=true&code=" + java.net.URLEncoder.encode(code,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public MilestoneKind[] getKinds() {
        return MilestoneKind.values();
    }

    public boolean isEditable() { return editable; }
    public List<PlanStepEdit> getSteps() { return steps; }
    public PlanStepEdit getDraft() { return draft; }
    public int getLast() { return steps.size(); }
}
