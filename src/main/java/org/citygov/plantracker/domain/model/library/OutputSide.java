package org.citygov.plantracker.domain.model.library;

/** Whether a proposal's output line is what the project had (before) or what is proposed (after). */
public enum OutputSide {
    BEFORE,
    AFTER
}
