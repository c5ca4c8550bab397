package org.citygov.plantracker.application.reports.oc4ids;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The approved re-baselines the project offices asked for (with their reasons) and the city
 * government approved: what moved, from when to when, and the schedule's end before and after (from
 * the baseline revisions each approval recorded). Four queries per page of projects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfficeRebaselines implements ProjectModifications {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, List<Oc4idsProject.Modification>> modificationsFor(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> requests = em.createQuery("SELECT r.id, r.project.id, r.reason, r.decidedAt FROM RebaselineRequest r "
                        + "WHERE r.status = :approved AND r.project.id IN :ids ORDER BY r.decidedAt, r.id", Object[].class)
                .setParameter("approved", RebaselineStatus.APPROVED).setParameter("ids", projectIds).getResultList();
        if (requests.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> milestoneNames = new HashMap<>();
        em.createQuery("SELECT m.id, m.nameZh FROM Milestone m WHERE m.project.id IN :ids", Object[].class)
                .setParameter("ids", projectIds).getResultList()
                .forEach(r -> milestoneNames.put((Long) r[0], (String) r[1]));
        Map<Long, List<String>> changes = new HashMap<>();
        em.createQuery("SELECT r.id, i.milestoneId, i.previousBaseline, i.proposedBaseline FROM RebaselineRequest r "
                        + "JOIN r.items i WHERE r.status = :approved AND r.project.id IN :ids", Object[].class)
                .setParameter("approved", RebaselineStatus.APPROVED).setParameter("ids", projectIds).getResultList()
                .forEach(r -> changes.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        milestoneNames.getOrDefault((Long) r[1], "#" + r[1]) + " " + (r[2] == null ? "—" : r[2])
                                + " → " + r[3]));
        // the end of each recorded baseline revision: by approving request, and by project and revision
        Map<Long, Object[]> revisionOfRequest = new HashMap<>();
        Map<String, LocalDate> endOfRevision = new HashMap<>();
        em.createQuery("SELECT b.requestId, b.project.id, b.revision, MAX(d.date) FROM ScheduleBaseline b JOIN b.dates d "
                        + "WHERE b.project.id IN :ids GROUP BY b.requestId, b.project.id, b.revision", Object[].class)
                .setParameter("ids", projectIds).getResultList().forEach(r -> {
                    endOfRevision.put(r[1] + "/" + r[2], (LocalDate) r[3]);
                    if (r[0] != null) {
                        revisionOfRequest.put((Long) r[0], r);
                    }
                });
        Map<Long, List<Oc4idsProject.Modification>> byProject = new HashMap<>();
        for (Object[] r : requests) {
            long requestId = (Long) r[0];
            long projectId = (Long) r[1];
            Object[] revision = revisionOfRequest.get(requestId);
            LocalDate after = revision == null ? null : (LocalDate) revision[3];
            LocalDate before = revision == null ? null : endOfRevision.get(projectId + "/" + ((Integer) revision[2] - 1));
            byProject.computeIfAbsent(projectId, k -> new ArrayList<>()).add(new Oc4idsProject.Modification(
                    "rebaseline-" + requestId, (LocalDateTime) r[3], (String) r[2],
                    changes.getOrDefault(requestId, List.of()), before, after));
        }
        return byProject;
    }
}
