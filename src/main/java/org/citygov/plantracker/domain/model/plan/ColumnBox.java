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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 专栏 — a boxed list of key programs (工程) printed inside a chapter.
 * The title is kept as printed, misprints included; {@link #getAmbiguityNote()} says when the
 * printed title cannot be taken at face value (专栏8 repeats the title of 专栏7).
 */
@Entity
@Table(name = "column_box")
public class ColumnBox {

    private static final Pattern PRINTED_PREFIX = Pattern.compile("^专栏\\s*\\d+\\s*[:：]\\s*");

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

    @Column(name = "box_no", nullable = false, updatable = false)
    private int number;

    /** The title exactly as printed, e.g. 专栏1:优生优育服务重点工程. */
    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id", nullable = false)
    private Chapter chapter;

    /** The policy domain of the chapter holding the box; the plan names no lead agencies. */
    @Column(name = "owner_domain", length = 64)
    private String ownerDomain;

    @Column(name = "owner_domain_zh", length = 100)
    private String ownerDomainZh;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "ambiguity_note", length = 2000)
    private String ambiguityNote;

    @OneToMany(mappedBy = "columnBox", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    private List<Program> programs = new ArrayList<>();

    protected ColumnBox() {
        // for JPA
    }

    ColumnBox(Plan plan, int number, String titleZh, String titleEn, Chapter chapter,
              String ownerDomain, String ownerDomainZh, String note) {
        if (number < 1) {
            throw new IllegalArgumentException("专栏 numbers start at 1: " + number);
        }
        if (titleZh == null || titleZh.isBlank()) {
            throw new IllegalArgumentException("专栏" + number + " needs its printed title");
        }
        this.plan = Objects.requireNonNull(plan, "plan");
        this.chapter = Objects.requireNonNull(chapter, "chapter");
        if (chapter.getPlan() != plan) {
            throw new IllegalArgumentException("Chapter " + chapter.getNumber() + " belongs to another plan");
        }
        this.number = number;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.ownerDomain = ownerDomain;
        this.ownerDomainZh = ownerDomainZh;
        this.note = note;
    }

    /**
     * Flags that the printed title repeats that of {@code earlier}. The title stays as printed; the
     * box's note (which explains the misprint) becomes the ambiguity note, or a standard one is written.
     */
    void markTitleRepeats(ColumnBox earlier) {
        String repeated = "The printed title repeats that of 专栏" + earlier.number + " (" + printedName() + ").";
        if (note != null && !note.isBlank()) {
            this.ambiguityNote = note;
            this.note = null;
        } else {
            this.ambiguityNote = repeated;
        }
    }

    /** A new version's title, owner and note (the box keeps its number and chapter). */
    public void revise(String newTitleZh, String newTitleEn, String newOwnerDomain, String newOwnerDomainZh,
                       String newNote) {
        if (newTitleZh == null || newTitleZh.isBlank()) {
            throw new IllegalArgumentException("专栏" + number + " needs its printed title");
        }
        this.titleZh = newTitleZh;
        this.titleEn = newTitleEn;
        this.ownerDomain = newOwnerDomain;
        this.ownerDomainZh = newOwnerDomainZh;
        if (ambiguityNote == null) {
            this.note = newNote;
        }
    }

    void forget(Program program) {
        programs.remove(program);
    }

    /** The printed title without its 专栏N: prefix. */
    public String printedName() {
        return PRINTED_PREFIX.matcher(titleZh).replaceFirst("");
    }

    public boolean hasAmbiguousTitle() {
        return ambiguityNote != null;
    }

    /** Adds a 工程 to this box; codes are unique in the plan. */
    public Program addProgram(String code, String titleZh, String titleEn, Chapter chapter, String ownerDomain) {
        plan.requireUnusedCode(code);
        Program program = new Program(this, code, titleZh, titleEn, chapter, ownerDomain);
        programs.add(program);
        return program;
    }

    public Optional<Program> program(String code) {
        return programs.stream().filter(p -> p.getCode().equals(code)).findFirst();
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

    public int getNumber() {
        return number;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public Chapter getChapter() {
        return chapter;
    }

    public String getOwnerDomain() {
        return ownerDomain;
    }

    public String getOwnerDomainZh() {
        return ownerDomainZh;
    }

    public String getNote() {
        return note;
    }

    public String getAmbiguityNote() {
        return ambiguityNote;
    }

    public List<Program> getPrograms() {
        return Collections.unmodifiableList(programs);
    }

    @Override
    public String toString() {
        return titleZh;
    }
}
