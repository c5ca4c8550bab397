package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.evaluation.EvaluationService;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every cockpit page shares: the {@code asOf} and {@code plan} view parameters (so a view is a
 * bookmarkable URL), the evaluation for them (recomputed after deserialisation, never stored in the
 * session), and a 403 for users whose role may not see it.
 */
public abstract class CockpitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected EvaluationService evaluationService;

    /** The current plan (the session's pick, else the current-plan rule) when the URL names none. */
    @Inject
    protected PlanQueries planQueries;

    private String asOf;
    private String plan;
    /** What the toolbar's date picker holds (a postback), before {@link #apply} puts it into the URL. */
    private LocalDate pickedDate;
    private transient PortfolioEvaluation evaluation;

    /** f:viewAction: evaluate once (a refused role is answered 403 by the application's exception handler). */
    public void load() {
        evaluation = evaluationService.evaluate(getAsOfDate());
        if (plan == null || plan.isBlank()) {
            plan = planQueries.currentPlanCode().orElse(null);
        }
        afterLoad(evaluation);
    }

    protected void afterLoad(PortfolioEvaluation e) {
    }

    protected PortfolioEvaluation evaluation() {
        if (evaluation == null) {
            evaluation = evaluationService.evaluate(getAsOfDate());
        }
        return evaluation;
    }

    protected static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(403, "Forbidden");
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        faces.responseComplete();
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    /**
     * The view's date: today when the URL names none; a date that is malformed or outside the input
     * window ({@link InputPolicy}) is refused (400 page with the reason), never silently replaced.
     */
    public LocalDate getAsOfDate() {
        LocalDate date = InputPolicy.parseDate("asOf", asOf);
        return date == null ? evaluationService.today() : date;
    }

    public void setAsOfDate(LocalDate date) {
        this.asOf = date == null ? null : date.toString();
    }

    /** The toolbar's date picker: the view's date until the user picks another. */
    public LocalDate getPickedDate() {
        return pickedDate == null ? getAsOfDate() : pickedDate;
    }

    public void setPickedDate(LocalDate date) {
        this.pickedDate = date;
    }

    /**
     * The toolbar's "查看": the picked date (today when cleared) and plan become the page's URL again,
     * with its other view parameters. A date outside the input window is refused at the picker
     * ({@code asOf}), which keeps what was typed.
     */
    public String apply(String outcome) {
        InputPolicy.require(InputPolicy.date("asOf", pickedDate));
        asOf = pickedDate == null ? null : pickedDate.toString();
        evaluation = null;
        return outcome + "?faces-redirect=true&includeViewParams=true";
    }

    public List<String> getPlans() {
        return evaluation().planCodes();
    }

    /** Query string carrying the view's asOf and plan to the next page. */
    public String getContext() {
        return "asOf=" + getAsOfDate() + (plan == null ? "" : "&plan=" + plan);
    }

    protected static <T, K> Map<K, T> index(List<T> list, Function<T, K> key) {
        return list.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
