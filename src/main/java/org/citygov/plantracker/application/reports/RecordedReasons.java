package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.citygov.plantracker.domain.model.project.RebaselineStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reasons as the offices and the city recorded them: the reason a project was withdrawn (调出), the
 * reasons of its approved re-baselines, the problems of its latest monthly report (月度调度) up to the
 * report's date, and the notes on its milestones not yet done. Four queries per 500 projects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordedReasons implements LateProjectReasons {

    static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<String, List<String>> reasonsFor(Collection<String> projectCodes, LocalDate asOf) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<String> codes = List.copyOf(projectCodes);
        for (int from = 0; from < codes.size(); from += CHUNK) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
            em.createQuery("SELECT p.code.value, p.withdrawalReason FROM Project p "
                            + "WHERE p.code.value IN :codes AND p.withdrawalReason IS NOT NULL", Object[].class)
                    .setParameter("codes", chunk).getResultList()
                    .forEach(r -> add(reasons, (String) r[0], "调出：" + r[1]));
            em.createQuery("SELECT p.code.value, r.decidedAt, r.reason FROM RebaselineRequest r JOIN r.project p "
                            + "WHERE p.code.value IN :codes AND r.status = :approved AND r.decidedAt < :until "
                            + "ORDER BY p.code.value, r.decidedAt", Object[].class)
                    .setParameter("codes", chunk).setParameter("approved", RebaselineStatus.APPROVED)
                    .setParameter("until", asOf.plusDays(1).atStartOfDay()).getResultList()
                    .forEach(r -> add(reasons, (String) r[0],
                            "基准调整（" + ((LocalDateTime) r[1]).toLocalDate() + " 批准）：" + r[2]));
            Map<String, Object[]> latestReport = new HashMap<>();
            em.createQuery("SELECT p.code.value, r.reportMonth, r.problems FROM ProgressReport r JOIN r.project p "
                            + "WHERE p.code.value IN :codes AND r.reportMonth <= :asOf AND r.problems IS NOT NULL "
                            + "ORDER BY r.reportMonth", Object[].class)
                    .setParameter("codes", chunk).setParameter("asOf", asOf).getResultList()
                    .forEach(r -> latestReport.put((String) r[0], r));
            latestReport.values().forEach(r -> add(reasons, (String) r[0],
                    YearMonth.from((LocalDate) r[1]) + " 月报存在问题：" + r[2]));
            em.createQuery("SELECT p.code.value, m.nameZh, m.note FROM Milestone m JOIN m.project p "
                            + "WHERE p.code.value IN :codes AND m.note IS NOT NULL AND m.actual IS NULL "
                            + "ORDER BY p.code.value, m.seqNo", Object[].class)
                    .setParameter("codes", chunk).getResultList()
                    .forEach(r -> add(reasons, (String) r[0], r[1] + "：" + r[2]));
        }
        return reasons;
    }

    private static void add(Map<String, List<String>> reasons, String code, String text) {
        if (text != null && !text.isBlank()) {
            reasons.computeIfAbsent(code, k -> new ArrayList<>()).add(text.strip());
        }
    }
}
