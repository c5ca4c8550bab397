package org.citygov.plantracker.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.plan.PlanLoadResult;
import org.citygov.plantracker.application.plan.PlanLoader;

import java.util.logging.Logger;

/**
 * Start-up work after the schema is migrated: load the bundled plan(s) (idempotent) and, in demo
 * mode only, the labelled sample portfolio and the demo users.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    /** Demo mode: -Dplantracker.demo=true or PLANTRACKER_DEMO=true. */
    public static boolean demoMode() {
        String value = System.getProperty("plantracker.demo", System.getenv("PLANTRACKER_DEMO"));
        return Boolean.parseBoolean(value);
    }

    @Inject
    private PlanLoader planLoader;

    @PostConstruct
    void start() {
        PlanLoadResult plans = planLoader.loadBundledPlans();
        LOG.info(() -> "Plans: " + plans);
        LOG.info("plan-tracker started" + (demoMode() ? " in demo mode (示例 sample data)" : ""));
    }
}
