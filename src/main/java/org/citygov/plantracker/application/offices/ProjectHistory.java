package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return audit.projectHistory(code).stream().map(a -> {
            String[] subject = subjects.getOrDefault(a.getEntityType() + "#" + a.getEntityId(), new String[2]);
            return new HistoryEntry(a.getId(), a.getOccurredAt(), a.getUsername(), a.getAction(), a.getEntityType(),
                    a.getEntityId(), subject[0], subject[1] == null ? subject[0] : subject[1], a.getFieldName(),
                    a.getBeforeValue(), a.getAfterValue(), a.getComment());
        }).toList();
    }
}
