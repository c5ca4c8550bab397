package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** 工程 — a numbered program in a 专栏, e.g. C1.4 普惠托育服务设施建设工程. */
@Entity
@Table(name = "program")
@NamedQuery(name = "Program.findByPlan",
        query = "SELECT p FROM Program p WHERE p.plan = :plan ORDER BY p.code")
@NamedQuery(name = "Program.findByPlanWithTargets",
        query = "SELECT DISTINCT p FROM Program p LEFT JOIN FETCH p.targets WHERE p.plan = :plan ORDER BY p.code")
@NamedQuery(name = "Program.findByCode",
        query = "SELECT p FROM Program p WHERE p.plan = :plan AND p.code = :code")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "column_box_id", nullable = false, updatable = false)
    private ColumnBox columnBox;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id", nullable = false)
    private Chapter chapter;

    /** C&lt;专栏&gt;.&lt;n&gt;, e.g. C5.2. */
    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Column(name = "owner_domain", length = 64)
    private String ownerDomain;

    /** Codes of targets elsewhere in the plan that give this program its figures (C7.1 → CH9-T07). */
    @Column(name = "related_codes", length = 500)
    private String relatedCodes;

    @OneToOne(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private StagedSchedule stagedSchedule;

    @OneToMany(mappedBy = "program")
    @OrderBy("seq")
    private List<Target> targets = new ArrayList<>();

    protected Program() {
        // for JPA
    }

    Program(ColumnBox columnBox, String code, String titleZh, String titleEn, Chapter chapter, String ownerDomain) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A program needs a code");
        }
        if (titleZh == null || titleZh.isBlank()) {
            throw new IllegalArgumentException("Program " + code + " needs a Chinese title");
        }
        this.columnBox = Objects.requireNonNull(columnBox, "columnBox");
        this.plan = columnBox.getPlan();
        this.chapter = Objects.requireNonNull(chapter, "chapter");
        if (chapter.getPlan() != plan) {
            throw new IllegalArgumentException("Chapter " + chapter.getNumber() + " belongs to another plan");
        }
        this.code = code;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.ownerDomain = ownerDomain;
    }

    /** Adds a target of this program; the code must be new in the plan. */
    public Target addTarget(String code, TargetKind kind, TargetWording wording, Measure measure,
                            Deadline deadline, TargetScope scope, String scopeDetail) {
        Target target = plan.registerTarget(new Target(plan, this, chapter, code, kind, wording, measure, deadline,
                scope, scopeDetail));
        targets.add(target);
        return target;
    }

    /**
     * Gives the program a schedule of dated stages (五年三跨越). A program has at most one.
     */
    public StagedSchedule defineStagedSchedule(String nameZh, String nameEn, String textZh, String note) {
        if (stagedSchedule != null) {
            throw new IllegalStateException("Program " + code + " already has the schedule " + stagedSchedule.getNameZh());
        }
        stagedSchedule = new StagedSchedule(this, nameZh, nameEn, textZh, note);
        return stagedSchedule;
    }

    /** A new version's title and owner (the 工程 keeps its code, 专栏 and chapter). */
    public void revise(String newTitleZh, String newTitleEn, String newOwnerDomain) {
        if (newTitleZh == null || newTitleZh.isBlank()) {
            throw new IllegalArgumentException("Program " + code + " needs a Chinese title");
        }
        this.titleZh = newTitleZh;
        this.titleEn = newTitleEn;
        this.ownerDomain = newOwnerDomain;
    }

    void forget(Target target) {
        targets.remove(target);
    }

    /** Records targets elsewhere in the plan that carry this program's figures. */
    public void relateTo(List<String> targetCodes) {
        this.relatedCodes = targetCodes == null || targetCodes.isEmpty() ? null : String.join(",", targetCodes);
    }

    public List<String> relatedCodes() {
        return relatedCodes == null ? List.of() : List.of(relatedCodes.split(","));
    }

    public Optional<Target> target(String targetCode) {
        return targets.stream().filter(t -> t.getCode().equals(targetCode)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Plan getPlan() {
        return plan;
    }

    public ColumnBox getColumnBox() {
        return columnBox;
    }

    public Chapter getChapter() {
        return chapter;
    }

    public String getCode() {
        return code;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getOwnerDomain() {
        return ownerDomain;
    }

    public Optional<StagedSchedule> getStagedSchedule() {
        return Optional.ofNullable(stagedSchedule);
    }

    /** The program's targets in plan order. */
    public List<Target> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    @Override
    public String toString() {
        return code + " " + titleZh;
    }
}
