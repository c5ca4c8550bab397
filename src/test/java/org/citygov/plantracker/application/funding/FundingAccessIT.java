package org.citygov.plantracker.application.funding;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.funding.FundingCommands.Decision;
import org.citygov.plantracker.application.funding.FundingFixtures.World;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may do what with money; every refusal changes nothing. */
@ExtendWith(ArquillianExtension.class)
class FundingAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(FundingFixtures.class);
    }

    private static final String PW = FundingFixtures.PASSWORD;

    @Inject
    FundingFixtures fixtures;

    @Inject
    FundingWorkflow workflow;

    @Inject
    FundingQueries queries;

    @Inject
    FundingDashboard dashboard;

    @Inject
    FundingCatalogue catalogue;

    @Inject
    MoneyVsWorksSettings settings;

    @Inject
    Access access;

    @PersistenceContext
    EntityManager em;

    private long auditCount(String projectCode) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.projectCode = :c", Long.class)
                .setParameter("c", projectCode).getSingleResult();
    }

    @Test
    void anOfficeCannotApproveRejectReturnOrDisburse() {
        World w = fixtures.world("5000000");
        Long lineId = RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2024, new BigDecimal("1000000"), null)));
        long version = RunAs.user(w.office(), PW, () -> queries.line(lineId)).version();
        long audits = auditCount(w.project());

        for (Decision decision : Decision.values()) {
            assertThatThrownBy(() -> RunAs.user(w.office(), PW, () -> workflow.review(lineId,
                    new FundingCommands.Review(version, decision, new BigDecimal("1000000"), "自己批准"))))
                    .isInstanceOf(AccessDeniedException.class)
                    .satisfies(e -> assertThat(((AccessDeniedException) e).getMessageKey()).isEqualTo("access.role"));
        }
        // the city government reads everything but does not decide on money either
        assertThatThrownBy(() -> RunAs.user(w.city(), PW, () -> workflow.review(lineId,
                new FundingCommands.Review(version, Decision.APPROVE, new BigDecimal("1"), null))))
                .isInstanceOf(AccessDeniedException.class);

        LineView line = RunAs.user(w.finance(), PW, () -> queries.line(lineId));
        assertThat(line.status()).isEqualTo(FundingLineStatus.REQUESTED);
        assertThat(line.approved()).isNull();
        assertThat(line.version()).isEqualTo(version);
        assertThat(auditCount(w.project())).isEqualTo(audits);

        RunAs.user(w.finance(), PW, () -> workflow.review(lineId,
                new FundingCommands.Review(version, Decision.APPROVE, new BigDecimal("1000000"), "同意")));
        long approvedVersion = RunAs.user(w.finance(), PW, () -> queries.line(lineId)).version();
        assertThatThrownBy(() -> RunAs.user(w.office(), PW, () -> workflow.disburse(lineId, new FundingCommands.Payment(
                approvedVersion, LocalDate.now(ZoneId.of("Asia/Shanghai")), new BigDecimal("10"), "V", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user(w.finance(), PW, () -> queries.line(lineId)).ledger()).isEmpty();
    }

    @Test
    void financeCannotEditMilestonesNorRequestMoney() {
        World w = fixtures.world("5000000");
        Project before = project(w.project());
        // the application layer's edit check, which every milestone update goes through
        assertThatThrownBy(() -> RunAs.user(w.finance(), PW, () -> access.requireCanEdit(w.project(),
                before.getLeadUnit())))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).getMessageKey())
                        .isEqualTo("access.cannotEditProject"));
        Milestone milestone = project(w.project()).getMilestones().get(0);
        assertThat(milestone.getPercentComplete()).isEqualByComparingTo("0");
        assertThat(milestone.getVersion()).isEqualTo(before.getMilestones().get(0).getVersion());

        assertThatThrownBy(() -> RunAs.user(w.finance(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2024, new BigDecimal("1"), null))))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).getMessageKey())
                        .isEqualTo("funding.access.requestByOffice"));
        assertThat(RunAs.user(w.finance(), PW, () -> queries.project(w.project())).lines()).isEmpty();
    }

    @Test
    void anOfficeSeesAndAsksOnlyForItsOwnUnitsProjects() {
        World w = fixtures.world("5000000");
        assertThatThrownBy(() -> RunAs.user(w.otherOffice(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2024, new BigDecimal("1"), null))))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).getMessageKey()).isEqualTo("access.otherUnit"));
        assertThatThrownBy(() -> RunAs.user(w.otherOffice(), PW, () -> queries.project(w.project())))
                .isInstanceOf(AccessDeniedException.class);
        Long lineId = RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request("CENTRAL_BUDGET", 2024, new BigDecimal("1"), null)));
        assertThatThrownBy(() -> RunAs.user(w.otherOffice(), PW, () -> queries.line(lineId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user(w.otherOffice(), PW, () -> queries.myLines(null)))
                .extracting(LineRow::projectCode).doesNotContain(w.project());
        // the portfolio views are not for offices
        assertThatThrownBy(() -> RunAs.user(w.office(), PW, () -> dashboard.portfolio(null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(w.office(), PW, () -> queries.reviewQueue(null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCatalogueIsKeptByFinanceAndAdministratorsOnly() {
        World w = fixtures.world("100");
        String code = "TEST_" + w.tag().toUpperCase();
        SourceView.Form form = new SourceView.Form(code, "测试来源", "Test source", false, 900, true,
                List.of(Category.HEALTH), null);
        assertThatThrownBy(() -> RunAs.user(w.office(), PW, () -> catalogue.add(form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(w.city(), PW, () -> catalogue.add(form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user(w.office(), PW, () -> catalogue.sources(false))).extracting(SourceView::code)
                .doesNotContain(code).contains("CENTRAL_BUDGET", "SPECIAL_BOND", "SOCIAL_CAPITAL", "OTHER");

        SourceView added = RunAs.user(w.admin(), PW, () -> catalogue.add(form));
        assertThat(added.allowedCategories()).containsExactly(Category.HEALTH);
        SourceView changed = RunAs.user(w.finance(), PW, () -> catalogue.change(new SourceView.Form(code,
                "测试来源（改）", "Test source (changed)", true, 901, false, List.of(), added.version())));
        assertThat(changed.government()).isTrue();
        assertThat(changed.active()).isFalse();
        assertThat(changed.anyCategory()).isTrue();
        assertThat(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'FundingSource' "
                + "AND a.action = 'funding.source.change' AND a.username = :u", Long.class)
                .setParameter("u", w.finance()).getSingleResult()).isGreaterThanOrEqualTo(5);
        // a retired source takes no new requests
        assertThatThrownBy(() -> RunAs.user(w.office(), PW, () -> workflow.request(w.project(),
                new FundingCommands.Request(code, 2024, new BigDecimal("1"), null))))
                .satisfies(e -> assertThat(e.getMessage()).contains("takes no new requests"));
    }

    @Test
    void onlyFinanceSetsTheThresholds() {
        World w = fixtures.world("100");
        MoneyVsWorksSettings.View current = RunAs.user(w.city(), PW, () -> settings.current());
        assertThatThrownBy(() -> RunAs.user(w.city(), PW, () -> settings.change(current.version(),
                new BigDecimal("10"), new BigDecimal("40"), 2, new BigDecimal("3"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(w.admin(), PW, () -> settings.change(current.version(),
                new BigDecimal("10"), new BigDecimal("40"), 2, new BigDecimal("3"))))
                .isInstanceOf(AccessDeniedException.class);
        MoneyVsWorksSettings.View changed = RunAs.user(w.finance(), PW, () -> settings.change(current.version(),
                current.aheadPoints().add(BigDecimal.ONE), current.idlePercent(), current.stalledMonths(),
                current.stalledGainPoints()));
        assertThat(changed.aheadPoints()).isEqualByComparingTo(current.aheadPoints().add(BigDecimal.ONE));
        assertThat(changed.updatedBy()).isEqualTo(w.finance());
        // put it back for the other tests
        RunAs.user(w.finance(), PW, () -> settings.change(changed.version(), current.aheadPoints(),
                current.idlePercent(), current.stalledMonths(), current.stalledGainPoints()));
        assertThat(em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'funding.thresholds.change' "
                + "AND a.username = :u AND a.fieldName = 'aheadPoints'", Long.class)
                .setParameter("u", w.finance()).getSingleResult()).isEqualTo(2);
    }

    private Project project(String code) {
        em.clear();
        Project p = em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", code).getSingleResult();
        p.getMilestones().size();
        return p;
    }
}
