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
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

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

    private static final Columns PLACE = Columns.of("code", "j.code").and("nameZh", "j.nameZh").and("parentCode", "p.code");
    private static final Columns PROJECT = Columns.of("id", "p.id").and("code", "p.code.value")
            .and("nationalCode", "p.nationalCode").and("nameZh", "p.nameZh").and("nameEn", "p.nameEn")
            .and("description", "p.description").and("category", "p.category").and("stage", "p.stage")
            .and("withdrawalReason", "p.withdrawalReason").and("plannedStart", "p.plannedStart")
            .and("plannedFinish", "p.plannedFinish").and("totalInvestment", "p.totalInvestment").and("sample", "p.sample")
            .and("place", "j.code").and("leadUnitCode", "u.code").and("leadUnitNameZh", "u.nameZh")
            .and("programCode", "pr.code").and("programTitleZh", "pr.titleZh").and("programTitleEn", "pr.titleEn")
            .and("columnNo", "b.number").and("columnTitleZh", "b.titleZh").and("chapterNo", "c.number")
            .and("chapterTitleZh", "c.titleZh").and("planCode", "pl.code").and("planTitleZh", "pl.document.titleZh");
    private static final Columns MILESTONE = Columns.of("projectId", "m.project.id").and("id", "m.id")
            .and("seqNo", "m.seqNo").and("nameZh", "m.nameZh").and("nameEn", "m.nameEn").and("kind", "m.kind")
            .and("originalBaseline", "m.originalBaseline").and("baseline", "m.baseline").and("forecast", "m.forecast")
            .and("actual", "m.actual").and("weight", "m.weight").and("percentComplete", "m.percentComplete");
    private static final Columns OUTPUT = Columns.of("projectId", "o.project.id").and("id", "o.id")
            .and("targetCode", "t.code").and("targetDescriptionZh", "t.wording.descriptionZh").and("unit", "o.unit")
            .and("planned", "o.plannedQuantity").and("actual", "o.actualQuantity").and("confirmed", "o.confirmed")
            .and("placeNameZh", "oj.nameZh");
    private static final Columns FUNDING = Columns.of("projectId", "f.project.id").and("id", "f.id")
            .and("sourceCode", "s.code").and("sourceNameZh", "s.nameZh").and("sourceNameEn", "s.nameEn")
            .and("government", "s.government").and("fiscalYear", "f.fiscalYear").and("requested", "f.requested")
            .and("approved", "f.approved").and("disbursed", "f.disbursed").and("status", "f.status");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProjectModifications modifications;

    @Inject
    private ProjectPayments payments;

    /** The places of the city, each with its path from the city down (郑州市 金水区 …). */
    public Places places() {
        Map<String, String[]> rows = new HashMap<>();
        PLACE.rows(em.createQuery("SELECT " + PLACE.select() + " FROM Jurisdiction j LEFT JOIN j.parent p", Object[].class)
                        .getResultList())
                .forEach(r -> rows.put(r.string("code"), new String[]{r.string("nameZh"), r.string("parentCode")}));
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
        List<Row> rows = PROJECT.rows(apply(em.createQuery("SELECT " + PROJECT.select() + " "
                + FROM + where(filter) + " AND p.id > :after ORDER BY p.id", Object[].class), filter, places)
                .setParameter("after", afterId).setMaxResults(size).getResultList());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.longValue("id")).toList();
        Map<Long, List<Oc4idsProject.Milestone>> milestones = new HashMap<>();
        MILESTONE.rows(em.createQuery("SELECT " + MILESTONE.select() + " FROM Milestone m WHERE m.project.id IN :ids "
                        + "ORDER BY m.project.id, m.seqNo", Object[].class).setParameter("ids", ids).getResultList())
                .forEach(r -> milestones.computeIfAbsent(r.longValue("projectId"), k -> new ArrayList<>()).add(
                        new Oc4idsProject.Milestone(r.longValue("id"), r.integer("seqNo"), r.string("nameZh"),
                                r.string("nameEn"), r.get("kind", MilestoneKind.class), r.date("originalBaseline"),
                                r.date("baseline"), r.date("forecast"), r.date("actual"), r.decimal("weight"),
                                r.decimal("percentComplete"))));
        Map<Long, List<Oc4idsProject.Output>> outputs = new HashMap<>();
        OUTPUT.rows(em.createQuery("SELECT " + OUTPUT.select() + " FROM ProjectOutput o JOIN o.target t "
                        + "JOIN o.jurisdiction oj WHERE o.project.id IN :ids ORDER BY o.project.id, o.id", Object[].class)
                        .setParameter("ids", ids).getResultList())
                .forEach(r -> outputs.computeIfAbsent(r.longValue("projectId"), k -> new ArrayList<>()).add(
                        new Oc4idsProject.Output(r.longValue("id"), r.string("targetCode"),
                                r.string("targetDescriptionZh"), r.string("unit"), r.decimal("planned"),
                                r.decimal("actual"), r.get("confirmed", Boolean.class), r.string("placeNameZh"))));
        Map<Long, List<Oc4idsProject.Funding>> funding = new HashMap<>();
        FUNDING.rows(em.createQuery("SELECT " + FUNDING.select() + " FROM FundingLine f JOIN f.source s "
                        + "WHERE f.project.id IN :ids ORDER BY f.project.id, f.fiscalYear, s.sortOrder, f.id", Object[].class)
                        .setParameter("ids", ids).getResultList())
                .forEach(r -> funding.computeIfAbsent(r.longValue("projectId"), k -> new ArrayList<>()).add(
                        new Oc4idsProject.Funding(r.longValue("id"), r.string("sourceCode"), r.string("sourceNameZh"),
                                r.string("sourceNameEn"), r.get("government", Boolean.class), r.integer("fiscalYear"),
                                r.decimal("requested"), r.decimal("approved"), r.decimal("disbursed"),
                                r.get("status", FundingLineStatus.class))));
        Map<Long, List<Oc4idsProject.Modification>> changes = modifications.modificationsFor(ids);
        Map<Long, List<Oc4idsProject.Payment>> paid = payments.paymentsFor(ids);
        Map<Long, Oc4idsProject> page = new LinkedHashMap<>();
        for (Row r : rows) {
            long id = r.longValue("id");
            page.put(id, new Oc4idsProject(id, r.string("code"), r.string("nationalCode"), r.string("nameZh"),
                    r.string("nameEn"), r.string("description"), r.get("category", Category.class),
                    r.get("stage", Stage.class), r.string("withdrawalReason"), r.date("plannedStart"),
                    r.date("plannedFinish"), r.decimal("totalInvestment"), r.get("sample", Boolean.class),
                    r.string("place"), places.paths().get(r.string("place")),
                    r.string("leadUnitCode"), r.string("leadUnitNameZh"),
                    new Oc4idsProject.Program(r.string("programCode"), r.string("programTitleZh"),
                            r.string("programTitleEn"), r.integer("columnNo"), r.string("columnTitleZh"),
                            r.integer("chapterNo"), r.string("chapterTitleZh"), r.string("planCode"),
                            r.string("planTitleZh")),
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
