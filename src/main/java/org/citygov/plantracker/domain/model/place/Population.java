package org.citygov.plantracker.domain.model.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 人口 — the population of a jurisdiction in one year, the denominator of per-population targets
 * (每千人口托位数). The plan gives no populations; they come from statistics or are sample data.
 */
@Entity
@Table(name = "population")
@NamedQuery(name = "Population.findFor",
        query = "SELECT p FROM Population p WHERE p.jurisdiction = :jurisdiction AND p.fiscalYear = :fiscalYear")
@NamedQuery(name = "Population.findLatestFor",
        query = "SELECT p FROM Population p WHERE p.jurisdiction = :jurisdiction AND p.fiscalYear <= :fiscalYear"
                + " ORDER BY p.fiscalYear DESC")
public class Population {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false, updatable = false)
    private Jurisdiction jurisdiction;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "persons", nullable = false)
    private long persons;

    @Column(name = "source", length = 500)
    private String source;

    @Column(name = "sample", nullable = false)
    private boolean sample;

    protected Population() {
        // for JPA
    }

    public Population(Jurisdiction jurisdiction, int fiscalYear, long persons, String source, boolean sample) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.fiscalYear = fiscalYear;
        this.sample = sample;
        revise(persons, source);
    }

    /** Replaces the figure, e.g. when the statistics bureau publishes the final count. */
    public void revise(long persons, String source) {
        if (persons <= 0) {
            throw new IllegalArgumentException("Population must be positive: " + persons);
        }
        this.persons = persons;
        this.source = source;
    }

    /** Units per {@code base} persons, e.g. 托位 per 1,000 people: {@code count / persons * base}. */
    public BigDecimal perCapita(BigDecimal count, int base) {
        return count.multiply(BigDecimal.valueOf(base)).divide(BigDecimal.valueOf(persons), 4, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public long getPersons() {
        return persons;
    }

    public String getSource() {
        return source;
    }

    public boolean isSample() {
        return sample;
    }
}
