package org.citygov.plantracker.application.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneTemplate;
import org.citygov.plantracker.domain.model.project.MilestoneTemplate.StepDraft;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.TemplateStep;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Milestone templates per category (里程碑模板): read by anyone signed in, replaced by an administrator
 * (version-checked, audited), and applied to a project the library adds.
 */
@ApplicationScoped
@Transactional
public class MilestoneTemplates {

    static final String ENTITY = "MilestoneTemplate";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    /** A template as pages and the API show it; a category without one has no steps and version 0. */
    public record TemplateView(Category category, long version, List<StepView> steps) implements Serializable {
    }

    public record StepView(String nameZh, String nameEn, org.citygov.plantracker.domain.model.project.MilestoneKind kind,
                           BigDecimal weight, BigDecimal spanShare) implements Serializable {
        static StepView of(TemplateStep s) {
            return new StepView(s.getNameZh(), s.getNameEn(), s.getKind(), s.getWeight(), s.getSpanShare());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TemplateView> all() {
        access.requireSignedIn();
        return Arrays.stream(Category.values()).map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateView of(Category category) {
        access.requireSignedIn();
        return view(category);
    }

    private TemplateView view(Category category) {
        return find(category).map(t -> new TemplateView(category, t.getVersion(),
                        t.getSteps().stream().map(StepView::of).toList()))
                .orElse(new TemplateView(category, 0, List.of()));
    }

    /** Replaces a category's steps (ADMIN), if nobody changed the template since {@code version}. */
    public TemplateView replace(Category category, long version, List<StepDraft> steps) {
        access.requireAnyRole(Role.ADMIN);
        MilestoneTemplate template = find(category).orElse(null);
        boolean existed = template != null;
        if (!existed) {
            ConcurrentEditException.check(category.zh(), version, 0);
            template = new MilestoneTemplate(category);
            em.persist(template);
        } else {
            ConcurrentEditException.check(category.zh(), version, template.getVersion());
        }
        String before = describe(template);
        template.redefine(steps);
        // a changed list of steps is a new version of the template, even where the provider would not count it
        if (existed) {
            em.lock(template, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        audit.fieldChanged(ENTITY, template.getId(), null, "template.replace", category.name(), before,
                describe(template));
        return view(category);
    }

    /**
     * Gives a project without milestones the starting plan of its category's template, dated within
     * its planned span; a project that already has milestones, or a category without a template, is left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyTo(Project project) {
        if (!project.getMilestones().isEmpty()) {
            return 0;
        }
        List<org.citygov.plantracker.domain.model.project.MilestonePlanItem> plan = find(project.getCategory())
                .map(t -> t.planFor(project.getPlannedStart(), project.getPlannedFinish())).orElse(List.of());
        plan.forEach(item -> project.planMilestone(item, null));
        return plan.size();
    }

    /**
     * Without the flush before the query: a round close adds thousands of projects in one transaction, and a
     * flush before each template read made EclipseLink compare every entity of the transaction each time
     * (quadratic; a 4,000-project close ran past the 300 s transaction timeout). Templates are not changed in
     * the transactions that apply them.
     */
    private Optional<MilestoneTemplate> find(Category category) {
        return em.createQuery("SELECT t FROM MilestoneTemplate t WHERE t.category = :c", MilestoneTemplate.class)
                .setParameter("c", category).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    private static String describe(MilestoneTemplate t) {
        return t.getSteps().stream().map(s -> s.getNameZh() + " (" + s.getKind().zh() + ") "
                        + s.getWeight().stripTrailingZeros().toPlainString() + " @ "
                        + s.getSpanShare().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
    }
}
