package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.library.RoundPhase;
import org.citygov.plantracker.domain.model.library.RoundStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A round: its status and phase today, its deadline, how many proposals it has in each status,
 * and once closed the snapshot it froze (and the one before, to compare with).
 *
 * @param counts proposals per status (for an office: its own unit's)
 */
public record RoundView(String code, String nameZh, String nameEn, int fiscalYear, String planCode,
                        String planTitleZh, String planTitleEn, LocalDate submissionDeadline, RoundStatus status,
                        RoundPhase phase, String openedBy, LocalDateTime openedAt, String closedBy,
                        LocalDateTime closedAt, long version, Map<ProposalStatus, Long> counts, Long snapshotId,
                        Long previousSnapshotId, boolean acceptsProposals) implements Serializable {

    public long count(ProposalStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Proposals still waiting for a decision: the round cannot close while there are any. */
    public long pending() {
        return count(ProposalStatus.SUBMITTED);
    }
}
