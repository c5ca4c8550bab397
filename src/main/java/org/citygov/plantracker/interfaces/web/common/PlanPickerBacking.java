package org.citygov.plantracker.interfaces.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.application.plan.PlanRef;
import org.citygov.plantracker.application.plan.PlanSelection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The header's plan picker, shown once a second plan is loaded: the pick is kept for the session
 * and every page (and API call in that session) reads that plan when none is named; without a pick
 * the current-plan rule decides.
 */
@Named
@RequestScoped
public class PlanPickerBacking {

    @Inject
    private PlanSelection selection;

    @Inject
    private PlanQueries queries;

    private List<PlanRef> plans;
    private String code;

    public List<PlanRef> getPlans() {
        if (plans == null) {
            plans = selection.all();
        }
        return plans;
    }

    /** The loaded plan with this code, for a label (title and period) where a page lists plan codes; or null. */
    public PlanRef plan(String code) {
        return getPlans().stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    public boolean isShown() {
        return getPlans().size() > 1;
    }

    public String getCode() {
        if (code == null) {
            code = queries.currentPlanCode().orElse(null);
        }
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Keeps the pick for the session and shows the same page again (without a ?plan= of its own). */
    public void choose() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (code != null && getPlans().stream().anyMatch(p -> p.code().equals(code))) {
            ((HttpServletRequest) external.getRequest()).getSession(true)
                    .setAttribute(SessionPlanPreference.ATTRIBUTE, code);
        }
        String query = external.getRequestParameterMap().get(LocaleBacking.QUERY_FIELD);
        String kept = query == null || query.indexOf('\r') >= 0 || query.indexOf('\n') >= 0 ? ""
                : Arrays.stream(query.split("&")).filter(p -> !p.isBlank() && !p.startsWith("plan="))
                .collect(Collectors.joining("&"));
        try {
            external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId()
                    + (kept.isEmpty() ? "" : "?" + kept));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
