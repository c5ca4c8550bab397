package org.citygov.plantracker.interfaces.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.CarryOverPreview;
import org.citygov.plantracker.application.library.CarryOverRequest;
import org.citygov.plantracker.application.library.CarryOverRow;
import org.citygov.plantracker.application.library.CarryOvers;
import org.citygov.plantracker.application.library.LibraryOptions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 跨规划期结转 (library/carryover.xhtml): map the old plan's codes onto the new plan's, preview, carry over. */
@Named
@ViewScoped
public class CarryOverBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CarryOvers carryOvers;

    @Inject
    private LibraryOptions options;

    private List<LibraryOptions.Option> plans;
    private List<CarryOverRow> history;
    private String fromPlan;
    private String toPlan;
    private final Map<String, String> programs = new LinkedHashMap<>();
    private final Map<String, String> targets = new LinkedHashMap<>();
    private String note;
    private CarryOverPreview preview;

    @PostConstruct
    void init() {
        plans = options.plans();
        history = carryOvers.list();
        if (plans.size() >= 2) {
            fromPlan = plans.get(plans.size() - 2).code();
            toPlan = plans.get(plans.size() - 1).code();
        }
    }

    public void preview() {
        preview = carryOvers.preview(request());
        programs.clear();
        programs.putAll(preview.programs());
        targets.clear();
        targets.putAll(preview.targets());
    }

    public String execute() {
        CarryOverRow row = carryOvers.execute(request());
        LibraryPages.info("library.carry.done", row.projects(), row.fromPlan(), row.toPlan());
        return "/library/carryover?faces-redirect=true";
    }

    private CarryOverRequest request() {
        return new CarryOverRequest(fromPlan, toPlan, new LinkedHashMap<>(programs), new LinkedHashMap<>(targets),
                List.of(), note);
    }

    public List<String> getProgramCodes() {
        return new ArrayList<>(programs.keySet());
    }

    public List<String> getTargetCodes() {
        return new ArrayList<>(targets.keySet());
    }

    public List<LibraryOptions.Option> getPlans() { return plans; }
    public List<CarryOverRow> getHistory() { return history; }
    public String getFromPlan() { return fromPlan; }
    public void setFromPlan(String fromPlan) { this.fromPlan = fromPlan; }
    public String getToPlan() { return toPlan; }
    public void setToPlan(String toPlan) { this.toPlan = toPlan; }
    public Map<String, String> getPrograms() { return programs; }
    public Map<String, String> getTargets() { return targets; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public CarryOverPreview getPreview() { return preview; }
}
