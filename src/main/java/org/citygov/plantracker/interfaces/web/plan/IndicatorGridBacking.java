package org.citygov.plantracker.interfaces.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.IndicatorDetail;
import org.citygov.plantracker.application.plan.IndicatorObservationRow;
import org.citygov.plantracker.application.plan.IndicatorObservations;
import org.citygov.plantracker.application.plan.IndicatorObservations.ObservationInput;
import org.citygov.plantracker.application.plan.IndicatorQueries;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The yearly values of the indicators (plan/indicators.xhtml, 年度监测值): one row per indicator, one
 * column per year (2021–2025) with the baseline and target beside; the city (CITY_GOV) edits a cell
 * in a dialog. The service checks and audits; this bean only carries the form.
 */
@Named
@ViewScoped
public class IndicatorGridBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorQueries queries;

    @Inject
    private IndicatorObservations observations;

    @Inject
    private LocaleBacking locale;

    /** One cell: the year's observation or null. */
    public record Cell(int year, IndicatorObservationRow observation) implements Serializable {
        public boolean isEmpty() {
            return observation == null;
        }
    }

    /** One indicator with its cells. */
    public record Row(String code, String nameZh, String nameEn, String unit, String baseline, String target,
                      boolean binding, boolean cumulative, boolean wordTarget, List<Cell> cells)
            implements Serializable {
    }

    private List<Integer> years = List.of();
    private List<Row> rows = List.of();

    // the dialog's form
    private String code;
    private int year;
    private boolean wordTarget;
    private String value;
    private String met;
    private String evidence;
    private String source;
    private String note;
    private String reason;
    private Long version;
    private boolean existing;

    @PostConstruct
    void load() {
        List<IndicatorDetail> indicators = queries.indicators(null);
        int first = indicators.stream().map(IndicatorDetail::baselineYear).filter(Objects::nonNull)
                .mapToInt(y -> y + 1).min().orElse(0);
        int last = indicators.stream().map(IndicatorDetail::targetYear).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(-1);
        years = IntStream.rangeClosed(first, last).boxed().toList();
        List<Row> list = new ArrayList<>();
        for (IndicatorDetail i : indicators) {
            Map<Integer, IndicatorObservationRow> byYear = i.observations().stream()
                    .collect(Collectors.toMap(IndicatorObservationRow::fiscalYear, Function.identity()));
            List<Cell> cells = years.stream().map(y -> new Cell(y, byYear.get(y))).toList();
            boolean words = i.targetText() != null && i.targetValue() == null || i.comparison() == Comparison.QUALITATIVE;
            list.add(new Row(i.code(), i.nameZh(), i.nameEn(), i.unit(), i.baselineText(),
                    i.cumulative() && i.targetText() != null ? "〔" + i.targetText() + "〕" : i.targetText(),
                    i.nature() == IndicatorNature.BINDING, i.cumulative(), words, cells));
        }
        rows = list;
    }

    /** Opens the dialog on one cell. */
    public void startEdit(Row row, Cell cell) {
        code = row.code();
        year = cell.year();
        wordTarget = row.wordTarget();
        IndicatorObservationRow o = cell.observation();
        existing = o != null;
        value = o == null ? null : o.valueText();
        met = o == null || o.met() == null ? null : o.met().toString();
        evidence = o == null ? null : o.evidence();
        source = o == null ? null : o.source();
        note = o == null ? null : o.note();
        version = o == null ? null : o.version();
        reason = null;
    }

    public void save() {
        BigDecimal number = parse(value);
        Boolean metValue = met == null || met.isBlank() ? null : Boolean.valueOf(met);
        observations.record(null, code, year, new ObservationInput(number, metValue, evidence, source, note, version));
        info("monitoring.dialog.saved", code, year);
        load();
    }

    public void remove() {
        observations.remove(null, code, year, reason, version);
        info("monitoring.dialog.removed", code, year);
        load();
    }

    /** The typed text as a number, never silently changed: "1,5" or "abc" is refused at the field. */
    private static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace("，", ",");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new RuleViolation("value", "monitoring.observation.valueFormat", "Not a number: " + text, text);
        }
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(locale.getLocale(), key, arguments), null));
    }

    public List<Integer> getYears() { return years; }
    public List<Row> getRows() { return rows; }
    public String getCode() { return code; }
    public int getYear() { return year; }
    public boolean isWordTarget() { return wordTarget; }
    public boolean isExisting() { return existing; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getMet() { return met; }
    public void setMet(String met) { this.met = met; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
