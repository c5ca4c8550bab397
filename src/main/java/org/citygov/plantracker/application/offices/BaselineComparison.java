package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A project's schedule as planned and as it moved: the plan's deadline (the earliest deadline of the
 * targets its outputs serve), every approved baseline (revision 0 = original) and, per milestone,
 * original, current and each revision's date next to the forecast and the actual date.
 */
public record BaselineComparison(String projectCode, LocalDate planDeadline, LocalDate plannedStart,
                                 LocalDate plannedFinish,
                                 LocalDate originalFinish, LocalDate currentFinish, LocalDate forecastFinish,
                                 List<Revision> revisions, List<MilestoneDates> milestones) implements Serializable {

    public record Revision(int revision, LocalDateTime recordedAt, String recordedBy, String reason)
            implements Serializable {
    }

    /** @param revisionDates the milestone's date in each revision, in the order of {@code revisions} */
    public record MilestoneDates(Long id, int seqNo, String nameZh, String nameEn, LocalDate original,
                                 LocalDate current, LocalDate forecast, LocalDate actual,
                                 List<LocalDate> revisionDates) implements Serializable {
    }
}
