package org.citygov.plantracker.domain.model.library;

/** What a project office asks of the library in a round. */
public enum ProposalKind {
    /** 新增入库 — a new reserve project (储备) with planned outputs, cost estimate and foreseen funding. */
    ADD("新增入库", "Add to the library"),
    /** 调整 — change an existing project's scope, outputs, total investment or schedule. */
    ADJUST("调整", "Adjust"),
    /** 转入新开工 — move a project from 储备/前期 to implementation; needs the readiness gates. */
    START("转入新开工", "Move to new start"),
    /** 调出 — withdraw a project from the library. */
    WITHDRAW("调出", "Withdraw");

    private final String zh;
    private final String en;

    ProposalKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** Whether the proposal is about a project already in the library. */
    public boolean concernsExistingProject() {
        return this != ADD;
    }

    /** Whether the proposal carries project terms (names, span, investment, outputs). */
    public boolean carriesTerms() {
        return this == ADD || this == ADJUST;
    }
}
