package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The terms of a project a proposal sets: names, scope (建设内容), schedule and total investment
 * (yuan). Value object; {@link #problems} checks them with the same rules as the project.
 */
@Embeddable
public class ProjectTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_zh", length = 300)
    private String nameZh;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_finish")
    private LocalDate plannedFinish;

    @Column(name = "total_investment", precision = 19, scale = 2)
    private BigDecimal totalInvestment;

    protected ProjectTerms() {
    }

    public ProjectTerms(String nameZh, String nameEn, String description, LocalDate plannedStart,
                        LocalDate plannedFinish, BigDecimal totalInvestment) {
        this.nameZh = blankToNull(nameZh);
        this.nameEn = blankToNull(nameEn);
        this.description = blankToNull(description);
        this.plannedStart = plannedStart;
        this.plannedFinish = plannedFinish;
        this.totalInvestment = totalInvestment == null ? null : totalInvestment.setScale(2, RoundingMode.HALF_UP);
    }

    /** What is wrong with these terms (empty if nothing): the project's own rules. */
    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        if (nameZh == null) {
            problems.add(new Violation("nameZh", "project.nameRequired", "The project needs a Chinese name"));
        } else if (nameZh.length() > 300) {
            problems.add(new Violation("nameZh", "library.proposal.textTooLong", "The name is too long", 300));
        }
        if (nameEn != null && nameEn.length() > 300) {
            problems.add(new Violation("nameEn", "library.proposal.textTooLong", "The name is too long", 300));
        }
        if (description != null && description.length() > 4000) {
            problems.add(new Violation("description", "library.proposal.textTooLong", "The scope is too long", 4000));
        }
        if (plannedStart == null || plannedFinish == null) {
            problems.add(new Violation("plannedStart", "project.spanRequired", "Planned start and finish are required"));
        } else if (plannedFinish.isBefore(plannedStart)) {
            problems.add(new Violation("plannedFinish", "project.finishBeforeStart",
                    "The planned finish " + plannedFinish + " is before the start " + plannedStart,
                    plannedFinish, plannedStart));
        }
        if (totalInvestment == null || totalInvestment.signum() < 0) {
            problems.add(new Violation("totalInvestment", "project.investmentNegative",
                    "Total investment must be given and cannot be negative"));
        }
        return problems;
    }

    public boolean sameAs(ProjectTerms other) {
        return other != null && Objects.equals(nameZh, other.nameZh) && Objects.equals(nameEn, other.nameEn)
                && Objects.equals(description, other.description) && Objects.equals(plannedStart, other.plannedStart)
                && Objects.equals(plannedFinish, other.plannedFinish)
                && (totalInvestment == null ? other.totalInvestment == null
                : other.totalInvestment != null && totalInvestment.compareTo(other.totalInvestment) == 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public String getDescription() { return description; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public LocalDate getPlannedFinish() { return plannedFinish; }
    public BigDecimal getTotalInvestment() { return totalInvestment; }
}
