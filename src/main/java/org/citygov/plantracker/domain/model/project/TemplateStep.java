package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One step of a {@link MilestoneTemplate}: names, kind, relative weight and where in the project's
 * span (planned start = 0, planned finish = 1) its baseline falls.
 */
@Embeddable
public class TemplateStep {

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private MilestoneKind kind;

    @Column(name = "weight", nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    /** 0 = the planned start, 1 = the planned finish. */
    @Column(name = "span_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal spanShare;

    protected TemplateStep() {
    }

    public TemplateStep(String nameZh, String nameEn, MilestoneKind kind, BigDecimal weight, BigDecimal spanShare) {
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh").trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.weight = Objects.requireNonNull(weight, "weight").setScale(4, RoundingMode.HALF_UP);
        this.spanShare = Objects.requireNonNull(spanShare, "spanShare").setScale(4, RoundingMode.HALF_UP);
    }

    /** The step as a plan item for a project planned from {@code start} to {@code finish}. */
    public MilestonePlanItem datedWithin(LocalDate start, LocalDate finish) {
        long days = ChronoUnit.DAYS.between(start, finish);
        long offset = spanShare.multiply(BigDecimal.valueOf(days)).setScale(0, RoundingMode.HALF_UP).longValue();
        return new MilestonePlanItem(nameZh, nameEn, kind, weight, start.plusDays(offset));
    }

    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public MilestoneKind getKind() { return kind; }
    public BigDecimal getWeight() { return weight; }
    public BigDecimal getSpanShare() { return spanShare; }
}
