package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One output re-linked by a carry-over: from a target of the old plan to one of the new plan. */
@Entity
@Table(name = "carry_over_link")
public class CarryOverLink {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private CarryOverItem item;

    @Column(name = "output_id", nullable = false, updatable = false)
    private Long outputId;

    @Column(name = "from_target_code", nullable = false, length = 32, updatable = false)
    private String fromTargetCode;

    @Column(name = "to_target_code", nullable = false, length = 32, updatable = false)
    private String toTargetCode;

    protected CarryOverLink() {
    }

    CarryOverLink(CarryOverItem item, Long outputId, String fromTargetCode, String toTargetCode) {
        this.item = item;
        this.outputId = outputId;
        this.fromTargetCode = fromTargetCode;
        this.toTargetCode = toTargetCode;
    }

    public Long getId() { return id; }
    public Long getOutputId() { return outputId; }
    public String getFromTargetCode() { return fromTargetCode; }
    public String getToTargetCode() { return toTargetCode; }
}
