package org.citygov.plantracker.interfaces.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibraryOptions;
import org.citygov.plantracker.application.library.LibraryProposals;
import org.citygov.plantracker.application.library.LibraryReadiness;
import org.citygov.plantracker.application.library.LibraryRounds;
import org.citygov.plantracker.application.library.ProposalDraft;
import org.citygov.plantracker.application.library.ProposalView;
import org.citygov.plantracker.application.library.ReadinessView;
import org.citygov.plantracker.application.library.RoundView;
import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The proposal form (library/proposal-form.xhtml): a new one (?round=…&amp;kind=…&amp;project=…) or
 * the revision of a returned one (?id=…). Amounts are typed in 万元.
 */
@Named
@ViewScoped
public class ProposalFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryRounds rounds;

    @Inject
    private LibraryProposals proposals;

    @Inject
    private LibraryReadiness readiness;

    @Inject
    private LibraryOptions options;

    private Long id;
    private String roundCode;
    private String kindParam;
    private String projectParam;

    private ProposalKind kind;
    private RoundView round;
    private String planCode;
    private Stage currentStage;
    private long version;
    private ProposalDraft current;
    private ReadinessView readinessView;

    private String projectCode;
    private String nameZh;
    private String nameEn;
    private String description;
    private String programCode;
    private String jurisdictionCode;
    private Category category;
    private LocalDate plannedStart;
    private LocalDate plannedFinish;
    private BigDecimal investmentWan;
    private String reason;
    private List<OutputRow> outputs = new ArrayList<>();
    private List<FundingRow> funding = new ArrayList<>();

    private List<LibraryOptions.Option> programs = List.of();
    private List<LibraryOptions.Option> targets = List.of();
    private List<LibraryOptions.Option> places = List.of();
    private List<LibraryOptions.Option> sources = List.of();

    /** One planned output row of the form. */
    public static class OutputRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String targetCode;
        private String jurisdictionCode;
        private BigDecimal quantity;
        private String unit;

        public String getTargetCode() { return targetCode; }
        public void setTargetCode(String targetCode) { this.targetCode = targetCode; }
        public String getJurisdictionCode() { return jurisdictionCode; }
        public void setJurisdictionCode(String jurisdictionCode) { this.jurisdictionCode = jurisdictionCode; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
    }

    /** One foreseen funding row of the form, in 万元. */
    public static class FundingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sourceCode;
        private Integer fiscalYear;
        private BigDecimal amountWan;

        public String getSourceCode() { return sourceCode; }
        public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
        public Integer getFiscalYear() { return fiscalYear; }
        public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
        public BigDecimal getAmountWan() { return amountWan; }
        public void setAmountWan(BigDecimal amountWan) { this.amountWan = amountWan; }
    }

    /** f:viewAction: prepares a new proposal, or the revision of ?id=. */
    public void load() {
        if (id != null) {
            ProposalView p = proposals.detail(id);
            kind = p.kind();
            round = rounds.detail(p.roundCode());
            planCode = p.planCode();
            version = p.version();
            fill(p.asDraft());
            if (kind != ProposalKind.ADD) {
                LibraryProposals.ProposalPrefill prefill = proposals.prefill(kind, p.projectCode());
                current = prefill.draft();
                currentStage = prefill.stage();
            }
        } else {
            round = rounds.detail(roundCode == null ? "" : roundCode.trim());
            kind = kindParam == null || kindParam.isBlank() ? ProposalKind.ADD : ProposalKind.valueOf(kindParam.trim());
            if (kind == ProposalKind.ADD) {
                planCode = round.planCode();
                plannedStart = LocalDate.of(round.fiscalYear(), 1, 1);
                plannedFinish = LocalDate.of(round.fiscalYear() + 1, 12, 31);
                outputs.add(new OutputRow());
                funding.add(new FundingRow());
            } else {
                LibraryProposals.ProposalPrefill prefill = proposals.prefill(kind, projectParam);
                planCode = prefill.planCode();
                currentStage = prefill.stage();
                current = prefill.draft();
                fill(prefill.draft());
            }
        }
        if (kind == ProposalKind.START) {
            readinessView = readiness.readiness(projectCode);
        }
        if (kind.carriesTerms()) {
            programs = options.programs(planCode);
            targets = options.targets(planCode);
            places = options.places();
            sources = options.fundingSources();
        }
    }

    private void fill(ProposalDraft d) {
        projectCode = d.projectCode();
        nameZh = d.nameZh();
        nameEn = d.nameEn();
        description = d.description();
        programCode = d.programCode();
        jurisdictionCode = d.jurisdictionCode();
        category = d.category();
        plannedStart = d.plannedStart();
        plannedFinish = d.plannedFinish();
        investmentWan = Money.toWanYuanExact(d.totalInvestment());
        reason = d.reason();
        outputs = new ArrayList<>();
        d.outputs().forEach(o -> {
            OutputRow row = new OutputRow();
            row.targetCode = o.targetCode();
            row.jurisdictionCode = o.jurisdictionCode();
            row.quantity = o.quantity() == null ? null : o.quantity().stripTrailingZeros();
            row.unit = o.unit();
            outputs.add(row);
        });
        funding = new ArrayList<>();
        d.funding().forEach(f -> {
            FundingRow row = new FundingRow();
            row.sourceCode = f.sourceCode();
            row.fiscalYear = f.fiscalYear();
            row.amountWan = Money.toWanYuanExact(f.amount());
            funding.add(row);
        });
    }

    public void addOutput() {
        outputs.add(new OutputRow());
    }

    public void removeOutput(OutputRow row) {
        outputs.remove(row);
    }

    public void addFunding() {
        funding.add(new FundingRow());
    }

    public void removeFunding(FundingRow row) {
        funding.remove(row);
    }

    public String submit() {
        ProposalDraft draft = new ProposalDraft(round.code(), kind, projectCode, nameZh, nameEn, description,
                programCode, jurisdictionCode, category, plannedStart, plannedFinish, Money.fromWanYuan(investmentWan),
                outputs.stream().filter(o -> o.targetCode != null || o.quantity != null)
                        .map(o -> new ProposalDraft.OutputLine(o.targetCode, o.jurisdictionCode, o.quantity, o.unit)).toList(),
                funding.stream().filter(f -> f.sourceCode != null || f.amountWan != null)
                        .map(f -> new ProposalDraft.FundingDraft(f.sourceCode, f.fiscalYear, Money.fromWanYuan(f.amountWan)))
                        .toList(),
                reason);
        ProposalView saved = id == null ? proposals.submit(draft) : proposals.revise(id, version, draft);
        LibraryPages.info("library.form.submitted");
        return "/library/proposal?faces-redirect=true&id=" + saved.id();
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public boolean isNewProject() {
        return kind == ProposalKind.ADD;
    }

    public boolean isTerms() {
        return kind != null && kind.carriesTerms();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getRoundCode() { return roundCode; }
    public void setRoundCode(String roundCode) { this.roundCode = roundCode; }
    public String getKindParam() { return kindParam; }
    public void setKindParam(String kindParam) { this.kindParam = kindParam; }
    public String getProjectParam() { return projectParam; }
    public void setProjectParam(String projectParam) { this.projectParam = projectParam; }
    public ProposalKind getKind() { return kind; }
    public RoundView getRound() { return round; }
    public String getPlanCode() { return planCode; }
    public Stage getCurrentStage() { return currentStage; }
    public ProposalDraft getCurrent() { return current; }
    public BigDecimal getCurrentInvestment() { return current == null ? null : current.totalInvestment(); }
    public ReadinessView getReadinessView() { return readinessView; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getProgramCode() { return programCode; }
    public void setProgramCode(String programCode) { this.programCode = programCode; }
    public String getJurisdictionCode() { return jurisdictionCode; }
    public void setJurisdictionCode(String jurisdictionCode) { this.jurisdictionCode = jurisdictionCode; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedFinish() { return plannedFinish; }
    public void setPlannedFinish(LocalDate plannedFinish) { this.plannedFinish = plannedFinish; }
    public BigDecimal getInvestmentWan() { return investmentWan; }
    public void setInvestmentWan(BigDecimal investmentWan) { this.investmentWan = investmentWan; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<OutputRow> getOutputs() { return outputs; }
    public List<FundingRow> getFunding() { return funding; }
    public List<LibraryOptions.Option> getPrograms() { return programs; }
    public List<LibraryOptions.Option> getTargets() { return targets; }
    public List<LibraryOptions.Option> getPlaces() { return places; }
    public List<LibraryOptions.Option> getSources() { return sources; }
}
