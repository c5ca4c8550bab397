package org.citygov.plantracker.domain.model.plan;

/** What a plan target asks for. */
public enum TargetKind {
    /** A quantified or checkable outcome (覆盖率达到90%以上). */
    TARGET,
    /** A named facility or project to build or advance (建设…中心). */
    PROJECT,
    /** A rate or rule (e.g. yuan per household). */
    STANDARD,
    /** No number: a direction or a policy to put in place. */
    QUALITATIVE
}
