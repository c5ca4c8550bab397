package org.citygov.plantracker.domain.model.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report on the plan's delivery: 对照规划, 年度报告 or 中期评估. While a draft, its figures are
 * computed from live data and CITY_GOV writes its narrative; publishing freezes one revision (the
 * figures are stored with it, see the application layer) and nothing in it changes after that. A
 * correction is a new revision, which replaces the old one on the public page when published.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ReportKind kind;

    @Column(name = "title_zh", nullable = false, length = 300)
    private String titleZh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    /** The year an annual report covers. */
    @Column(name = "fiscal_year")
    private Integer fiscalYear;

    /** The date the figures are evaluated as of. */
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    /** Optional restriction of a follow-the-plan report to one chapter. */
    @Column(name = "chapter_no")
    private Integer chapterNo;

    /** Optional restriction to one 区县(市) (its code). */
    @Column(name = "district_code", length = 32)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReportStatus status;

    @Column(name = "revision", nullable = false)
    private int revision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id")
    private Report supersedes;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    /** Whether the frozen figures include sample (示例) data, so every view of it can say so. */
    @Column(name = "contains_sample", nullable = false)
    private boolean containsSample;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seqNo")
    private List<NarrativeSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected Report() {
    }

    private Report(ReportKind kind, String titleZh, String titleEn, Integer fiscalYear, LocalDate asOf,
                   Integer chapterNo, String districtCode, String createdBy, LocalDateTime createdAt) {
        List<Violation> problems = new ArrayList<>();
        if (titleZh == null || titleZh.isBlank()) {
            problems.add(new Violation("titleZh", "report.titleRequired", "The report needs a title"));
        } else if (titleZh.trim().length() > 300 || (titleEn != null && titleEn.trim().length() > 300)) {
            problems.add(new Violation("titleZh", "report.titleTooLong", "The title has more than 300 characters"));
        }
        if (asOf == null) {
            problems.add(new Violation("asOf", "report.asOfRequired", "The report needs the date it is evaluated as of"));
        }
        if (kind == ReportKind.ANNUAL) {
            if (fiscalYear == null) {
                problems.add(new Violation("fiscalYear", "report.yearRequired", "An annual report needs its year"));
            } else if (asOf != null && asOf.getYear() != fiscalYear) {
                problems.add(new Violation("asOf", "report.asOfOutsideYear",
                        "The date " + asOf + " is not in the report's year " + fiscalYear, asOf, fiscalYear));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.kind = kind;
        this.titleZh = titleZh.trim();
        this.titleEn = titleEn == null || titleEn.isBlank() ? null : titleEn.trim();
        this.fiscalYear = kind == ReportKind.ANNUAL ? fiscalYear : null;
        this.asOf = asOf;
        this.chapterNo = chapterNo;
        this.districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode.trim();
        this.status = ReportStatus.DRAFT;
        this.revision = 1;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        int seq = 0;
        for (String key : kind.sectionKeys()) {
            sections.add(new NarrativeSection(this, key, ++seq, null));
        }
    }

    /** 年度报告 for {@code year}, evaluated as of {@code asOf} (a day of that year, usually 31 December). */
    public static Report annual(int year, LocalDate asOf, String titleZh, String titleEn, String by, LocalDateTime at) {
        return new Report(ReportKind.ANNUAL, titleZh, titleEn, year, asOf, null, null, by, at);
    }

    /** 中期评估 as of {@code asOf}. */
    public static Report midTerm(LocalDate asOf, String titleZh, String titleEn, String by, LocalDateTime at) {
        return new Report(ReportKind.MID_TERM, titleZh, titleEn, null, asOf, null, null, by, at);
    }

    /**
     * 总结评估 as of {@code asOf}: the plan's last day {@code planEnd} or a later day (late completions
     * are then shown as such); never earlier, since the evaluation judges the whole period.
     */
    public static Report finalEvaluation(LocalDate asOf, LocalDate planEnd, String titleZh, String titleEn, String by,
                                         LocalDateTime at) {
        requireNotBeforeEnd(asOf, planEnd);
        return new Report(ReportKind.FINAL, titleZh, titleEn, null, asOf, null, null, by, at);
    }

    private static void requireNotBeforeEnd(LocalDate asOf, LocalDate planEnd) {
        if (asOf != null && planEnd != null && asOf.isBefore(planEnd)) {
            throw new RuleViolation("asOf", "report.finalBeforePlanEnd",
                    "A final evaluation is as of the plan's end " + planEnd + " or later, not " + asOf, asOf, planEnd);
        }
    }

    /** Moves a final evaluation's date (never before the plan's end). */
    public void reevaluateFinalAsOf(LocalDate date, LocalDate planEnd) {
        requireNotBeforeEnd(date, planEnd);
        reevaluateAsOf(date);
    }

    /** 对照规划 as of {@code asOf}, optionally one chapter and/or one 区县(市). */
    public static Report followThePlan(LocalDate asOf, Integer chapterNo, String districtCode, String titleZh,
                                       String titleEn, String by, LocalDateTime at) {
        return new Report(ReportKind.FOLLOW_THE_PLAN, titleZh, titleEn, null, asOf, chapterNo, districtCode, by, at);
    }

    /** Rewrites one narrative section; a published report is frozen. */
    public NarrativeSection reviseSection(String key, String text, String by, LocalDateTime at) {
        requireDraft();
        NarrativeSection section = section(key).orElseThrow(() -> new RuleViolation("section",
                "report.unknownSection", "The report has no section " + key, key));
        String body = text == null || text.isBlank() ? null : text.strip();
        if (body != null && body.length() > NarrativeSection.MAX_LENGTH) {
            throw new RuleViolation("body", "report.sectionTooLong",
                    "A section may have at most " + NarrativeSection.MAX_LENGTH + " characters",
                    NarrativeSection.MAX_LENGTH);
        }
        section.rewrite(body, by, at);
        return section;
    }

    /**
     * Publishes this revision: from now on it is frozen. Annual reports and mid-term evaluations need
     * every narrative section written first. Returns the revision it replaces on the public page, if any.
     */
    public Optional<Report> publish(String by, LocalDateTime at, boolean withSampleData) {
        requireDraft();
        if (kind.narrativeRequired()) {
            List<Violation> blank = sections.stream().filter(NarrativeSection::isBlank)
                    .map(s -> new Violation("section." + s.getKey(), "report.sectionBlank",
                            "Section " + s.getKey() + " is still blank", s.getKey()))
                    .toList();
            if (!blank.isEmpty()) {
                throw new RuleViolation(blank);
            }
        }
        this.status = ReportStatus.PUBLISHED;
        this.publishedBy = Objects.requireNonNull(by);
        this.publishedAt = Objects.requireNonNull(at);
        this.containsSample = withSampleData;
        if (supersedes != null && supersedes.status == ReportStatus.PUBLISHED) {
            supersedes.status = ReportStatus.SUPERSEDED;
            return Optional.of(supersedes);
        }
        return Optional.empty();
    }

    /** A new draft revision of this published report, with its narrative copied, for a correction. */
    public Report revise(String by, LocalDateTime at) {
        if (status != ReportStatus.PUBLISHED) {
            throw new RuleViolation("status", "report.reviseNeedsPublished",
                    "Only the published revision of a report can be revised");
        }
        Report next = new Report(kind, titleZh, titleEn, fiscalYear, asOf, chapterNo, districtCode, by, at);
        next.revision = revision + 1;
        next.supersedes = this;
        for (NarrativeSection s : sections) {
            next.section(s.getKey()).ifPresent(copy -> copy.rewrite(s.getBody(), by, at));
        }
        return next;
    }

    /** Moves the evaluation date of a draft (an annual report stays within its year). */
    public void reevaluateAsOf(LocalDate date) {
        requireDraft();
        if (date == null) {
            throw new RuleViolation("asOf", "report.asOfRequired", "The report needs the date it is evaluated as of");
        }
        if (kind == ReportKind.ANNUAL && date.getYear() != fiscalYear) {
            throw new RuleViolation("asOf", "report.asOfOutsideYear",
                    "The date " + date + " is not in the report's year " + fiscalYear, date, fiscalYear);
        }
        this.asOf = date;
    }

    public boolean isFrozen() {
        return status != ReportStatus.DRAFT;
    }

    public Optional<NarrativeSection> section(String key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
    }

    private void requireDraft() {
        if (isFrozen()) {
            throw new RuleViolation("status", "report.frozen",
                    "Report revision " + revision + " is published and frozen; revise it to change anything", revision);
        }
    }

    public Long getId() { return id; }
    public ReportKind getKind() { return kind; }
    public String getTitleZh() { return titleZh; }
    public String getTitleEn() { return titleEn; }
    public Integer getFiscalYear() { return fiscalYear; }
    public LocalDate getAsOf() { return asOf; }
    public Integer getChapterNo() { return chapterNo; }
    public String getDistrictCode() { return districtCode; }
    public ReportStatus getStatus() { return status; }
    public int getRevision() { return revision; }
    public Optional<Report> getSupersedes() { return Optional.ofNullable(supersedes); }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getPublishedBy() { return publishedBy; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public boolean isContainsSample() { return containsSample; }
    public List<NarrativeSection> getSections() { return Collections.unmodifiableList(sections); }
    public long getVersion() { return version; }
}
