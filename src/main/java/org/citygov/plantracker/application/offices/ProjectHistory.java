package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.audit.AuditEntry;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A project's history (every recorded change, newest first), for the history tab and the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfficeProjects projects;

    @Inject
    private AuditTrail audit;

    public List<HistoryEntry> of(String projectCode) {
        Project project = projects.forRead(projectCode);
        String code = project.getCode().value();
        Map<String, String[]> subjects = new HashMap<>();
        project.getMilestones().forEach(m -> subjects.put("Milestone#" + m.getId(),
                new String[]{m.getNameZh(), m.getNameEn()}));
        project.getOutputs().forEach(o -> subjects.put("ProjectOutput#" + o.getId(),
                new String[]{o.getTarget().getCode(), o.getTarget().getCode()}));
        subjects.put("Project#" + project.getId(), new String[]{project.getNameZh(), project.getNameEn()});
        Columns report = Columns.of("id", "r.id").and("month", "r.reportMonth");
        report.rows(em.createQuery("SELECT " + report.select() + " FROM ProgressReport r WHERE r.project = :p",
                        Object[].class).setParameter("p", project).getResultList())
                .forEach(row -> {
                    String month = YearMonth.from(row.date("month")).toString();
                    subjects.put("ProgressReport#" + row.value("id"), new String[]{month, month});
                });
        // a funding line is named by its source and year (市本级财政资金 2025), never by its codes
        em.createQuery("SELECT l FROM FundingLine l WHERE l.project = :p",
                        org.citygov.plantracker.domain.model.funding.FundingLine.class)
                .setParameter("p", project).getResultList()
                .forEach(l -> subjects.put("FundingLine#" + l.getId(), new String[]{
                        l.getSource().getNameZh() + " " + l.getFiscalYear() + " 年",
                        l.getSource().getNameEn() + " " + l.getFiscalYear()}));
        List<AuditEntry> entries = audit.projectHistory(code);
        Map<String, String[]> names = recordNames(entries);
        return entries.stream().map(a -> {
            String[] subject = subjects.getOrDefault(a.getEntityType() + "#" + a.getEntityId(), new String[2]);
            String[] before = names.getOrDefault(a.getFieldName() + "#" + a.getBeforeValue(),
                    new String[]{a.getBeforeValue(), null});
            String[] after = names.getOrDefault(a.getFieldName() + "#" + a.getAfterValue(),
                    new String[]{a.getAfterValue(), null});
            return new HistoryEntry(a.getId(), a.getOccurredAt(), a.getUsername(), a.getAction(), a.getEntityType(),
                    a.getEntityId(), subject[0], subject[1] == null ? subject[0] : subject[1], a.getFieldName(),
                    before[0], after[0], a.getComment(), before[1], after[1]);
        }).toList();
    }

    /**
     * The names (zh, en) of the records that recorded values name by code — a lead unit, a place, a plan, a
     * program (recorded as "plan program", or its code alone) — keyed by field#value: users read names.
     */
    private Map<String, String[]> recordNames(List<AuditEntry> entries) {
        Map<String, Set<String>> codes = new HashMap<>();
        for (AuditEntry a : entries) {
            if (a.getFieldName() != null && RECORD_FIELDS.contains(a.getFieldName())) {
                Set<String> set = codes.computeIfAbsent(a.getFieldName(), k -> new HashSet<>());
                for (String v : new String[]{a.getBeforeValue(), a.getAfterValue()}) {
                    if (v != null) {
                        set.add(v);
                        // a program recorded as "plan program" is looked up by its own code
                        set.add(v.substring(v.lastIndexOf(' ') + 1));
                    }
                }
            }
        }
        Map<String, String[]> names = new HashMap<>();
        if (codes.containsKey("leadUnit")) {
            em.createQuery("SELECT u FROM LeadUnit u WHERE u.code IN :c", LeadUnit.class)
                    .setParameter("c", codes.get("leadUnit")).getResultList()
                    .forEach(u -> names.put("leadUnit#" + u.getCode(), pair(u.getNameZh(), u.getNameEn())));
        }
        if (codes.containsKey("place")) {
            em.createQuery("SELECT j FROM Jurisdiction j WHERE j.code IN :c", Jurisdiction.class)
                    .setParameter("c", codes.get("place")).getResultList()
                    .forEach(j -> names.put("place#" + j.getCode(), pair(j.getNameZh(), j.getNameEn())));
        }
        if (codes.containsKey("plan")) {
            em.createQuery("SELECT p FROM Plan p WHERE p.code IN :c", Plan.class)
                    .setParameter("c", codes.get("plan")).getResultList()
                    .forEach(p -> names.put("plan#" + p.getCode(), pair(p.getTitleZh(), p.getTitleEn())));
        }
        if (codes.containsKey("program")) {
            Map<String, Integer> plansOf = new HashMap<>();
            List<Program> programs = em.createQuery("SELECT g FROM Program g WHERE g.code IN :c", Program.class)
                    .setParameter("c", codes.get("program")).getResultList();
            programs.forEach(g -> plansOf.merge(g.getCode(), 1, Integer::sum));
            for (Program g : programs) {
                String[] name = pair(g.getTitleZh(), g.getTitleEn());
                names.put("program#" + g.getPlan().getCode() + " " + g.getCode(), name);
                if (plansOf.get(g.getCode()) == 1) {
                    names.put("program#" + g.getCode(), name);
                }
            }
        }
        return names;
    }

    private static final Set<String> RECORD_FIELDS = Set.of("leadUnit", "place", "plan", "program");

    private static String[] pair(String zh, String en) {
        return new String[]{zh, en == null || en.isBlank() ? zh : en};
    }
}
