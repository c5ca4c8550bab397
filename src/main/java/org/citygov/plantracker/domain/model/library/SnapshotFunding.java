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

/** A funding line of a project (source × year: requested, approved) as a snapshot froze it. Immutable. */
@Entity
@Table(name = "library_snapshot_funding")
public class SnapshotFunding {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "snapshot_project_id", nullable = false, updatable = false)
    private SnapshotProject project;

    @Column(name = "source_code", nullable = false, length = 32, updatable = false)
    private String sourceCode;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "requested", precision = 19, scale = 2, updatable = false)
    private BigDecimal requested;

    @Column(name = "approved", precision = 19, scale = 2, updatable = false)
    private BigDecimal approved;

    protected SnapshotFunding() {
    }

    SnapshotFunding(SnapshotProject project, LibraryProjectFacts.FundingFact f) {
        this.project = project;
        this.sourceCode = f.sourceCode();
        this.fiscalYear = f.fiscalYear();
        this.requested = f.requested();
        this.approved = f.approved();
    }

    public Long getId() { return id; }
}
