package org.citygov.plantracker.domain.model.library;

/**
 * 前期要件 — what a project must show before it may move from 储备/前期 to 新开工. The first three are
 * documents (reference and date); funding is derived from the approved funding lines.
 */
public enum ReadinessGate {
    /** 用地 — land use approval (用地预审/土地证). */
    LAND("用地", "Land"),
    /** 环评 — environmental impact assessment approval. */
    ENVIRONMENT("环评", "Environmental assessment"),
    /** 可研批复 — feasibility study approval. */
    FEASIBILITY("可研批复", "Feasibility study approval"),
    /** 资金落实 — approved funding covers at least the configured share of the total investment. */
    FUNDING("资金落实", "Funding secured");

    private final String zh;
    private final String en;

    ReadinessGate(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** Shown by a document (reference and date) rather than derived. */
    public boolean isDocumented() {
        return this != FUNDING;
    }
}
