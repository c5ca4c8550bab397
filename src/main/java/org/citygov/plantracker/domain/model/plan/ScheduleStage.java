package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One stage of a {@link StagedSchedule}: 2022年年底 …, 到2023年 …, 到2025年 …. */
@Entity
@Table(name = "schedule_stage")
public class ScheduleStage {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false, updatable = false)
    private StagedSchedule schedule;

    @Column(name = "stage_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "deadline_text", length = 200)
    private String deadlineText;

    /** Year counted from the schedule's (unstated) start, when the stage is not dated. */
    @Column(name = "year_offset")
    private Integer yearOffset;

    @Column(name = "text_zh", nullable = false, length = 2000)
    private String textZh;

    @Column(name = "text_en", length = 2000)
    private String textEn;

    @OneToMany(mappedBy = "stage")
    @OrderBy("seq")
    private List<Target> targets = new ArrayList<>();

    protected ScheduleStage() {
        // for JPA
    }

    ScheduleStage(StagedSchedule schedule, int number, LocalDate deadline, String deadlineText, Integer yearOffset,
                  String textZh, String textEn) {
        if (textZh == null || textZh.isBlank()) {
            throw new IllegalArgumentException("Stage " + number + " needs its Chinese text");
        }
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.number = number;
        this.deadline = deadline;
        this.deadlineText = deadlineText;
        this.yearOffset = yearOffset;
        this.textZh = textZh;
        this.textEn = textEn;
    }

    void include(Target target) {
        if (!targets.contains(target)) {
            targets.add(target);
        }
    }

    void forget(Target target) {
        targets.remove(target);
    }

    public boolean isDated() {
        return deadline != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public StagedSchedule getSchedule() {
        return schedule;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public Integer getYearOffset() {
        return yearOffset;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    /** The targets this stage sets, in plan order. */
    public List<Target> getTargets() {
        return Collections.unmodifiableList(targets);
    }
}
