package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One project as a snapshot froze it (a row of {@link LibrarySnapshot}). Immutable. */
@Entity
@Table(name = "library_snapshot_project")
public class SnapshotProject {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "snapshot_id", nullable = false, updatable = false)
    private LibrarySnapshot snapshot;

    @Column(name = "project_code", nullable = false, length = 40, updatable = false)
    private String projectCode;

    @Column(name = "name_zh", nullable = false, length = 300, updatable = false)
    private String nameZh;

    @Column(name = "name_en", length = 300, updatable = false)
    private String nameEn;

    @Column(name = "plan_code", length = 32, updatable = false)
    private String planCode;

    @Column(name = "program_code", length = 32, updatable = false)
    private String programCode;

    @Column(name = "program_title_zh", length = 200, updatable = false)
    private String programTitleZh;

    @Column(name = "program_title_en", length = 300, updatable = false)
    private String programTitleEn;

    @Column(name = "jurisdiction_code", length = 32, updatable = false)
    private String jurisdictionCode;

    @Column(name = "jurisdiction_name_zh", length = 100, updatable = false)
    private String jurisdictionNameZh;

    @Column(name = "jurisdiction_name_en", length = 200, updatable = false)
    private String jurisdictionNameEn;

    @Column(name = "district_code", length = 32, updatable = false)
    private String districtCode;

    @Column(name = "district_name_zh", length = 100, updatable = false)
    private String districtNameZh;

    @Column(name = "district_name_en", length = 200, updatable = false)
    private String districtNameEn;

    @Column(name = "lead_unit_code", length = 32, updatable = false)
    private String leadUnitCode;

    @Column(name = "lead_unit_name_zh", length = 200, updatable = false)
    private String leadUnitNameZh;

    @Column(name = "lead_unit_name_en", length = 200, updatable = false)
    private String leadUnitNameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 32, updatable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 16, updatable = false)
    private Stage stage;

    @Column(name = "planned_start", updatable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_finish", updatable = false)
    private LocalDate plannedFinish;

    @Column(name = "total_investment", precision = 19, scale = 2, updatable = false)
    private BigDecimal totalInvestment;

    @Column(name = "description", length = 4000, updatable = false)
    private String description;

    @Column(name = "sample", nullable = false, updatable = false)
    private boolean sample;

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    private List<SnapshotOutput> outputs = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    private List<SnapshotFunding> funding = new ArrayList<>();

    protected SnapshotProject() {
    }

    SnapshotProject(LibrarySnapshot snapshot, LibraryProjectFacts f) {
        this.snapshot = snapshot;
        this.projectCode = f.code();
        this.nameZh = f.nameZh();
        this.nameEn = f.nameEn();
        this.planCode = f.planCode();
        this.programCode = f.programCode();
        this.programTitleZh = f.programTitleZh();
        this.programTitleEn = f.programTitleEn();
        this.jurisdictionCode = f.jurisdictionCode();
        this.jurisdictionNameZh = f.jurisdictionNameZh();
        this.jurisdictionNameEn = f.jurisdictionNameEn();
        this.districtCode = f.districtCode();
        this.districtNameZh = f.districtNameZh();
        this.districtNameEn = f.districtNameEn();
        this.leadUnitCode = f.leadUnitCode();
        this.leadUnitNameZh = f.leadUnitNameZh();
        this.leadUnitNameEn = f.leadUnitNameEn();
        this.category = f.category();
        this.stage = f.stage();
        this.plannedStart = f.plannedStart();
        this.plannedFinish = f.plannedFinish();
        this.totalInvestment = f.totalInvestment();
        this.description = f.description();
        this.sample = f.sample();
        f.outputs().forEach(o -> outputs.add(new SnapshotOutput(this, o)));
        f.funding().forEach(m -> funding.add(new SnapshotFunding(this, m)));
    }

    public Long getId() { return id; }
    public LibrarySnapshot getSnapshot() { return snapshot; }
    public String getProjectCode() { return projectCode; }
}
