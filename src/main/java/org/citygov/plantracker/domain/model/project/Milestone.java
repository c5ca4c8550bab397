package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dated step of a project. Keeps the original baseline (as first approved), the current approved
 * baseline (changed only by an approved re-baseline), the office's forecast and the actual date.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private MilestoneKind kind;

    @Column(name = "original_baseline")
    private LocalDate originalBaseline;

    @Column(name = "baseline")
    private LocalDate baseline;

    @Column(name = "forecast")
    private LocalDate forecast;

    @Column(name = "actual")
    private LocalDate actual;

    @Column(name = "weight", nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    @Column(name = "percent_complete", nullable = false, precision = 5, scale = 2)
    private BigDecimal percentComplete = BigDecimal.ZERO;

    @Column(name = "note", length = 2000)
    private String note;

    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(Project project, int seqNo, String nameZh, String nameEn, MilestoneKind kind,
              LocalDate baseline, BigDecimal weight) {
        this.project = Objects.requireNonNull(project);
        this.seqNo = seqNo;
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.nameEn = nameEn;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.originalBaseline = baseline;
        this.baseline = baseline;
        this.forecast = baseline;
        if (weight == null || weight.signum() < 0) {
            throw new RuleViolation("weight", "milestone.weightNegative", "A milestone weight cannot be negative");
        }
        this.weight = weight;
    }

    /**
     * The office's update. Completing a milestone (an actual date) sets 100 % (a percent given with it
     * must be 100, else the update is refused, never silently raised); the actual date may
     * not be in the future nor before the project's start; a new forecast of an open milestone may not
     * lie before {@code today}. Reopening a done milestone (no actual date) needs a percent below 100.
     * All violations are reported together and nothing changes if any.
     */
    public void updateProgress(BigDecimal percent, LocalDate newForecast, LocalDate newActual, String newNote,
                               LocalDate today) {
        List<Violation> problems = progressProblems(percent, newForecast, newActual, newNote, today);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.actual = newActual;
        this.percentComplete = newActual != null ? HUNDRED
                : (percent == null ? percentComplete : percent.setScale(2, RoundingMode.HALF_UP));
        if (newActual != null) {
            this.forecast = newActual;
        } else if (newForecast != null) {
            this.forecast = newForecast;
        }
        this.note = newNote;
    }

    /**
     * Changes the planned step while the project's plan is still editable (储备/前期): original and
     * current baseline move together (so the plan as it stands at 新开工 is the original baseline), and
     * the forecast of an open milestone follows them.
     */
    void replan(MilestonePlanItem item) {
        this.nameZh = item.trimmedZh();
        this.nameEn = item.trimmedEn();
        this.kind = item.kind();
        this.weight = item.weight().setScale(4, RoundingMode.HALF_UP);
        this.originalBaseline = item.baseline();
        this.baseline = item.baseline();
        if (!isDone()) {
            this.forecast = item.baseline();
        }
    }

    void renumber(int position) {
        this.seqNo = position;
    }

    /** An approved re-baseline moves the current baseline; the original one stays as it was. */
    public void rebaseline(LocalDate newBaseline) {
        this.baseline = Objects.requireNonNull(newBaseline, "newBaseline");
        if (!isDone() && (forecast == null || forecast.isBefore(newBaseline))) {
            this.forecast = newBaseline;
        }
    }

    /** What {@link #updateProgress} would refuse, without changing anything (empty when the update is fine). */
    public List<Violation> progressProblems(BigDecimal percent, LocalDate newForecast, LocalDate newActual,
                                            String newNote, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
            problems.add(new Violation("percentComplete", "milestone.percentRange",
                    "Percent complete must be between 0 and 100", percent));
        }
        InputPolicy.decimals("percentComplete", percent, 2).ifPresent(problems::add);
        int before = problems.size();
        InputPolicy.date("forecast", newForecast).ifPresent(problems::add);
        InputPolicy.date("actual", newActual).ifPresent(problems::add);
        if (problems.size() > before) {
            return problems; // the rules below compare dates; these are none a person meant
        }
        if (newActual != null) {
            if (newActual.isAfter(today)) {
                problems.add(new Violation("actual", "milestone.actualInFuture",
                        "The actual date " + newActual + " is in the future", newActual));
            }
            if (newActual.isBefore(project.getPlannedStart())) {
                problems.add(new Violation("actual", "milestone.actualBeforeStart",
                        "The actual date " + newActual + " is before the project's start " + project.getPlannedStart(),
                        newActual, project.getPlannedStart()));
            }
            // an actual date means done: a percent below 100 given with it is a contradiction, not a 100 to store
            if (percent != null && percent.signum() >= 0 && percent.compareTo(HUNDRED) < 0) {
                problems.add(new Violation("percentComplete", "milestone.actualNeedsHundred",
                        "A milestone with an actual date is 100 % complete; set the percent to 100 or clear the actual date",
                        percent.stripTrailingZeros().toPlainString(), newActual));
            }
        } else {
            // reopening a done milestone without a new percent would leave it at 100 % with no actual date
            BigDecimal effective = percent != null ? percent : percentComplete;
            if (effective.compareTo(HUNDRED) == 0) {
                problems.add(new Violation("actual", "milestone.completeNeedsActual",
                        "A milestone at 100 % needs its actual date"));
            }
            // an unchanged forecast of an overdue milestone is the slippage rules' business, not a reason to refuse a note
            boolean forecastGiven = newForecast != null && (!newForecast.equals(forecast) || isDone());
            if (forecastGiven && newForecast.isBefore(today)) {
                problems.add(new Violation("forecast", "milestone.forecastInPast",
                        "The forecast " + newForecast + " is before today (" + today + ")", newForecast, today));
            }
        }
        if (newNote != null && newNote.length() > 2000) {
            problems.add(new Violation("note", "milestone.noteTooLong", "The note has more than 2000 characters"));
        }
        return problems;
    }

    /**
     * 导入 — takes the milestone's record as a portfolio workbook gives it (its history as written: the
     * actual date as it happened, not today). The importer has checked the record (dates in the window,
     * percent 0–100, a done milestone with its actual date) before it calls this.
     */
    public void restoreRecord(String newNameZh, String newNameEn, MilestoneKind newKind, BigDecimal newWeight,
                              LocalDate newOriginalBaseline, LocalDate newBaseline, LocalDate newForecast,
                              LocalDate newActual, BigDecimal newPercent, String newNote) {
        this.nameZh = Objects.requireNonNull(newNameZh, "nameZh");
        this.nameEn = newNameEn;
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.weight = newWeight.setScale(4, RoundingMode.HALF_UP);
        this.originalBaseline = newOriginalBaseline;
        this.baseline = newBaseline;
        this.forecast = newForecast;
        this.actual = newActual;
        this.percentComplete = (newPercent == null ? BigDecimal.ZERO : newPercent).setScale(2, RoundingMode.HALF_UP);
        this.note = newNote;
    }

    public boolean isDone() {
        return actual != null;
    }

    /** Weighted progress this milestone contributes: weight × percent / 100. */
    public BigDecimal earned() {
        return weight.multiply(percentComplete).divide(HUNDRED, 6, RoundingMode.HALF_UP);
    }

    /** The date the milestone is expected (or was) met: actual, else forecast, else baseline. */
    public LocalDate expectedDate() {
        return actual != null ? actual : forecast != null ? forecast : baseline;
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public int getSeqNo() { return seqNo; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public MilestoneKind getKind() { return kind; }
    public LocalDate getOriginalBaseline() { return originalBaseline; }
    public LocalDate getBaseline() { return baseline; }
    public LocalDate getForecast() { return forecast; }
    public LocalDate getActual() { return actual; }
    public BigDecimal getWeight() { return weight; }
    public BigDecimal getPercentComplete() { return percentComplete; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
