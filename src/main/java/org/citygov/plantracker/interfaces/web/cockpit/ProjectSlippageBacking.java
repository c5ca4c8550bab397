package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.evaluation.EvaluationService;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.service.slippage.CurvePoint;
import org.citygov.plantracker.domain.service.slippage.ProjectEvaluation;
import org.citygov.plantracker.domain.service.slippage.ScheduleForecast;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The slippage panel of a project page (include WEB-INF/includes/slippage/project-panel.xhtml on a
 * page whose URL carries {@code code}, optionally {@code asOf}): SPI(t), forecast finish against the
 * plan deadline and the original and current baselines, the milestone delays, the S-curve of PV
 * against EV, investment progress and data-quality warnings.
 */
@Named
@ViewScoped
public class ProjectSlippageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluationService;

    @Inject
    private SlippageFormat fmt;

    private String code;
    private LocalDate asOf;
    private transient ProjectEvaluation evaluation;
    private transient boolean loaded;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        code = params.get("code");
        asOf = InputPolicy.parseDate("asOf", params.get("asOf"));
    }

    /**
     * f:viewAction of the pages that show the panel: creating the bean reads {@code ?asOf=}, so a date
     * that is no date or lies outside the window is refused (400 with the reason) before anything is
     * rendered, instead of failing half-way through the page.
     */
    public void checkAsOf() {
        // the work is done by init()
    }

    /** The rating; null when there is no such project or the user may not read it. */
    public ProjectEvaluation getEvaluation() {
        if (!loaded && code != null) {
            loaded = true;
            try {
                evaluation = evaluationService.project(code, asOf);
            } catch (AccessDeniedException | UnknownEntityException e) {
                evaluation = null;
            }
        }
        return evaluation;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getAsOfDate() {
        return asOf == null ? evaluationService.today() : asOf;
    }

    /** PV and EV by month end from the start to the later of the forecast finish and asOf. */
    public String getCurveChart() {
        ProjectEvaluation e = getEvaluation();
        if (e == null || e.schedule().plannedCurve().isEmpty()) {
            return null;
        }
        ScheduleForecast s = e.schedule();
        LocalDate end = s.baselineFinish();
        for (LocalDate d : new LocalDate[]{s.forecastFinish(), getAsOfDate()}) {
            if (d != null && d.isAfter(end)) {
                end = d;
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        YearMonth month = YearMonth.from(s.start());
        while (!month.atEndOfMonth().isAfter(end.plusMonths(1)) && dates.size() < 240) {
            dates.add(month.atEndOfMonth());
            month = month.plusMonths(1);
        }
        List<String> labels = dates.stream().map(d -> YearMonth.from(d).toString()).toList();
        List<BigDecimal> pv = dates.stream().map(d -> interpolate(s.plannedCurve(), d)).toList();
        LocalDate evEnd = s.earnedCurve().isEmpty() ? s.start() : s.earnedCurve().get(s.earnedCurve().size() - 1).date();
        List<BigDecimal> ev = new ArrayList<>();
        for (LocalDate d : dates) {
            ev.add(d.isAfter(YearMonth.from(evEnd).atEndOfMonth()) ? null : stepAt(s.earnedCurve(), d));
        }
        return ChartJson.line(labels, List.of(
                new ChartJson.Series(fmt.text("slippage.panel.pv"), "#486581", pv, true),
                new ChartJson.Series(fmt.text("slippage.panel.ev"), "#d9822b", ev, false)), "%", 100.0);
    }

    static BigDecimal interpolate(List<CurvePoint> curve, LocalDate d) {
        if (d.isBefore(curve.get(0).date())) {
            return BigDecimal.ZERO;
        }
        for (int i = 1; i < curve.size(); i++) {
            CurvePoint a = curve.get(i - 1);
            CurvePoint b = curve.get(i);
            if (!d.isAfter(b.date())) {
                long span = ChronoUnit.DAYS.between(a.date(), b.date());
                if (span == 0) {
                    return b.percent();
                }
                BigDecimal part = BigDecimal.valueOf(ChronoUnit.DAYS.between(a.date(), d))
                        .divide(BigDecimal.valueOf(span), 6, RoundingMode.HALF_UP);
                return a.percent().add(b.percent().subtract(a.percent()).multiply(part)).setScale(1, RoundingMode.HALF_UP);
            }
        }
        return curve.get(curve.size() - 1).percent();
    }

    static BigDecimal stepAt(List<CurvePoint> curve, LocalDate d) {
        BigDecimal value = BigDecimal.ZERO;
        for (CurvePoint p : curve) {
            if (p.date().isAfter(d)) {
                break;
            }
            value = p.percent();
        }
        return value;
    }
}
