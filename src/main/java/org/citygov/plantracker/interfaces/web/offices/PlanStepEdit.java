package org.citygov.plantracker.interfaces.web.offices;

import org.citygov.plantracker.application.offices.MilestonePlanView;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.MilestonePlanItem;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One step of the milestone plan editor: what may change, with the version read and the share. */
public class PlanStepEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private int seqNo;
    private BigDecimal share;
    private String nameZh;
    private String nameEn;
    private MilestoneKind kind;
    private BigDecimal weight;
    private LocalDate baseline;

    public PlanStepEdit() {
        this.kind = MilestoneKind.CONSTRUCTION;
        this.weight = BigDecimal.TEN;
    }

    PlanStepEdit(MilestonePlanView.Step step) {
        var m = step.milestone();
        this.id = m.id();
        this.version = m.version();
        this.seqNo = m.seqNo();
        this.share = step.share();
        this.nameZh = m.nameZh();
        this.nameEn = m.nameEn();
        this.kind = m.kind();
        this.weight = m.weight();
        this.baseline = m.baseline();
    }

    MilestonePlanItem item() {
        return new MilestonePlanItem(nameZh, nameEn, kind, weight, baseline);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public int getSeqNo() { return seqNo; }
    public BigDecimal getShare() { return share; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public MilestoneKind getKind() { return kind; }
    public void setKind(MilestoneKind kind) { this.kind = kind; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public LocalDate getBaseline() { return baseline; }
    public void setBaseline(LocalDate baseline) { this.baseline = baseline; }
}
