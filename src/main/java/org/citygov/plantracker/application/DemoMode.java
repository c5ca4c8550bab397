package org.citygov.plantracker.application;

/** Demo mode: the labelled sample (示例) portfolio and the demo users are loaded at start-up. */
public final class DemoMode {

    private DemoMode() {
    }

    /** On with {@code -Dplantracker.demo=true} or {@code PLANTRACKER_DEMO=true}. */
    public static boolean isOn() {
        String value = System.getProperty("plantracker.demo", System.getenv("PLANTRACKER_DEMO"));
        return Boolean.parseBoolean(value);
    }
}
