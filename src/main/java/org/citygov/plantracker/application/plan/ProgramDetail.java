package org.citygov.plantracker.application.plan;

import java.io.Serializable;
import java.util.List;

/**
 * One 工程 with its targets in plan order and, where the plan gives one, its schedule of stages
 * (五年三跨越). Built inside the transaction, safe to use after.
 *
 * @param relatedCodes targets elsewhere in the plan that give this program its figures (C7.1 → CH9-T07)
 * @param schedule     the staged schedule, or null
 */
public record ProgramDetail(String planCode, String code, String titleZh, String titleEn, int columnBoxNumber,
                            String columnBoxTitleZh, String columnBoxTitleEn, String columnBoxAmbiguityNote,
                            int chapterNumber, String chapterHeadingZh, String chapterTitleEn,
                            List<String> relatedCodes, List<TargetRow> targets, ScheduleView schedule)
        implements Serializable {

    public boolean staged() {
        return schedule != null;
    }

    /** A schedule of stages such as 五年三跨越, with the sentence that announces it. */
    public record ScheduleView(String nameZh, String nameEn, String textZh, String note, List<StageRow> stages)
            implements Serializable {
    }

    /**
     * One stage: its date (or, with no base year, its year counted from the start) and the targets it sets.
     */
    public record StageRow(int number, java.time.LocalDate deadline, String deadlineText, Integer yearOffset,
                           String textZh, String textEn, List<String> targetCodes) implements Serializable {
    }
}
