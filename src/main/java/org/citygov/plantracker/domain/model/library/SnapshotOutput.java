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

import java.math.BigDecimal;

/** A planned output of a project as a snapshot froze it. Immutable. */
@Entity
@Table(name = "library_snapshot_output")
public class SnapshotOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "snapshot_project_id", nullable = false, updatable = false)
    private SnapshotProject project;

    @Column(name = "plan_code", length = 32, updatable = false)
    private String planCode;

    @Column(name = "target_code", nullable = false, length = 32, updatable = false)
    private String targetCode;

    @Column(name = "jurisdiction_code", length = 32, updatable = false)
    private String jurisdictionCode;

    @Column(name = "quantity", precision = 19, scale = 4, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit", length = 60, updatable = false)
    private String unit;

    protected SnapshotOutput() {
    }

    SnapshotOutput(SnapshotProject project, LibraryProjectFacts.OutputFact o) {
        this.project = project;
        this.planCode = o.planCode();
        this.targetCode = o.targetCode();
        this.jurisdictionCode = o.jurisdictionCode();
        this.quantity = o.quantity();
        this.unit = o.unit();
    }

    public Long getId() { return id; }
}
