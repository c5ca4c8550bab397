package org.citygov.plantracker.domain.model.place;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.Optional;

/**
 * 行政区划 — a unit of the city's territory: the city itself, a 区县(市), a 街道/乡镇 or a 社区/村.
 * Jurisdictions outlive plans: the next five-year plan refers to the same units.
 */
@Entity
@Table(name = "jurisdiction")
@NamedQuery(name = "Jurisdiction.findByCode",
        query = "SELECT j FROM Jurisdiction j WHERE j.code = :code")
@NamedQuery(name = "Jurisdiction.findChildren",
        query = "SELECT j FROM Jurisdiction j WHERE j.parent = :parent ORDER BY j.code")
@NamedQuery(name = "Jurisdiction.findRoots",
        query = "SELECT j FROM Jurisdiction j WHERE j.parent IS NULL ORDER BY j.code")
@NamedQuery(name = "Jurisdiction.findByLevel",
        query = "SELECT j FROM Jurisdiction j WHERE j.level = :level ORDER BY j.code")
public class Jurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 16, updatable = false)
    private JurisdictionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", length = 32)
    private JurisdictionKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Jurisdiction parent;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    @Column(name = "note", length = 2000)
    private String note;

    protected Jurisdiction() {
        // for JPA
    }

    private Jurisdiction(String code, String nameZh, String nameEn, JurisdictionLevel level,
                         JurisdictionKind kind, Jurisdiction parent, boolean sample) {
        this.code = requireText(code, "code");
        this.nameZh = requireText(nameZh, "nameZh");
        this.nameEn = nameEn;
        this.level = Objects.requireNonNull(level, "level");
        this.kind = kind;
        this.sample = sample;
        if (parent == null && level != JurisdictionLevel.CITY) {
            throw new IllegalArgumentException("Only the city has no parent; " + code + " is " + level);
        }
        if (parent != null && !parent.level.canContain(level)) {
            throw new IllegalArgumentException("A " + parent.level + " (" + parent.code + ") cannot contain a "
                    + level + " (" + code + ")");
        }
        this.parent = parent;
    }

    /** The city itself: the root of the hierarchy. */
    public static Jurisdiction city(String code, String nameZh, String nameEn, boolean sample) {
        return new Jurisdiction(code, nameZh, nameEn, JurisdictionLevel.CITY, JurisdictionKind.CITY, null, sample);
    }

    /** A unit under {@code parent}; its level must be one the parent's level can contain. */
    public static Jurisdiction under(Jurisdiction parent, String code, String nameZh, String nameEn,
                                     JurisdictionLevel level, JurisdictionKind kind, boolean sample) {
        return new Jurisdiction(code, nameZh, nameEn, level, kind, Objects.requireNonNull(parent, "parent"), sample);
    }

    /** New names (a portfolio import, an administrator); the code, level and parent stay. */
    public void rename(String newNameZh, String newNameEn) {
        this.nameZh = java.util.Objects.requireNonNull(newNameZh, "nameZh");
        this.nameEn = newNameEn;
    }

    public void annotate(String note) {
        this.note = note;
    }

    /** Whether this unit is {@code other} or lies somewhere under it. Walks up the parents only. */
    public boolean isWithin(Jurisdiction other) {
        for (Jurisdiction j = this; j != null; j = j.parent) {
            if (j.sameIdentityAs(other)) {
                return true;
            }
        }
        return false;
    }

    /** 县(市): a county or a county-level city (not an urban district or a zone). */
    public boolean isCountyOrCountyCity() {
        return level == JurisdictionLevel.DISTRICT && kind != null && kind.isCountyOrCountyCity();
    }

    public boolean sameIdentityAs(Jurisdiction other) {
        return other != null && code.equals(other.code);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public JurisdictionLevel getLevel() {
        return level;
    }

    public JurisdictionKind getKind() {
        return kind;
    }

    public Optional<Jurisdiction> getParent() {
        return Optional.ofNullable(parent);
    }

    public boolean isSample() {
        return sample;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Jurisdiction other && sameIdentityAs(other));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + nameZh;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
