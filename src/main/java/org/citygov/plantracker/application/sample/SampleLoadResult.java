package org.citygov.plantracker.application.sample;

/**
 * What {@link SamplePortfolio#loadIfAbsent()} created; all zero when the sample was already there.
 */
public record SampleLoadResult(int leadUnits, int users, int jurisdictions, int populations, int projects,
                               int milestones, int outputs, int fundingLines) {

    public static final SampleLoadResult NONE = new SampleLoadResult(0, 0, 0, 0, 0, 0, 0, 0);

    public boolean changedAnything() {
        return !equals(NONE);
    }

    @Override
    public String toString() {
        return leadUnits + " lead units, " + users + " users, " + jurisdictions + " jurisdictions, " + populations
                + " population figures, " + projects + " projects (" + milestones + " milestones, " + outputs
                + " outputs, " + fundingLines + " funding lines)";
    }
}
