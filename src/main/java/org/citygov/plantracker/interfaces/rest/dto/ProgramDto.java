package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.plan.ProgramWithTargets;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Program", description = "工程 — a numbered program of a 专栏 with its targets and, where the plan stages it, its schedule")
public record ProgramDto(@Schema(example = "C1.4") String code,
                         @Schema(example = "普惠托育服务设施建设工程") String titleZh,
                         String titleEn,
                         String ownerDomain,
                         ColumnBox columnBox,
                         Chapter chapter,
                         @Schema(description = "Staged schedule (五年三跨越), absent when the program has none") Schedule stagedSchedule,
                         List<TargetDto> targets) {

    @Schema(name = "ColumnBox", description = "专栏 — the title is the one printed, misprints included; `ambiguityNote` says when it cannot be taken at face value")
    public record ColumnBox(int number, @Schema(example = "专栏1:优生优育服务重点工程") String printedTitle,
                            String titleEn, String ambiguityNote) {
    }

    @Schema(name = "Chapter", description = "章 — the chapter of the plan the program belongs to")
    public record Chapter(int number, String titleZh, String titleEn) {
    }

    @Schema(name = "StagedSchedule")
    public record Schedule(@Schema(example = "五年三跨越") String nameZh, String nameEn, String textZh, String note,
                           List<Stage> stages) {
    }

    @Schema(name = "ScheduleStage", description = "A stage; without a deadline, `yearOffset` counts years from the schedule's unstated start")
    public record Stage(int number, LocalDate deadline, String deadlineText, Integer yearOffset, String textZh,
                        String textEn) {
    }

    public static ProgramDto of(ProgramWithTargets p) {
        ProgramWithTargets.Schedule s = p.schedule();
        Schedule schedule = s == null ? null : new Schedule(s.nameZh(), s.nameEn(), s.textZh(), s.note(),
                s.stages().stream().map(st -> new Stage(st.number(), st.deadline(), st.deadlineText(), st.yearOffset(),
                        st.textZh(), st.textEn())).toList());
        return new ProgramDto(p.code(), p.titleZh(), p.titleEn(), p.ownerDomain(),
                new ColumnBox(p.columnNumber(), p.columnTitleZh(), p.columnTitleEn(), p.columnAmbiguityNote()),
                new Chapter(p.chapterNumber(), p.chapterTitleZh(), p.chapterTitleEn()),
                schedule, p.targets().stream().map(TargetDto::of).toList());
    }
}
