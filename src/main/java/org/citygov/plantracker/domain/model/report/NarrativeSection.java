package org.citygov.plantracker.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Objects;

/** A section of a report's narrative (总体情况, 存在问题 …) that the city government writes. */
@Entity
@Table(name = "report_section")
public class NarrativeSection {

    public static final int MAX_LENGTH = 16000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Column(name = "section_key", nullable = false, length = 32)
    private String key;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(name = "body", length = MAX_LENGTH)
    private String body;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected NarrativeSection() {
    }

    NarrativeSection(Report report, String key, int seqNo, String body) {
        this.report = Objects.requireNonNull(report);
        this.key = Objects.requireNonNull(key);
        this.seqNo = seqNo;
        this.body = body;
    }

    void rewrite(String text, String by, LocalDateTime at) {
        this.body = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isBlank() {
        return body == null || body.isBlank();
    }

    public Long getId() { return id; }
    public Report getReport() { return report; }
    public String getKey() { return key; }
    public int getSeqNo() { return seqNo; }
    public String getBody() { return body; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
