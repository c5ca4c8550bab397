package org.citygov.plantracker.domain.model.library;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The document that shows one readiness gate of a project (用地, 环评 or 可研批复): its reference
 * (文号) and date. One per project and gate; recording it again replaces it (the audit trail keeps
 * the previous one).
 */
@Entity
@Table(name = "readiness_evidence")
public class ReadinessEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "gate", nullable = false, length = 16)
    private ReadinessGate gate;

    @Column(name = "document_ref", nullable = false, length = 200)
    private String documentRef;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected ReadinessEvidence() {
    }

    public ReadinessEvidence(Project project, ReadinessGate gate, String documentRef, LocalDate documentDate,
                             String note, String by, LocalDateTime at, LocalDate today) {
        this.project = Objects.requireNonNull(project, "project");
        if (gate == null || !gate.isDocumented()) {
            throw new RuleViolation("gate", "library.evidence.gate",
                    "Documents are recorded for land, environmental assessment and feasibility approval only");
        }
        this.gate = gate;
        record(documentRef, documentDate, note, by, at, today);
    }

    /** Records (or replaces) the document: a reference, a date not after today, an optional note. */
    public void record(String ref, LocalDate date, String newNote, String by, LocalDateTime at, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (ref == null || ref.isBlank()) {
            problems.add(new Violation("documentRef", "library.evidence.refRequired",
                    "Give the document reference (文号)"));
        } else if (ref.trim().length() > 200) {
            problems.add(new Violation("documentRef", "library.proposal.textTooLong", "The reference is too long", 200));
        }
        if (date == null) {
            problems.add(new Violation("documentDate", "library.evidence.dateRequired", "Give the document's date"));
        } else if (date.isAfter(today)) {
            problems.add(new Violation("documentDate", "library.evidence.dateInFuture",
                    "The document date " + date + " is in the future", date));
        }
        if (newNote != null && newNote.length() > 500) {
            problems.add(new Violation("note", "library.proposal.textTooLong", "The note is too long", 500));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.documentRef = ref.trim();
        this.documentDate = date;
        this.note = newNote == null || newNote.isBlank() ? null : newNote.trim();
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public ReadinessGate getGate() { return gate; }
    public String getDocumentRef() { return documentRef; }
    public LocalDate getDocumentDate() { return documentDate; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
