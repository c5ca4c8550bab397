package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.citygov.plantracker.domain.model.plan.Plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * 跨规划期结转 — unfinished projects carried from one plan into a newly loaded one (the 14th FYP's
 * into the 15th's): which project moved from which program to which, and which outputs were
 * re-linked from which target to which. A record of what was done; never changed afterwards.
 */
@Entity
@Table(name = "carry_over")
public class CarryOver {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_plan_id", nullable = false, updatable = false)
    private Plan fromPlan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_plan_id", nullable = false, updatable = false)
    private Plan toPlan;

    @Column(name = "performed_by", nullable = false, length = 64, updatable = false)
    private String performedBy;

    @Column(name = "performed_at", nullable = false, updatable = false)
    private LocalDateTime performedAt;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    @OneToMany(mappedBy = "carryOver", cascade = CascadeType.PERSIST)
    @OrderBy("projectCode")
    private List<CarryOverItem> items = new ArrayList<>();

    protected CarryOver() {
    }

    public CarryOver(Plan fromPlan, Plan toPlan, String performedBy, LocalDateTime performedAt, String note) {
        this.fromPlan = Objects.requireNonNull(fromPlan);
        this.toPlan = Objects.requireNonNull(toPlan);
        if (fromPlan.getCode().equals(toPlan.getCode())) {
            throw new IllegalArgumentException("A carry-over goes from one plan to another");
        }
        this.performedBy = Objects.requireNonNull(performedBy);
        this.performedAt = Objects.requireNonNull(performedAt);
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public CarryOverItem record(Long projectId, String projectCode, String fromProgram, String toProgram) {
        CarryOverItem item = new CarryOverItem(this, projectId, projectCode, fromProgram, toProgram);
        items.add(item);
        return item;
    }

    public Long getId() { return id; }
    public Plan getFromPlan() { return fromPlan; }
    public Plan getToPlan() { return toPlan; }
    public String getPerformedBy() { return performedBy; }
    public LocalDateTime getPerformedAt() { return performedAt; }
    public String getNote() { return note; }
    public List<CarryOverItem> getItems() { return Collections.unmodifiableList(items); }
}
