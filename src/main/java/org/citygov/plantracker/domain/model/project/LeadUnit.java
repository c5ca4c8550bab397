package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import jakarta.persistence.Version;

import java.util.Objects;

/** 项目单位 — the unit that leads a project; project-office users belong to exactly one. */
@Entity
@Table(name = "lead_unit")
public class LeadUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    /** A retired unit keeps its projects and history; its users can no longer sign in. */
    @Column(name = "retired", nullable = false)
    private boolean retired;

    /** The 区县(市) the unit belongs to, if it belongs to one (city bureaus do not). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;

    @Version
    private long version;

    protected LeadUnit() {
    }

    public LeadUnit(String code, String nameZh, String nameEn, boolean sample) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.nameEn = nameEn;
        this.sample = sample;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }

    public String name(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }

    /** Renaming keeps the unit's identity (its code), projects and users. */
    public void rename(String nameZh, String nameEn) {
        if (nameZh == null || nameZh.isBlank() || nameZh.length() > 200) {
            throw new RuleViolation("nameZh", "leadUnit.nameZh.required", "A Chinese name (at most 200 characters) is required");
        }
        if (nameEn != null && nameEn.length() > 200) {
            throw new RuleViolation("nameEn", "leadUnit.nameEn.tooLong", "The English name has at most 200 characters");
        }
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public boolean isRetired() { return retired; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }

    public void retire() { this.retired = true; }
    public void reinstate() { this.retired = false; }

    public void placeIn(Jurisdiction district) { this.jurisdiction = district; }
}
