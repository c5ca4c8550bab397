package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import java.time.LocalDate;
import java.util.List;

/** A project office's request for new baseline dates, with its reason. */
public record RebaselineProposal(String projectCode, String reason, List<ProposedDate> dates) implements Serializable {

    public RebaselineProposal {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    public record ProposedDate(Long milestoneId, LocalDate newBaseline) implements Serializable {
    }
}
