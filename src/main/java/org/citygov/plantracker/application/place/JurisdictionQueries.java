package org.citygov.plantracker.application.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetScope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of the city's territory (市 → 区县(市) → 街道/乡镇 → 社区/村) for the API and the pages:
 * constructor expressions only, a fixed number of queries per call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JurisdictionQueries {

    private static final String SELECT_ROW = "SELECT NEW org.citygov.plantracker.application.place.JurisdictionRow("
            + "j.code, j.nameZh, j.nameEn, j.level, j.kind, p.code, j.sample) "
            + "FROM Jurisdiction j LEFT JOIN j.parent p ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    /**
     * The units, optionally of one level and/or directly under one parent. Without a level the list
     * reads as the hierarchy does: each unit followed by the units under it, siblings by code.
     */
    public List<JurisdictionRow> list(JurisdictionLevel level, String parentCode) {
        access.requireSignedIn();
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (level != null) {
            where.append(" AND j.level = :level");
            parameters.put("level", level);
        }
        if (parentCode != null && !parentCode.isBlank()) {
            where.append(" AND p.code = :parent");
            parameters.put("parent", parentCode.trim());
        }
        TypedQuery<JurisdictionRow> query = em.createQuery(SELECT_ROW + where + " ORDER BY j.code", JurisdictionRow.class);
        parameters.forEach(query::setParameter);
        List<JurisdictionRow> rows = query.getResultList();
        return level == null ? hierarchyOrder(rows) : rows;
    }

    /** One unit with its parent, children and population by year. */
    public JurisdictionDetail detail(String code) {
        access.requireSignedIn();
        JurisdictionRow unit = em.createQuery(SELECT_ROW + "WHERE j.code = :code", JurisdictionRow.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("jurisdiction", code));
        JurisdictionRow parent = unit.parentCode() == null ? null
                : em.createQuery(SELECT_ROW + "WHERE j.code = :code", JurisdictionRow.class)
                .setParameter("code", unit.parentCode()).getSingleResult();
        String note = em.createQuery("SELECT j.note FROM Jurisdiction j WHERE j.code = :code", String.class)
                .setParameter("code", code).getSingleResult();
        List<JurisdictionRow> children = em.createQuery(SELECT_ROW + "WHERE p.code = :code ORDER BY j.code",
                JurisdictionRow.class).setParameter("code", code).getResultList();
        List<PopulationRow> population = em.createQuery("SELECT NEW org.citygov.plantracker.application.place.PopulationRow("
                        + "p.fiscalYear, p.persons, p.source, p.sample) FROM Population p "
                        + "WHERE p.jurisdiction.code = :code ORDER BY p.fiscalYear", PopulationRow.class)
                .setParameter("code", code).getResultList();
        return new JurisdictionDetail(unit, parent, firstStageInstitutionMinimum(code), note, children, population);
    }

    /**
     * The unit's 五年三跨越 stage-1 minimum, from the plan's groups ({@link Target#firstStageInstitutionMinimum()}):
     * the figure of the first-stage group target that holds the unit, in the latest plan that has one; null if none.
     */
    private Integer firstStageInstitutionMinimum(String code) {
        return em.createQuery("SELECT t FROM Target t JOIN t.plan p JOIN t.jurisdictions j WHERE j.code = :code "
                        + "AND t.scope = :group AND t.countsInstitutions = TRUE ORDER BY p.period.startYear DESC, t.seq",
                        Target.class)
                .setParameter("code", code).setParameter("group", TargetScope.PER_JURISDICTION_GROUP)
                .getResultStream().flatMap(t -> t.firstStageInstitutionMinimum().stream()).findFirst().orElse(null);
    }

    /** Depth-first: the roots, each followed by its subtree; units whose parent is not in the list count as roots. */
    static List<JurisdictionRow> hierarchyOrder(List<JurisdictionRow> rows) {
        Map<String, List<JurisdictionRow>> byParent = new HashMap<>();
        Map<String, JurisdictionRow> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        List<JurisdictionRow> roots = new ArrayList<>();
        for (JurisdictionRow r : rows) {
            if (r.parentCode() == null || !byCode.containsKey(r.parentCode())) {
                roots.add(r);
            } else {
                byParent.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        List<JurisdictionRow> ordered = new ArrayList<>(rows.size());
        roots.sort(Comparator.comparing(JurisdictionRow::code));
        roots.forEach(root -> walk(root, byParent, ordered));
        return ordered;
    }

    private static void walk(JurisdictionRow unit, Map<String, List<JurisdictionRow>> byParent, List<JurisdictionRow> out) {
        out.add(unit);
        byParent.getOrDefault(unit.code(), List.of()).stream().sorted(Comparator.comparing(JurisdictionRow::code))
                .forEach(child -> walk(child, byParent, out));
    }
}
