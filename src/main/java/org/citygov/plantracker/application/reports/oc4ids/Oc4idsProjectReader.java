package org.citygov.plantracker.application.reports.oc4ids;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads projects for an OC4IDS package one page at a time (keyset on the id): one query for the
 * page's projects and one each for their milestones, outputs and funding lines, so memory holds
 * one page whatever the portfolio's size, and the query count grows with pages, not projects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Oc4idsProjectReader {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProjectModifications modifications;

    @Inject
    private ProjectPayments payments;

    /** The places of the city, each with its path from the city down (郑州市 金水区 …). */
    public Places places() {
        Map<String, String[]> rows = new HashMap<>();
        em.createQuery("SELECT j.code, j.nameZh, p.code FROM Jurisdiction j LEFT JOIN j.parent p", Object[].class)
                .getResultList().forEach(r -> rows.put((String) r[0], new String[]{(String) r[1], (String) r[2]}));
        Map<String, String> paths = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        rows.forEach((code, r) -> {
            parents.put(code, r[1]);
            List<String> names = new ArrayList<>();
            String at = code;
            for (int depth = 0; at != null && depth < 8; depth++) {
                String[] row = rows.get(at);
                if (row == null) {
                    break;
                }
                names.add(0, row[0]);
                at = row[1];
            }
            paths.put(code, String.join(" ", names));
        });
        return new Places(paths, parents);
    }

    /** Jurisdictions by code: path for display, parent for "this unit and those below it". */
    public record Places(Map<String, String> paths, Map<String, String> parents) {

        public List<String> within(String code) {
            return parents.keySet().stream().filter(c -> isWithin(c, code)).toList();
        }

        private boolean isWithin(String code, String ancestor) {
            String at = code;
            for (int depth = 0; at != null && depth < 8; depth++) {
                if (at.equals(ancestor)) {
                    return true;
                }
                at = parents.get(at);
            }
            return false;
        }
    }

    public long count(Oc4idsFilter filter, Places places) {
        return apply(em.createQuery("SELECT COUNT(p) " + FROM + where(filter), Long.class), filter, places)
                .getSingleResult();
    }

    private static final String FROM = "FROM Project p JOIN p.jurisdiction j JOIN p.leadUnit u JOIN p.program pr "
            + "JOIN pr.columnBox b JOIN pr.chapter c JOIN pr.plan pl ";

    /** The next page of projects after {@code afterId}, in id order, with all they carry. */
    public List<Oc4idsProject> page(Oc4idsFilter filter, Places places, long afterId, int size) {
        List<Object[]> rows = apply(em.createQuery("SELECT p.id, p.code.value, p.nationalCode, p.nameZh, p.nameEn, "
                + "p.description, p.category, p.stage, p.withdrawalReason, p.plannedStart, p.plannedFinish, "
                + "p.totalInvestment, p.sample, j.code, u.code, u.nameZh, pr.code, pr.titleZh, pr.titleEn, b.number, "
                + "b.titleZh, c.number, c.titleZh, pl.code, pl.document.titleZh "
                + FROM + where(filter) + " AND p.id > :after ORDER BY p.id", Object[].class), filter, places)
                .setParameter("after", afterId).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<Oc4idsProject.Milestone>> milestones = new HashMap<>();
        em.createQuery("SELECT m.project.id, m.id, m.seqNo, m.nameZh, m.nameEn, m.kind, m.originalBaseline, m.baseline, "
                        + "m.forecast, m.actual, m.weight, m.percentComplete FROM Milestone m WHERE m.project.id IN :ids "
                        + "ORDER BY m.project.id, m.seqNo", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> milestones.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        new Oc4idsProject.Milestone((Long) r[1], (Integer) r[2], (String) r[3], (String) r[4],
                                (MilestoneKind) r[5], (LocalDate) r[6], (LocalDate) r[7], (LocalDate) r[8],
                                (LocalDate) r[9], (BigDecimal) r[10], (BigDecimal) r[11])));
        Map<Long, List<Oc4idsProject.Output>> outputs = new HashMap<>();
        em.createQuery("SELECT o.project.id, o.id, t.code, t.wording.descriptionZh, o.unit, o.plannedQuantity, "
                        + "o.actualQuantity, o.confirmed, oj.nameZh FROM ProjectOutput o JOIN o.target t "
                        + "JOIN o.jurisdiction oj WHERE o.project.id IN :ids ORDER BY o.project.id, o.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> outputs.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        new Oc4idsProject.Output((Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                                (BigDecimal) r[5], (BigDecimal) r[6], (Boolean) r[7], (String) r[8])));
        Map<Long, List<Oc4idsProject.Funding>> funding = new HashMap<>();
        em.createQuery("SELECT f.project.id, f.id, s.code, s.nameZh, s.nameEn, s.government, f.fiscalYear, f.requested, "
                        + "f.approved, f.disbursed, f.status FROM FundingLine f JOIN f.source s WHERE f.project.id IN :ids "
                        + "ORDER BY f.project.id, f.fiscalYear, s.sortOrder, f.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> funding.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        new Oc4idsProject.Funding((Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                                (Boolean) r[5], (Integer) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                                (BigDecimal) r[9], (FundingLineStatus) r[10])));
        Map<Long, List<Oc4idsProject.Modification>> changes = modifications.modificationsFor(ids);
        Map<Long, List<Oc4idsProject.Payment>> paid = payments.paymentsFor(ids);
        Map<Long, Oc4idsProject> page = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            page.put(id, new Oc4idsProject(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (Category) r[6], (Stage) r[7], (String) r[8], (LocalDate) r[9], (LocalDate) r[10],
                    (BigDecimal) r[11], (Boolean) r[12], (String) r[13], places.paths().get((String) r[13]),
                    (String) r[14], (String) r[15],
                    new Oc4idsProject.Program((String) r[16], (String) r[17], (String) r[18], (Integer) r[19],
                            (String) r[20], (Integer) r[21], (String) r[22], (String) r[23], (String) r[24]),
                    milestones.getOrDefault(id, List.of()), outputs.getOrDefault(id, List.of()),
                    funding.getOrDefault(id, List.of()), changes.getOrDefault(id, List.of()),
                    paid.getOrDefault(id, List.of())));
        }
        return List.copyOf(page.values());
    }

    private static String where(Oc4idsFilter f) {
        return "WHERE 1 = 1"
                + (f.programCode() == null ? "" : " AND pr.code = :program")
                + (f.jurisdictionCode() == null ? "" : " AND j.code IN :units")
                + (f.stage() == null ? "" : " AND p.stage = :stage")
                + (f.leadUnitId() == null ? "" : " AND u.id = :unit")
                // the rule of Project.isOpenData(), in JPQL
                // (EclipseLink writes a Boolean, bound or literal, as 1 on Derby, which neither Derby nor PostgreSQL
                // compares with a BOOLEAN column: the column is read as a condition in SQL instead)
                + (f.openDataOnly() ? " AND p.stage <> :reserve AND (SQL('CASE WHEN ? THEN 1 ELSE 0 END', p.openData) = 1"
                + " OR (p.openData IS NULL AND p.stage IN :publicStages))" : "");
    }

    private static <T> TypedQuery<T> apply(TypedQuery<T> query, Oc4idsFilter f, Places places) {
        if (f.programCode() != null) {
            query.setParameter("program", f.programCode());
        }
        if (f.jurisdictionCode() != null) {
            List<String> units = places.within(f.jurisdictionCode());
            query.setParameter("units", units.isEmpty() ? List.of(f.jurisdictionCode()) : units);
        }
        if (f.stage() != null) {
            query.setParameter("stage", f.stage());
        }
        if (f.leadUnitId() != null) {
            query.setParameter("unit", f.leadUnitId());
        }
        if (f.openDataOnly()) {
            query.setParameter("reserve", Stage.RESERVE);
            query.setParameter("publicStages", Stage.PUBLIC_BY_DEFAULT);
        }
        return query;
    }
}
