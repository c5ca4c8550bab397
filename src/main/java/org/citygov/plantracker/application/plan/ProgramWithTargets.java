package org.citygov.plantracker.application.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * 工程 — a program of a 专栏 with its targets and, where the plan stages it, its schedule.
 * The 专栏 title is the one printed, misprint included; {@code columnAmbiguityNote} says when it
 * cannot be taken at face value (专栏8).
 */
public record ProgramWithTargets(String code, String titleZh, String titleEn, String ownerDomain,
                         int columnNumber, String columnTitleZh, String columnTitleEn, String columnAmbiguityNote,
                         int chapterNumber, String chapterTitleZh, String chapterTitleEn,
                         Schedule schedule, List<TargetDetail> targets) {

    /** Built by the JPQL constructor expression; schedule and targets come from further queries. */
    public ProgramWithTargets(String code, String titleZh, String titleEn, String ownerDomain,
                      int columnNumber, String columnTitleZh, String columnTitleEn, String columnAmbiguityNote,
                      int chapterNumber, String chapterTitleZh, String chapterTitleEn) {
        this(code, titleZh, titleEn, ownerDomain, columnNumber, columnTitleZh, columnTitleEn, columnAmbiguityNote,
                chapterNumber, chapterTitleZh, chapterTitleEn, null, List.of());
    }

    ProgramWithTargets with(Schedule staged, List<TargetDetail> programTargets) {
        return new ProgramWithTargets(code, titleZh, titleEn, ownerDomain, columnNumber, columnTitleZh, columnTitleEn,
                columnAmbiguityNote, chapterNumber, chapterTitleZh, chapterTitleEn, staged, List.copyOf(programTargets));
    }

    /** A staged schedule such as 五年三跨越 (2022, 2023, 2025). */
    public record Schedule(String nameZh, String nameEn, String textZh, String note, List<Stage> stages) {
    }

    /**
     * One stage; {@code deadline} is null when the plan gives no base year, then {@code yearOffset}
     * counts years from the unstated start.
     */
    public record Stage(int number, LocalDate deadline, String deadlineText, Integer yearOffset,
                        String textZh, String textEn) {
    }
}
