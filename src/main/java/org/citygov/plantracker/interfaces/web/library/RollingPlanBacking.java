package org.citygov.plantracker.interfaces.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibraryOptions;
import org.citygov.plantracker.application.library.RollingPlanView;
import org.citygov.plantracker.application.library.RollingPlans;

import java.io.Serializable;
import java.util.List;

/** 三年滚动投资计划 (library/rolling.xhtml?from=…&amp;plan=…): investment by year, program, 区县(市), source; target coverage. */
@Named
@ViewScoped
public class RollingPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RollingPlans rollingPlans;

    @Inject
    private LibraryOptions options;

    private Integer from;
    private String plan;
    private RollingPlanView view;
    private boolean onlyUnserved;
    private List<LibraryOptions.Option> plans;

    /** f:viewAction. */
    public void load() {
        view = rollingPlans.plan(from, plan);
        from = view.firstYear();
        plan = view.planCode();
        plans = options.plans();
    }

    public String show() {
        return "/library/rolling?faces-redirect=true&from=" + from + "&plan=" + plan;
    }

    public List<RollingPlanView.Coverage> getCoverage() {
        return onlyUnserved ? view.coverage().stream().filter(RollingPlanView.Coverage::unserved).toList()
                : view.coverage();
    }

    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
    public RollingPlanView getView() { return view; }
    public boolean isOnlyUnserved() { return onlyUnserved; }
    public void setOnlyUnserved(boolean onlyUnserved) { this.onlyUnserved = onlyUnserved; }
    public List<LibraryOptions.Option> getPlans() { return plans; }
}
