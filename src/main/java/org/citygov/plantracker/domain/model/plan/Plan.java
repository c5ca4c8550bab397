package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.citygov.plantracker.domain.model.place.Jurisdiction;


import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 规划 — a plan as issued (郑州市“十四五”公共服务和社会保障规划), the aggregate root of its
 * chapters, 专栏, 工程, targets and indicator table. A plan is created once from its definition and
 * identified by its code (ZZ-PS-14); {@link #getContentDigest()} fingerprints the definition it was
 * loaded from, so the same definition is never loaded twice and a changed one is noticed.
 */
@Entity
@Table(name = "plan")
@NamedQuery(name = "Plan.findByCode", query = "SELECT p FROM Plan p WHERE p.code = :code")
@NamedQuery(name = "Plan.findAll", query = "SELECT p FROM Plan p ORDER BY p.period.startYear, p.code")
public class Plan {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "code", nullable = false, length = 32, updatable = false)
    private String code;

    @Embedded
    private PlanDocument document;

    @Embedded
    private PlanPeriod period;

    /** SHA-256 (hex) of the definition files the plan was loaded from. */
    @Column(name = "content_digest", nullable = false, length = 64)
    private String contentDigest;

    /** Classpath location of the source text, e.g. plans/zz-ps-14/plan.zh.txt. */
    /** The plan's version as its definition states it ({@code version:} in plan.yaml; 1 when left out). */
    @Column(name = "definition_version", nullable = false)
    private int definitionVersion = 1;

    @Column(name = "source_path", length = 300)
    private String sourcePath;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Chapter> chapters = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ColumnBox> columnBoxes = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    private List<Indicator> indicators = new ArrayList<>();

    /** Every target, column and chapter-text alike; programs list their own. */
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<Target> targets = new ArrayList<>();

    protected Plan() {
        // for JPA
    }

    public Plan(String code, PlanDocument document, PlanPeriod period, String contentDigest, String sourcePath,
                LocalDateTime loadedAt) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A plan code is upper-case letters, digits and '-' (e.g. ZZ-PS-14): " + code);
        }
        if (contentDigest == null || !DIGEST.matcher(contentDigest).matches()) {
            throw new IllegalArgumentException("The content digest must be a SHA-256 hex string: " + contentDigest);
        }
        this.code = code;
        this.document = Objects.requireNonNull(document, "document");
        this.period = Objects.requireNonNull(period, "period");
        this.contentDigest = contentDigest;
        this.sourcePath = sourcePath;
        this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
    }

    /**
     * Takes a new version of the definition (a 中期调整, a corrected figure): the document and the
     * fingerprint change; chapters, 专栏, 工程, targets and indicators are revised one by one and keep
     * their identity (code), so what points at them stays linked. The version only goes up.
     */
    public void revise(int newVersion, PlanDocument newDocument, String newDigest) {
        if (newVersion <= definitionVersion) {
            throw new IllegalArgumentException(code + " is at version " + definitionVersion
                    + "; a revision must have a higher version, not " + newVersion);
        }
        if (newDigest == null || !DIGEST.matcher(newDigest).matches()) {
            throw new IllegalArgumentException("The content digest must be a SHA-256 hex string: " + newDigest);
        }
        this.definitionVersion = newVersion;
        this.document = Objects.requireNonNull(newDocument, "document");
        this.contentDigest = newDigest;
    }

    /** Sets the version a new plan is loaded at. */
    public void loadedAtVersion(int loadedVersion) {
        if (loadedVersion < 1) {
            throw new IllegalArgumentException(code + ": a plan's version is 1 or more, got " + loadedVersion);
        }
        this.definitionVersion = loadedVersion;
    }

    /** Removes a target a new version no longer has (nothing may point at it: the caller checks). */
    public void removeTarget(Target target) {
        target.getProgram().ifPresent(p -> p.forget(target));
        target.getStage().ifPresent(s -> s.forget(target));
        targets.remove(target);
    }

    /** Removes a 工程 a new version no longer has, with its targets. */
    public void removeProgram(Program program) {
        List.copyOf(program.getTargets()).forEach(this::removeTarget);
        program.getColumnBox().forget(program);
    }

    /** Removes an indicator a new version no longer has (it has no observations: the caller checks). */
    public void removeIndicator(Indicator indicator) {
        targets.forEach(t -> t.forget(indicator));
        indicators.remove(indicator);
    }

    /** Puts the targets in the order of {@code codes} (a revision's definition order); others follow. */
    public void orderTargets(List<String> codes) {
        int seq = 1;
        for (String c : codes) {
            Optional<Target> t = target(c);
            if (t.isPresent()) {
                t.get().placeAt(seq++);
            }
        }
        for (Target t : targets) {
            if (!codes.contains(t.getCode())) {
                t.placeAt(seq++);
            }
        }
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }

    /** Whether this plan was loaded from a definition with this digest. */
    public boolean isDefinedBy(String digest) {
        return contentDigest.equals(digest);
    }

    public Chapter addChapter(int number, String titleZh, String titleEn) {
        if (chapter(number).isPresent()) {
            throw new IllegalArgumentException(code + " already has chapter " + number);
        }
        Chapter chapter = new Chapter(this, number, titleZh, titleEn);
        chapters.add(chapter);
        return chapter;
    }

    /**
     * Adds a 专栏. If its printed title repeats an earlier box's, the title is kept as printed and the
     * box carries an ambiguity note instead.
     */
    public ColumnBox addColumnBox(int number, String titleZh, String titleEn, Chapter chapter, String ownerDomain,
                                  String ownerDomainZh, String note) {
        if (columnBox(number).isPresent()) {
            throw new IllegalArgumentException(code + " already has 专栏" + number);
        }
        ColumnBox box = new ColumnBox(this, number, titleZh, titleEn, chapter, ownerDomain, ownerDomainZh, note);
        columnBoxes.stream().filter(earlier -> earlier.printedName().equals(box.printedName())).findFirst()
                .ifPresent(box::markTitleRepeats);
        columnBoxes.add(box);
        return box;
    }

    public Indicator addIndicator(String code, String domainZh, String domainEn, String nameZh, String nameEn,
                                  String unit, IndicatorNature nature, Comparison comparison, boolean cumulative) {
        if (indicator(code).isPresent()) {
            throw new IllegalArgumentException(this.code + " already has indicator " + code);
        }
        Indicator indicator = new Indicator(this, code, domainZh, domainEn, nameZh, nameEn, unit, nature, comparison,
                cumulative);
        indicators.add(indicator);
        return indicator;
    }

    /** Adds a target stated only in the body text of {@code chapter}, outside any 专栏. */
    public Target addChapterTextTarget(Chapter chapter, String code, TargetKind kind, TargetWording wording,
                                       Measure measure, Deadline deadline, TargetScope scope, String scopeDetail) {
        return registerTarget(new Target(this, null, chapter, code, kind, wording, measure, deadline, scope,
                scopeDetail));
    }

    Target registerTarget(Target target) {
        requireUnusedCode(target.getCode());
        target.placeAt(targets.size() + 1);
        targets.add(target);
        return target;
    }

    /** Program and target codes share one namespace in a plan (C1.4, C1.4-T1, CH2-T01). */
    void requireUnusedCode(String newCode) {
        if (program(newCode).isPresent() || target(newCode).isPresent()) {
            throw new IllegalArgumentException(code + " already uses the code " + newCode);
        }
    }

    public Optional<Chapter> chapter(int number) {
        return chapters.stream().filter(c -> c.getNumber() == number).findFirst();
    }

    public Optional<ColumnBox> columnBox(int number) {
        return columnBoxes.stream().filter(b -> b.getNumber() == number).findFirst();
    }

    public Optional<Program> program(String programCode) {
        return programs().filter(p -> p.getCode().equals(programCode)).findFirst();
    }

    public Optional<Target> target(String targetCode) {
        return targets.stream().filter(t -> t.getCode().equals(targetCode)).findFirst();
    }

    /**
     * The institutions the first stage of this plan's staged schedule requires of {@code unit}: the figure of
     * the first-stage, institution-counting target whose group holds the unit
     * ({@link Target#firstStageInstitutionMinimum()}); empty when no such target applies to it.
     */
    public Optional<Integer> firstStageInstitutionMinimum(Jurisdiction unit) {
        return targets.stream().filter(t -> t.appliesTo(unit))
                .flatMap(t -> t.firstStageInstitutionMinimum().stream()).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators.stream().filter(i -> i.getCode().equals(indicatorCode)).findFirst();
    }

    private Stream<Program> programs() {
        return columnBoxes.stream().flatMap(b -> b.getPrograms().stream());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public PlanDocument getDocument() {
        return document;
    }

    public String getTitleZh() {
        return document.getTitleZh();
    }

    public String getTitleEn() {
        return document.getTitleEn();
    }

    public PlanPeriod getPeriod() {
        return period;
    }

    public String getContentDigest() {
        return contentDigest;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public LocalDateTime getLoadedAt() {
        return loadedAt;
    }

    public List<Chapter> getChapters() {
        return Collections.unmodifiableList(chapters);
    }

    public List<ColumnBox> getColumnBoxes() {
        return Collections.unmodifiableList(columnBoxes);
    }

    public List<Indicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    public List<Target> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    @Override
    public String toString() {
        return code + " " + document.getTitleZh();
    }
}
