package org.citygov.plantracker.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.evaluation.ExistingStock;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The denominators and starting points of target evaluation: the population of each unit by year
 * (每千人口 targets) and the existing stock of each unit by metric and year. Read by anyone signed
 * in; written by CITY_GOV only, every change audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlaceFiguresService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    public record PopulationRow(String unitCode, String unitNameZh, String unitNameEn, int year, long persons,
                                String source, boolean sample, long version) {
        static PopulationRow of(Population p) {
            return new PopulationRow(p.getJurisdiction().getCode(), p.getJurisdiction().getNameZh(),
                    p.getJurisdiction().getNameEn(), p.getFiscalYear(), p.getPersons(), p.getSource(), p.isSample(),
                    p.getVersion());
        }
    }

    public record StockRow(String unitCode, String unitNameZh, String unitNameEn, String metric, int year,
                           BigDecimal quantity, BigDecimal totalQuantity, String source, boolean sample, long version) {
        static StockRow of(ExistingStock s) {
            return new StockRow(s.getJurisdiction().getCode(), s.getJurisdiction().getNameZh(),
                    s.getJurisdiction().getNameEn(), s.getMetric(), s.getFiscalYear(), s.getQuantity(),
                    s.getTotalQuantity(), s.getSource(), s.isSample(), s.getVersion());
        }
    }

    /** Units whose code or name contains {@code text}, for pickers: "J04 金水区". */
    public List<String> searchUnits(String text) {
        access.requireSignedIn();
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        return em.createQuery("SELECT j.code, j.nameZh FROM Jurisdiction j WHERE LOWER(j.code) LIKE :t OR j.nameZh LIKE :t "
                        + "OR LOWER(j.nameEn) LIKE :t ORDER BY j.code", Object[].class)
                .setParameter("t", like).setMaxResults(30).getResultList().stream()
                .map(r -> r[0] + " " + r[1]).toList();
    }

    /** The metrics targets are measured by (what stock can be recorded for), in plan order. */
    public List<String> stockMetrics() {
        access.requireSignedIn();
        return em.createQuery("SELECT t.measure.metric, MIN(t.seq) FROM Target t WHERE t.measure.metric IS NOT NULL "
                        + "AND (t.measure.targetValue IS NOT NULL OR t.measure.targetMin IS NOT NULL) "
                        + "GROUP BY t.measure.metric ORDER BY MIN(t.seq)", Object[].class)
                .getResultList().stream().map(r -> (String) r[0]).toList();
    }

    /** Populations of a unit (all units when null), newest year first. */
    public List<PopulationRow> population(String unitCode) {
        access.requireSignedIn();
        var query = em.createQuery("SELECT p FROM Population p JOIN FETCH p.jurisdiction j"
                + (unitCode == null ? "" : " WHERE j.code = :code") + " ORDER BY j.code, p.fiscalYear DESC",
                Population.class);
        if (unitCode != null) {
            query.setParameter("code", unitCode);
        }
        return query.getResultList().stream().map(PopulationRow::of).toList();
    }

    /**
     * Records (or revises) a unit's population for a year (CITY_GOV).
     *
     * @param expectedVersion the version the user read, for an existing figure (null: no check)
     */
    @Transactional
    public PopulationRow setPopulation(String unitCode, int year, long persons, String source, Long expectedVersion) {
        access.requireAnyRole(Role.CITY_GOV);
        Jurisdiction unit = unit(unitCode);
        checkYear(year);
        if (persons <= 0) {
            throw new RuleViolation("persons", "slippage.population.positive", "The population must be positive", persons);
        }
        checkSource(source, false);
        Population existing = em.createNamedQuery("Population.findFor", Population.class)
                .setParameter("jurisdiction", unit).setParameter("fiscalYear", year)
                .getResultStream().findFirst().orElse(null);
        String field = "population." + year;
        if (existing != null) {
            if (expectedVersion != null) {
                ConcurrentEditException.check(unitCode + " " + year, expectedVersion, existing.getVersion());
            }
            long before = existing.getPersons();
            // read before the revision overwrites it, so the trail says what the source was
            String sourceBefore = existing.getSource();
            if (existing.isSample()) {
                // a real figure replaces a sample one: the row must no longer say 示例
                em.remove(existing);
                em.flush();
                Population replacement = new Population(unit, year, persons, source, false);
                em.persist(replacement);
                auditPopulation(unit, field, before + " (示例)", persons, sourceBefore, source);
                em.flush();
                return PopulationRow.of(replacement);
            }
            existing.revise(persons, source);
            auditPopulation(unit, field, before, persons, sourceBefore, source);
            em.flush();
            return PopulationRow.of(existing);
        }
        Population created = new Population(unit, year, persons, source, false);
        em.persist(created);
        auditPopulation(unit, field, null, persons, null, source);
        em.flush();
        return PopulationRow.of(created);
    }

    /** The trail records only what changed (AuditTrail skips a field whose value stayed the same). */
    private void auditPopulation(Jurisdiction unit, String field, Object before, long persons, String sourceBefore,
                                 String source) {
        audit.fieldChanged("Population", unit.getId(), null, "slippage.population", field, before, persons);
        audit.fieldChanged("Population", unit.getId(), null, "slippage.population", field + ".source",
                sourceBefore, source);
    }

    /** Stock records, filtered by unit and/or metric when given. */
    public List<StockRow> stock(String unitCode, String metric) {
        access.requireSignedIn();
        StringBuilder jpql = new StringBuilder("SELECT s FROM ExistingStock s JOIN FETCH s.jurisdiction j WHERE 1 = 1");
        if (unitCode != null) {
            jpql.append(" AND j.code = :code");
        }
        if (metric != null) {
            jpql.append(" AND s.metric = :metric");
        }
        var query = em.createQuery(jpql + " ORDER BY j.code, s.metric, s.fiscalYear DESC", ExistingStock.class);
        if (unitCode != null) {
            query.setParameter("code", unitCode);
        }
        if (metric != null) {
            query.setParameter("metric", metric);
        }
        return query.getResultList().stream().map(StockRow::of).toList();
    }

    /** Records (or revises) a unit's existing stock for a metric and year (CITY_GOV). */
    @Transactional
    public StockRow setStock(String unitCode, String metric, int year, BigDecimal quantity, BigDecimal total,
                             String source, Long expectedVersion) {
        access.requireAnyRole(Role.CITY_GOV);
        Jurisdiction unit = unit(unitCode);
        checkYear(year);
        if (metric == null || !metric.matches("[a-z0-9_]{1,200}")) {
            throw new RuleViolation("metric", "slippage.stock.metricFormat",
                    "A metric is lower-case letters, digits and '_' (e.g. childcare_places_per_1000_population)", metric);
        }
        ExistingStock existing = findStock(unit, metric, year);
        String field = "stock." + metric + "." + year;
        if (existing != null) {
            if (expectedVersion != null) {
                ConcurrentEditException.check(unitCode + " " + metric + " " + year, expectedVersion, existing.getVersion());
            }
            BigDecimal before = existing.getQuantity();
            BigDecimal totalBefore = existing.getTotalQuantity();
            String sourceBefore = existing.getSource();
            existing.revise(quantity, total, source);
            auditStock(existing, field, before, quantity, totalBefore, total, sourceBefore, source);
            em.flush();
            return StockRow.of(existing);
        }
        ExistingStock created = new ExistingStock(unit, metric, year, quantity, total, source, false);
        em.persist(created);
        em.flush();
        auditStock(created, field, null, quantity, null, total, null, source);
        return StockRow.of(created);
    }

    /** The trail records only what changed (AuditTrail skips a field whose value stayed the same). */
    private void auditStock(ExistingStock stock, String field, BigDecimal before, BigDecimal quantity,
                            BigDecimal totalBefore, BigDecimal total, String sourceBefore, String source) {
        audit.fieldChanged("ExistingStock", stock.getId(), null, "slippage.stock", field, before, quantity);
        audit.fieldChanged("ExistingStock", stock.getId(), null, "slippage.stock", field + ".total", totalBefore, total);
        audit.fieldChanged("ExistingStock", stock.getId(), null, "slippage.stock", field + ".source", sourceBefore, source);
    }

    /** Removes a stock record (CITY_GOV), audited. */
    @Transactional
    public void deleteStock(String unitCode, String metric, int year) {
        access.requireAnyRole(Role.CITY_GOV);
        ExistingStock existing = findStock(unit(unitCode), metric, year);
        if (existing == null) {
            throw new UnknownEntityException("stock", unitCode + " " + metric + " " + year);
        }
        audit.fieldChanged("ExistingStock", existing.getId(), null, "slippage.stock",
                "stock." + metric + "." + year, existing.getQuantity(), null);
        em.remove(existing);
    }

    private ExistingStock findStock(Jurisdiction unit, String metric, int year) {
        return em.createQuery("SELECT s FROM ExistingStock s WHERE s.jurisdiction = :u AND s.metric = :m "
                        + "AND s.fiscalYear = :y", ExistingStock.class)
                .setParameter("u", unit).setParameter("m", metric).setParameter("y", year)
                .getResultStream().findFirst().orElse(null);
    }

    private Jurisdiction unit(String code) {
        return em.createNamedQuery("Jurisdiction.findByCode", Jurisdiction.class)
                .setParameter("code", Objects.requireNonNullElse(code, ""))
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("jurisdiction", code));
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new RuleViolation("year", "slippage.yearRange", "The year must be between 1990 and 2100", year);
        }
    }

    private static void checkSource(String source, boolean required) {
        if (required && (source == null || source.isBlank())) {
            throw new RuleViolation("source", "slippage.stock.sourceRequired", "Say where the figure comes from");
        }
        if (source != null && source.length() > 500) {
            throw new RuleViolation("source", "slippage.sourceTooLong", "The source has more than 500 characters");
        }
    }
}
