package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * 里程碑模板 — the starting milestone plan of a new project of one category (e.g. childcare:
 * 选址及设计批复, 施工许可, 开工, 主体完工, 验收, 投用), dated within the project's planned span.
 * Data an administrator edits, not code.
 */
@Entity
@Table(name = "milestone_template")
public class MilestoneTemplate {

    public static final int MAX_STEPS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 32, unique = true)
    private Category category;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "milestone_template_step", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "step_no")
    private List<TemplateStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected MilestoneTemplate() {
    }

    public MilestoneTemplate(Category category) {
        this.category = Objects.requireNonNull(category, "category");
    }

    /**
     * Replaces the steps; each must be a valid plan step with its place in the span between 0 and 1.
     * All problems are reported together (field {@code steps[i].name}) and nothing changes if any.
     */
    public void redefine(List<StepDraft> drafts) {
        List<Violation> problems = new ArrayList<>();
        if (drafts.size() > MAX_STEPS) {
            problems.add(new Violation("steps", "template.tooManySteps", "A template has at most 30 steps", MAX_STEPS));
        }
        for (int i = 0; i < drafts.size(); i++) {
            StepDraft d = drafts.get(i);
            int number = i + 1;
            new MilestonePlanItem(d.nameZh(), d.nameEn(), d.kind(), d.weight(), LocalDate.of(2000, 1, 1)).problems()
                    .forEach(v -> problems.add(new Violation("steps[" + number + "]." + v.field(), v.messageKey(),
                            "Step " + number + ": " + v.english(), v.arguments())));
            if (d.spanShare() == null || d.spanShare().signum() < 0 || d.spanShare().compareTo(BigDecimal.ONE) > 0) {
                problems.add(new Violation("steps[" + number + "].spanShare", "template.spanShare",
                        "Step " + number + ": the place in the span must be between 0 and 1", number));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        steps.clear();
        drafts.forEach(d -> steps.add(new TemplateStep(d.nameZh(), d.nameEn(), d.kind(), d.weight(), d.spanShare())));
    }

    /** The template's steps dated for a project planned from {@code start} to {@code finish}. */
    public List<MilestonePlanItem> planFor(LocalDate start, LocalDate finish) {
        return steps.stream().map(s -> s.datedWithin(start, finish)).toList();
    }

    /** A step as an administrator writes it. */
    public record StepDraft(String nameZh, String nameEn, MilestoneKind kind, BigDecimal weight, BigDecimal spanShare) {
    }

    public Long getId() { return id; }
    public Category getCategory() { return category; }
    public List<TemplateStep> getSteps() { return Collections.unmodifiableList(steps); }
    public long getVersion() { return version; }
}
