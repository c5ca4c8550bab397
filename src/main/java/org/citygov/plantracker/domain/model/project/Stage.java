package org.citygov.plantracker.domain.model.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a project: 储备 → 前期 → 新开工 → 续建 → 竣工 → 投用, or 调出 (withdrawn) from any stage
 * before completion.
 */
public enum Stage {
    /** 储备 — in the reserve pool of the project library. */
    RESERVE("储备", "Reserve"),
    /** 前期 — preparation (land, EIA, feasibility approval …). */
    PREPARATION("前期", "Preparation"),
    /** 新开工 — construction started this year. */
    NEW_START("新开工", "New start"),
    /** 续建 — construction continuing from a previous year. */
    CONTINUING("续建", "Continuing"),
    /** 竣工 — construction completed, outputs confirmed. */
    COMPLETED("竣工", "Completed"),
    /** 投用 — in use. */
    IN_USE("投用", "In use"),
    /** 调出 — withdrawn from the library, with a reason. */
    WITHDRAWN("调出", "Withdrawn");

    /** The stages whose projects are open data unless the city decides otherwise: from 新开工 on. */
    public static final Set<Stage> PUBLIC_BY_DEFAULT = EnumSet.of(NEW_START, CONTINUING, COMPLETED, IN_USE);

    private final String zh;
    private final String en;

    Stage(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** Under construction: 新开工 or 续建. */
    public boolean isUnderConstruction() {
        return this == NEW_START || this == CONTINUING;
    }

    /** Construction finished: 竣工 or 投用. */
    public boolean isFinished() {
        return this == COMPLETED || this == IN_USE;
    }

    /** Neither withdrawn nor finished. */
    public boolean isActive() {
        return this != WITHDRAWN && !isFinished();
    }

    /** The stages this one may move to (the order of the library; 调出 from any unfinished stage). */
    public Set<Stage> next() {
        return switch (this) {
            case RESERVE -> EnumSet.of(PREPARATION, NEW_START, WITHDRAWN);
            case PREPARATION -> EnumSet.of(NEW_START, WITHDRAWN);
            case NEW_START -> EnumSet.of(CONTINUING, COMPLETED, WITHDRAWN);
            case CONTINUING -> EnumSet.of(COMPLETED, WITHDRAWN);
            case COMPLETED -> EnumSet.of(IN_USE);
            case IN_USE, WITHDRAWN -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }
}
