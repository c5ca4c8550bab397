package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.evaluation.EvaluationSettingsService;
import org.citygov.plantracker.application.evaluation.EvaluationSettingsService.SettingRow;
import org.citygov.plantracker.application.evaluation.PlaceFiguresService;
import org.citygov.plantracker.application.evaluation.PlaceFiguresService.PopulationRow;
import org.citygov.plantracker.application.evaluation.PlaceFiguresService.StockRow;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thresholds, population and existing stock (cockpit/settings.xhtml). Everyone signed in may read
 * them; CITY_GOV changes them, each change audited by the application layer.
 */
@Named
@ViewScoped
public class EvaluationSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationSettingsService settingsService;

    @Inject
    private PlaceFiguresService figures;

    @Inject
    private PlanQueries plans;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SlippageFormat fmt;

    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private transient List<SettingRow> rows;

    private String unit;
    private Integer populationYear;
    private Long persons;
    private String populationSource;

    private String stockUnit;
    private String metric;
    /** The form's year: the current plan's stock year (the year before it starts). */
    private Integer stockYear;
    private BigDecimal quantity;
    private BigDecimal totalQuantity;
    private String stockSource;
    private String filterUnit;

    @PostConstruct
    void init() {
        try {
            reloadSettings();
            stockYear = plans.currentStockYear().orElse(null);
        } catch (AccessDeniedException e) {
            CockpitPage.forbidden();
        }
    }

    private void reloadSettings() {
        rows = settingsService.settings();
        values.clear();
        versions.clear();
        for (SettingRow r : rows) {
            values.put(r.key(), r.value());
            versions.put(r.key(), r.version());
        }
    }

    public boolean isEditable() {
        return currentUser.hasRole(Role.CITY_GOV);
    }

    public List<SettingRow> getRows() {
        if (rows == null) {
            rows = settingsService.settings();
        }
        return rows;
    }

    public Map<String, BigDecimal> getValues() {
        return values;
    }

    public void saveThresholds() {
        Map<String, BigDecimal> changed = new LinkedHashMap<>();
        for (SettingRow r : getRows()) {
            BigDecimal v = values.get(r.key());
            if (v != null && v.compareTo(r.value()) != 0) {
                changed.put(r.key(), v);
            }
        }
        if (run(() -> settingsService.update(changed, versions))) {
            reloadSettings();
            info(fmt.text("slippage.settings.saved"));
        }
    }

    public void savePopulation() {
        String code = codeOf(unit);
        if (run(() -> figures.setPopulation(code, populationYear == null ? 0 : populationYear,
                persons == null ? 0 : persons, populationSource, null))) {
            filterUnit = code;
            info(fmt.text("slippage.settings.saved"));
        }
    }

    public void saveStock() {
        String code = codeOf(stockUnit);
        if (run(() -> figures.setStock(code, metric, stockYear == null ? 0 : stockYear, quantity, totalQuantity,
                stockSource, null))) {
            filterUnit = code;
            info(fmt.text("slippage.settings.saved"));
        }
    }

    public void deleteStock(StockRow row) {
        if (run(() -> figures.deleteStock(row.unitCode(), row.metric(), row.year()))) {
            info(fmt.text("slippage.settings.saved"));
        }
    }

    public List<PopulationRow> getPopulation() {
        return figures.population(blankToNull(codeOf(filterUnit)));
    }

    public List<StockRow> getStock() {
        return figures.stock(blankToNull(codeOf(filterUnit)), null);
    }

    public List<String> completeUnit(String text) {
        return figures.searchUnits(text);
    }

    public List<String> getMetrics() {
        return figures.stockMetrics();
    }

    private boolean run(Runnable action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            return true;
        } catch (RuleViolation e) {
            for (RuleViolation.Violation v : e.getViolations()) {
                String text = fmt.text(v.messageKey(), v.arguments());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        text.equals(v.messageKey()) ? v.english() : text, null));
            }
        } catch (AccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    fmt.text(e.getMessageKey(), e.getArguments()), null));
        } catch (ConcurrentEditException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, fmt.text("error.conflict", e.getWhat()), null));
        } catch (UnknownEntityException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    fmt.text("error.notFound", e.getKind(), e.getKey()), null));
        }
        faces.validationFailed();
        return false;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** "J04 金水区" → "J04". */
    static String codeOf(String picked) {
        if (picked == null || picked.isBlank()) {
            return null;
        }
        String trimmed = picked.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Integer getPopulationYear() { return populationYear; }
    public void setPopulationYear(Integer populationYear) { this.populationYear = populationYear; }
    public Long getPersons() { return persons; }
    public void setPersons(Long persons) { this.persons = persons; }
    public String getPopulationSource() { return populationSource; }
    public void setPopulationSource(String populationSource) { this.populationSource = populationSource; }
    public String getStockUnit() { return stockUnit; }
    public void setStockUnit(String stockUnit) { this.stockUnit = stockUnit; }
    public String getMetric() { return metric; }
    public void setMetric(String metric) { this.metric = metric; }
    public Integer getStockYear() { return stockYear; }
    public void setStockYear(Integer stockYear) { this.stockYear = stockYear; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getTotalQuantity() { return totalQuantity; }
    public void setTotalQuantity(BigDecimal totalQuantity) { this.totalQuantity = totalQuantity; }
    public String getStockSource() { return stockSource; }
    public void setStockSource(String stockSource) { this.stockSource = stockSource; }
    public String getFilterUnit() { return filterUnit; }
    public void setFilterUnit(String filterUnit) { this.filterUnit = filterUnit; }
}
