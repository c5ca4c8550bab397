package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A program's schedule of stages, e.g. 五年三跨越 (three leaps in five years: 2022, 2023, 2025)
 * for inclusive childcare, or 一年起步、两年铺开、三年建成、五年提升 whose stages have no base year.
 */
@Entity
@Table(name = "staged_schedule")
public class StagedSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private Program program;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    /** The sentence that announces the schedule, as written. */
    @Column(name = "text_zh", length = 2000)
    private String textZh;

    @Column(name = "note", length = 4000)
    private String note;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ScheduleStage> stages = new ArrayList<>();

    protected StagedSchedule() {
        // for JPA
    }

    StagedSchedule(Program program, String nameZh, String nameEn, String textZh, String note) {
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("A staged schedule needs its Chinese name");
        }
        this.program = Objects.requireNonNull(program, "program");
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.textZh = textZh;
        this.note = note;
    }

    /**
     * Adds the next stage. Stages are numbered from 1 without gaps, and dated stages fall in order.
     *
     * @param deadline     the stage's date, or null when the plan gives none (e.g. no base year)
     * @param yearOffset   the stage's year counted from an unstated start (一年起步 = 1), or null
     */
    public ScheduleStage addStage(int number, LocalDate deadline, String deadlineText, Integer yearOffset,
                                  String textZh, String textEn) {
        if (number != stages.size() + 1) {
            throw new IllegalArgumentException(nameZh + ": expected stage " + (stages.size() + 1) + ", got " + number);
        }
        if (deadline != null) {
            stages.stream().map(ScheduleStage::getDeadline).filter(Objects::nonNull)
                    .filter(earlier -> earlier.isAfter(deadline)).findAny()
                    .ifPresent(earlier -> {
                        throw new IllegalArgumentException(nameZh + ": stage " + number + " (" + deadline
                                + ") is due before an earlier stage (" + earlier + ")");
                    });
        }
        ScheduleStage stage = new ScheduleStage(this, number, deadline, deadlineText, yearOffset, textZh, textEn);
        stages.add(stage);
        return stage;
    }

    public Optional<ScheduleStage> stage(int number) {
        return stages.stream().filter(s -> s.getNumber() == number).findFirst();
    }

    /** The first stage not yet due on {@code asOf}; empty when all dated stages are past. */
    public Optional<ScheduleStage> currentStage(LocalDate asOf) {
        return stages.stream().filter(s -> s.getDeadline() != null && !asOf.isAfter(s.getDeadline())).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Program getProgram() {
        return program;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getNote() {
        return note;
    }

    public List<ScheduleStage> getStages() {
        return Collections.unmodifiableList(stages);
    }
}
