package org.citygov.plantracker.interfaces.web.offices;

import org.citygov.plantracker.application.offices.MilestoneView;
import org.citygov.plantracker.domain.model.project.MilestoneKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the inline milestone editor: what the office may change (percent, forecast, actual,
 * note) with the version it read, and the read-only dates beside them.
 */
public class MilestoneEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final int seqNo;
    private final String nameZh;
    private final String nameEn;
    private final MilestoneKind kind;
    private final LocalDate originalBaseline;
    private final LocalDate baseline;
    private final BigDecimal weight;
    private long version;
    private BigDecimal percentComplete;
    private LocalDate forecast;
    private LocalDate actual;
    private String note;
    /** What was read, to tell a save that changes nothing (未修改) from one that does. */
    private final MilestoneView read;

    public MilestoneEdit(MilestoneView m) {
        this.read = m;
        this.id = m.id();
        this.seqNo = m.seqNo();
        this.nameZh = m.nameZh();
        this.nameEn = m.nameEn();
        this.kind = m.kind();
        this.originalBaseline = m.originalBaseline();
        this.baseline = m.baseline();
        this.weight = m.weight();
        this.version = m.version();
        this.percentComplete = m.percentComplete();
        this.forecast = m.forecast();
        this.actual = m.actual();
        this.note = m.note();
    }

    /** Nothing the office may change differs from what was read (a blank note counts as none). */
    public boolean isUnchanged() {
        return same(percentComplete, read.percentComplete())
                && java.util.Objects.equals(forecast, read.forecast())
                && java.util.Objects.equals(actual, read.actual())
                && java.util.Objects.equals(blankToNull(note), blankToNull(read.note()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Behind its current baseline: open and forecast later, or done later. */
    public boolean isLate() {
        LocalDate expected = actual != null ? actual : forecast;
        return baseline != null && expected != null && expected.isAfter(baseline);
    }

    public boolean isDone() {
        return actual != null;
    }

    public Long getId() { return id; }
    public int getSeqNo() { return seqNo; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public MilestoneKind getKind() { return kind; }
    public LocalDate getOriginalBaseline() { return originalBaseline; }
    public LocalDate getBaseline() { return baseline; }
    public BigDecimal getWeight() { return weight; }
    public long getVersion() { return version; }
    public BigDecimal getPercentComplete() { return percentComplete; }
    public void setPercentComplete(BigDecimal percentComplete) { this.percentComplete = percentComplete; }
    public LocalDate getForecast() { return forecast; }
    public void setForecast(LocalDate forecast) { this.forecast = forecast; }
    public LocalDate getActual() { return actual; }
    public void setActual(LocalDate actual) { this.actual = actual; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
