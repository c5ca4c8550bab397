package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.RebaselineRequest;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A re-baseline request with its milestones, for the request and review pages and the API. */
public record RebaselineView(Long id, String projectCode, String projectNameZh, String projectNameEn,
                             RebaselineStatus status, String reason, String requestedBy, LocalDateTime requestedAt,
                             String decidedBy, LocalDateTime decidedAt, String decisionComment, List<Item> items,
                             long version) implements Serializable {

    public record Item(Long milestoneId, String milestoneNameZh, String milestoneNameEn, LocalDate previousBaseline,
                       LocalDate proposedBaseline) implements Serializable {
    }

    public static RebaselineView of(RebaselineRequest r) {
        var project = r.getProject();
        List<Item> items = r.getItems().stream().map(i -> {
            var milestone = project.milestone(i.getMilestoneId());
            return new Item(i.getMilestoneId(), milestone.map(Milestone::getNameZh).orElse(null),
                    milestone.map(Milestone::getNameEn).orElse(null), i.getPreviousBaseline(), i.getProposedBaseline());
        }).toList();
        return new RebaselineView(r.getId(), project.getCode().value(), project.getNameZh(), project.getNameEn(),
                r.getStatus(), r.getReason(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(),
                r.getDecidedAt(), r.getDecisionComment(), items, r.getVersion());
    }
}
