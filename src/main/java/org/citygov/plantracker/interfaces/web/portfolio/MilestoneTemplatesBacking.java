package org.citygov.plantracker.interfaces.web.portfolio;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.project.MilestoneTemplates;
import org.citygov.plantracker.application.project.MilestoneTemplates.TemplateView;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.MilestoneTemplate.StepDraft;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * admin/milestone-templates.xhtml: an administrator edits the starting milestone plan of one
 * category (里程碑模板); the service checks the role, the version and every step again.
 */
@Named
@ViewScoped
public class MilestoneTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestoneTemplates templates;

    @Inject
    private Access access;

    private Category category = Category.CHILDCARE;
    private long version;
    private List<StepRow> steps = new ArrayList<>();

    /** f:viewAction: administrators only (403 otherwise), then the chosen category. */
    public void load() {
        access.requireAnyRole(Role.ADMIN);
        reload();
    }

    public void reload() {
        TemplateView view = templates.of(category);
        version = view.version();
        steps = new ArrayList<>(view.steps().stream().map(s -> new StepRow(s.nameZh(), s.nameEn(), s.kind(),
                s.weight(), s.spanShare())).toList());
    }

    public void addStep() {
        steps.add(new StepRow(null, null, MilestoneKind.CONSTRUCTION, BigDecimal.TEN, BigDecimal.ONE));
    }

    public void removeStep(StepRow row) {
        steps.remove(row);
    }

    public void save() {
        TemplateView saved = templates.replace(category, version, steps.stream()
                .map(s -> new StepDraft(s.getNameZh(), s.getNameEn(), s.getKind(), s.getWeight(), s.getSpanShare()))
                .toList());
        version = saved.version();
        FacesContext context = FacesContext.getCurrentInstance();
        var locale = Texts.supported(context.getViewRoot().getLocale());
        String name = Texts.english(locale) ? category.en() : category.zh();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.get(locale, "templates.saved", name), ""));
    }

    public Category[] getCategories() { return Category.values(); }
    public MilestoneKind[] getKinds() { return MilestoneKind.values(); }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public long getVersion() { return version; }
    public List<StepRow> getSteps() { return steps; }

    /** One editable step. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameZh;
        private String nameEn;
        private MilestoneKind kind;
        private BigDecimal weight;
        private BigDecimal spanShare;

        StepRow(String nameZh, String nameEn, MilestoneKind kind, BigDecimal weight, BigDecimal spanShare) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.kind = kind;
            this.weight = weight;
            this.spanShare = spanShare;
        }

        public String getNameZh() { return nameZh; }
        public void setNameZh(String nameZh) { this.nameZh = nameZh; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public MilestoneKind getKind() { return kind; }
        public void setKind(MilestoneKind kind) { this.kind = kind; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal weight) { this.weight = weight; }
        public BigDecimal getSpanShare() { return spanShare; }
        public void setSpanShare(BigDecimal spanShare) { this.spanShare = spanShare; }
    }
}
