package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reasons as recorded on the projects themselves: the notes on milestones not yet done and the
 * reason a project was withdrawn (调出). One query per 500 projects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordedReasons implements LateProjectReasons {

    static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<String, List<String>> reasonsFor(Collection<String> projectCodes) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<String> codes = List.copyOf(projectCodes);
        for (int from = 0; from < codes.size(); from += CHUNK) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
            em.createQuery("SELECT p.code.value, p.withdrawalReason FROM Project p "
                            + "WHERE p.code.value IN :codes AND p.withdrawalReason IS NOT NULL", Object[].class)
                    .setParameter("codes", chunk).getResultList()
                    .forEach(r -> add(reasons, (String) r[0], "调出：" + r[1]));
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
