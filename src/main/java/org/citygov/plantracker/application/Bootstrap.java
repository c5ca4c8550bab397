package org.citygov.plantracker.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.plan.PlanLoadResult;
import org.citygov.plantracker.application.plan.PlanLoader;
import org.citygov.plantracker.application.sample.DemoUser;
import org.citygov.plantracker.application.sample.SampleLoadResult;
import org.citygov.plantracker.application.sample.SamplePortfolio;
import org.citygov.plantracker.application.user.StartAccounts;
import org.citygov.plantracker.infrastructure.web.HttpReadiness;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
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

    @Inject
    private PlanLoader planLoader;

    @Inject
    private SamplePortfolio samplePortfolio;

    @Inject
    private StartAccounts startAccounts;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void start() {
        PlanLoadResult plans = planLoader.loadBundledPlans();
        LOG.info(() -> "Plans: " + plans);
        if (!DemoMode.isOn()) {
            StartAccounts.Outcome accounts = startAccounts.apply(false, StartAccounts.configuredAdminPassword());
            String accountsLine = StartAccounts.describe(accounts);
            if (accounts.firstAdmin() == StartAccounts.FirstAdmin.PRESENT || accounts.firstAdmin() == StartAccounts.FirstAdmin.CREATED) {
                LOG.info(accountsLine);
            } else {
                LOG.warning(accountsLine);
            }
            announceWhenReady(StartupBanner.text(StartupBanner.httpPort(), false, null, List.of(), null)
                    + (accountsLine.isEmpty() ? "" : "\n" + accountsLine));
            return;
        }
        String sampleLine;
        long began = System.nanoTime();
        try {
            SampleLoadResult sample = samplePortfolio.loadIfAbsent();
            double seconds = (System.nanoTime() - began) / 1e9;
            sampleLine = sample.changedAnything()
                    ? String.format(Locale.ROOT, "sample portfolio loaded in %.1f s: %s", seconds, sample)
                    : "sample portfolio already present (" + samplePortfolio.sampleProjectCount() + " projects)";
        } catch (RuntimeException e) {
            // the plan and the rest of the application still work; say loudly what is missing
            LOG.log(Level.SEVERE, "The sample (示例) portfolio could not be loaded", e);
            sampleLine = "sample portfolio NOT loaded (" + e.getMessage() + "), see the log above";
        }
        StartAccounts.Outcome accounts = startAccounts.apply(true, null);
        if (accounts.sampleUsersEnabled() > 0) {
            LOG.info(StartAccounts.describe(accounts));
        }
        List<DemoUser> users = samplePortfolio.demoUsers();
        announceWhenReady(StartupBanner.text(StartupBanner.httpPort(), true, sampleLine, users,
                samplePortfolio.demoPassword()));
    }

    /**
     * Logs the banner once the login page answers: this runs while the deployment is still starting,
     * seconds before the web context is registered.
     */
    private void announceWhenReady(String banner) {
        URI login = URI.create("http://" + HttpReadiness.host() + ":" + StartupBanner.httpPort()
                + "/plantracker/login.xhtml");
        executor.execute(() -> HttpReadiness.await(login, Duration.ofMinutes(3), ready -> LOG.info(ready ? banner
                : banner + "\n(" + login + " did not answer within 3 minutes; check the server log)")));
    }
}
