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
import java.util.Optional;

/**
 * Reasons as the offices and the city recorded them, as they stood on the report's date: the reason a
 * project was withdrawn (调出), the reasons of its re-baselines approved by then, the problems of its
 * latest monthly report (月度调度) for a month begun and filed by then — a later report without problems
 * replaces an earlier one with problems — and the notes on its milestones still open on that date.
 * <p>
 * A withdrawal reason, a milestone's note and its actual date are taken as they were on the report's
 * date from the audit trail: a value changed later is the {@code before} of the first change after
 * that date; a value never changed since is the current one (data loaded without history, such as the
 * 示例 portfolio, counts as recorded from the start). Five queries per 500 projects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordedReasons implements LateProjectReasons {

    static final int CHUNK = 500;

    // the audited fields whose value on the report's date decides a reason (StageChanges, MilestoneProgress)
    static final String PROJECT = "Project";
    static final String MILESTONE = "Milestone";
    static final List<String> FIELDS = List.of("withdrawalReason", "note", "actual");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<String, List<String>> reasonsFor(Collection<String> projectCodes, LocalDate asOf) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        LocalDateTime until = asOf.plusDays(1).atStartOfDay();
        List<String> codes = List.copyOf(projectCodes);
        for (int from = 0; from < codes.size(); from += CHUNK) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
            Map<String, Optional<String>> laterChanged = firstChangesAfter(chunk, until);

            em.createQuery("SELECT p.code.value, p.id, p.withdrawalReason FROM Project p "
                            + "WHERE p.code.value IN :codes AND p.withdrawalReason IS NOT NULL", Object[].class)
                    .setParameter("codes", chunk).getResultList()
                    .forEach(r -> asOf(laterChanged, PROJECT, (Long) r[1], "withdrawalReason", (String) r[2])
                            .ifPresent(reason -> add(reasons, (String) r[0], "调出：" + reason)));
            em.createQuery("SELECT p.code.value, r.decidedAt, r.reason FROM RebaselineRequest r JOIN r.project p "
                            + "WHERE p.code.value IN :codes AND r.status = :approved AND r.decidedAt < :until "
                            + "ORDER BY p.code.value, r.decidedAt", Object[].class)
                    .setParameter("codes", chunk).setParameter("approved", RebaselineStatus.APPROVED)
                    .setParameter("until", until).getResultList()
                    .forEach(r -> add(reasons, (String) r[0],
                            "基准调整（" + ((LocalDateTime) r[1]).toLocalDate() + " 批准）：" + r[2]));
            // the latest month filed by then, with or without problems: a clean month replaces a troubled one
            Map<String, Object[]> latestReport = new HashMap<>();
            em.createQuery("SELECT p.code.value, r.reportMonth, r.problems FROM ProgressReport r JOIN r.project p "
                            + "WHERE p.code.value IN :codes AND r.reportMonth <= :asOf AND r.submittedAt < :until "
                            + "ORDER BY r.reportMonth", Object[].class)
                    .setParameter("codes", chunk).setParameter("asOf", asOf).setParameter("until", until)
                    .getResultList()
                    .forEach(r -> latestReport.put((String) r[0], r));
            latestReport.values().stream().filter(r -> r[2] != null).forEach(r -> add(reasons, (String) r[0],
                    YearMonth.from((LocalDate) r[1]) + " 月报存在问题：" + r[2]));
            em.createQuery("SELECT p.code.value, m.id, m.nameZh, m.note, m.actual FROM Milestone m JOIN m.project p "
                            + "WHERE p.code.value IN :codes ORDER BY p.code.value, m.seqNo", Object[].class)
                    .setParameter("codes", chunk).getResultList()
                    .forEach(r -> {
                        Long id = (Long) r[1];
                        Optional<String> actual = asOf(laterChanged, MILESTONE, id, "actual",
                                r[4] == null ? null : r[4].toString());
                        boolean open = actual.isEmpty() || LocalDate.parse(actual.get()).isAfter(asOf);
                        if (open) {
                            asOf(laterChanged, MILESTONE, id, "note", (String) r[3])
                                    .ifPresent(note -> add(reasons, (String) r[0], r[2] + "：" + note));
                        }
                    });
        }
        return reasons;
    }

    /**
     * For each audited field changed after the report's date, the value it had before its first such
     * change, keyed by {@link #key}.
     */
    private Map<String, Optional<String>> firstChangesAfter(List<String> codes, LocalDateTime until) {
        Map<String, Optional<String>> before = new HashMap<>();
        em.createQuery("SELECT a.entityType, a.entityId, a.fieldName, a.beforeValue FROM AuditEntry a "
                        + "WHERE a.projectCode IN :codes AND a.entityType IN :types AND a.fieldName IN :fields "
                        + "AND a.occurredAt >= :until ORDER BY a.occurredAt, a.id", Object[].class)
                .setParameter("codes", codes).setParameter("types", List.of(PROJECT, MILESTONE))
                .setParameter("fields", FIELDS).setParameter("until", until).getResultList()
                .forEach(r -> before.putIfAbsent(key((String) r[0], (Long) r[1], (String) r[2]),
                        Optional.ofNullable((String) r[3])));
        return before;
    }

    /** The field's value on the report's date: before its first later change, else as it is now. */
    private static Optional<String> asOf(Map<String, Optional<String>> laterChanged, String type, Long id,
                                         String field, String current) {
        Optional<String> then = laterChanged.getOrDefault(key(type, id, field), Optional.ofNullable(current));
        return then.filter(s -> !s.isBlank());
    }

    private static String key(String type, Long id, String field) {
        return type + "#" + id + "#" + field;
    }

    private static void add(Map<String, List<String>> reasons, String code, String text) {
        if (text != null && !text.isBlank()) {
            reasons.computeIfAbsent(code, k -> new ArrayList<>()).add(text.strip());
        }
    }
}
