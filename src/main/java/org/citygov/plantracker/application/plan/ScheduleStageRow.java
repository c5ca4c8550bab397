package org.citygov.plantracker.application.plan;

import java.time.LocalDate;

/** A staged schedule and one of its stages, flat as one query returns them. */
public record ScheduleStageRow(String programCode, String nameZh, String nameEn, String textZh, String note,
                               int number, LocalDate deadline, String deadlineText, Integer yearOffset,
                               String stageTextZh, String stageTextEn) {
}
