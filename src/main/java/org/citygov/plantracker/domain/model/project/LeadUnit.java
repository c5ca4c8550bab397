package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    public void rename(String nameZh, String nameEn) {
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.nameEn = nameEn;
    }
}
