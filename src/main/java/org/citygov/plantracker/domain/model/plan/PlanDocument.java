package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** The official document that issued a plan: 郑州市“十四五”…规划, 郑政〔2022〕33号, 郑州市人民政府. */
@Embeddable
public class PlanDocument {

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    /** 文号, e.g. 郑政〔2022〕33号. */
    @Column(name = "doc_no", length = 64)
    private String docNo;

    @Column(name = "issuer_zh", length = 100)
    private String issuerZh;

    @Column(name = "issuer_en", length = 200)
    private String issuerEn;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    protected PlanDocument() {
        // for JPA
    }

    public PlanDocument(String titleZh, String titleEn, String docNo, String issuerZh, String issuerEn,
                        LocalDate issuedOn, LocalDate publishedOn) {
        if (titleZh == null || titleZh.isBlank()) {
            throw new IllegalArgumentException("The plan's Chinese title is required");
        }
        if (issuedOn != null && publishedOn != null && publishedOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("Published " + publishedOn + " before issued " + issuedOn);
        }
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.docNo = docNo;
        this.issuerZh = issuerZh;
        this.issuerEn = issuerEn;
        this.issuedOn = issuedOn;
        this.publishedOn = publishedOn;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDocNo() {
        return docNo;
    }

    public String getIssuerZh() {
        return issuerZh;
    }

    public String getIssuerEn() {
        return issuerEn;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanDocument d && titleZh.equals(d.titleZh) && Objects.equals(docNo, d.docNo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(titleZh, docNo);
    }
}
