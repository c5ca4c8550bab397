package org.citygov.plantracker.application.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.LimitExceededException;
import org.citygov.plantracker.application.RequestBudget;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;
import org.citygov.plantracker.domain.service.slippage.ProjectEvaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The slippage engine as a use case: read the portfolio in one pass, run the pure rules for an
 * asOf date with the thresholds in force. The cockpit, the API and the snapshots all go through here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    @Inject
    private PortfolioFactsSource source;

    @Inject
    private EvaluationSettingsService settings;

    @Inject
    private Access access;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Whether the whole-portfolio evaluation is kept current from the change feed ({@link LiveEvaluation},
     * the default) or computed again whenever the data's fingerprint changed ({@link EvaluationCache}, the
     * reference the benchmark compares with): system property or environment variable
     * {@code plantracker.evaluation.incremental} / {@code PLANTRACKER_EVALUATION_INCREMENTAL}.
     */
    static final boolean INCREMENTAL = Boolean.parseBoolean(System.getProperty("plantracker.evaluation.incremental",
            System.getenv().getOrDefault("PLANTRACKER_EVALUATION_INCREMENTAL", "true")));

    /** The last evaluations of the whole portfolio (see {@link EvaluationCache}): four asOf days at most. */
    private final EvaluationCache cache = new EvaluationCache(4);

    private LiveEvaluation live;

    @PostConstruct
    void start() {
        live = new LiveEvaluation(source, clock);
    }

    /**
     * Whole-portfolio evaluations of different days other than today that one user may start per minute
     * (issue 15: an office asking with a new asOf each time queued one evaluation after another).
     * Today's evaluation is shared and kept, so it costs nothing to ask again.
     */
    public static final int MAX_OTHER_DAYS_PER_MINUTE = 20;

    @Inject
    private RequestBudget budget;

    private void requireBudget(AppUser user, LocalDate asOf) {
        if (asOf == null || asOf.equals(today()) || transactions.getTransactionKey() != null) {
            return;
        }
        if (!budget.take(user.getUsername(), "evaluation", asOf, MAX_OTHER_DAYS_PER_MINUTE, Duration.ofMinutes(1),
                clock.millis())) {
            throw new LimitExceededException("slippage.tooManyDays", "At most " + MAX_OTHER_DAYS_PER_MINUTE
                    + " evaluations of other days per minute", MAX_OTHER_DAYS_PER_MINUTE);
        }
    }

    /** Zhengzhou's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The whole evaluation (targets, indicators, every project) for the city government, the
     * administrators and the finance bureau.
     */
    public PortfolioEvaluation evaluate(LocalDate asOf) {
        requireBudget(access.requireAnyRole(Role.CITY_GOV, Role.ADMIN, Role.FINANCE), asOf);
        return whole(asOf);
    }

    /** Project ratings the caller may see: all of them, or a project office's own. */
    public List<ProjectEvaluation> projects(LocalDate asOf) {
        AppUser user = access.requireSignedIn();
        requireBudget(user, asOf);
        PortfolioEvaluation evaluation = whole(asOf);
        String unit = user.isProjectOffice() && user.getLeadUnit() != null ? user.getLeadUnit().getCode() : null;
        return evaluation.projects().stream()
                .filter(p -> !user.isProjectOffice() || (unit != null && unit.equals(p.leadUnitCode())))
                .sorted(Comparator.comparing(ProjectEvaluation::code))
                .toList();
    }

    /** A lead unit's names, for lists that show who leads a project (never its code). */
    public record LeadUnitName(String code, String nameZh, String nameEn) {
    }

    /** Every lead unit's names by code (a few dozen rows). */
    public java.util.Map<String, LeadUnitName> leadUnitNames() {
        access.requireSignedIn();
        return em.createQuery("SELECT NEW " + LeadUnitName.class.getName().replace('$', '.')
                        + "(u.code, u.nameZh, u.nameEn) FROM LeadUnit u", LeadUnitName.class)
                .getResultStream().collect(java.util.stream.Collectors.toMap(LeadUnitName::code, n -> n, (a, b) -> a));
    }

    /**
     * 预计完工 — the project's one forecast finish (rule 2 of the slippage rules, as of today): what the
     * project header, its 进度与偏差 tab, the red/amber list, the REST API and the reports all show.
     */
    public LocalDate forecastFinish(String code) {
        return project(code, today()).forecastFinish();
    }

    /** One project's rating (project page), if the caller may read the project. */
    public ProjectEvaluation project(String code, LocalDate asOf) {
        LeadUnit unit = em.createQuery("SELECT p.leadUnit FROM Project p WHERE p.code.value = :code", LeadUnit.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("project", code));
        access.requireCanRead(code, unit);
        PortfolioEvaluation evaluation = PortfolioEvaluator.evaluate(source.readProject(code),
                asOf == null ? today() : asOf, settings.thresholds(), true);
        return evaluation.project(code).orElseThrow(() -> new UnknownEntityException("project", code));
    }

    /**
     * The whole portfolio's evaluation. Outside a transaction (the cockpit, the API) it comes from the
     * {@link LiveEvaluation}: kept current from the change feed, never stale, one refresh at a time; inside
     * one (snapshots, jobs that write) the caller may see its own uncommitted changes, so it is computed
     * afresh — the full evaluation, which stays the reference.
     */
    private PortfolioEvaluation whole(LocalDate asOf) {
        LocalDate day = asOf == null ? today() : asOf;
        SlippageThresholds thresholds = settings.thresholds();
        if (transactions.getTransactionKey() != null) {
            return PortfolioEvaluator.evaluate(source.readAll(), day, thresholds);
        }
        if (INCREMENTAL) {
            return live.get(day, thresholds);
        }
        return cache.get(new EvaluationCache.Key(day, thresholds), source::fingerprint,
                fingerprint -> PortfolioEvaluator.evaluate(source.readAll(), day, thresholds));
    }
}
