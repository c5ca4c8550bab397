package org.citygov.plantracker.application.library;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.citygov.plantracker.application.plan.PlanLoader;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionReader;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.LibraryTestData;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Carrying unfinished projects into a newly loaded plan. The "new plan" is the small test
 * definition (ZZ-TEST-1, 2026–2030), loaded inside a transaction that the test rolls back, so the
 * shared test database never holds a second plan.
 */
@ExtendWith(ArquillianExtension.class)
class CarryOverIT {

    static final String NEXT = "ZZ-TEST-1";
    static final String[] FILES = {"plan.yaml", "programs.yaml", "indicators.csv", "jurisdictions.csv", "plan.zh.txt"};

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.app();
        for (String file : FILES) {
            war.addAsResource("plans-test/minimal/" + file);
        }
        return war;
    }

    @Inject
    Fixtures fixtures;

    @Inject
    LibraryTestData data;

    @Inject
    PlanLoader planLoader;

    @Inject
    CarryOvers carryOvers;

    @Inject
    LibraryHistory history;

    @Inject
    LibraryFacts facts;

    @Inject
    UserTransaction tx;

    @Inject
    LibraryRounds rounds;

    @Inject
    LibraryProposals proposals;

    private void loadNextPlan() {
        planLoader.load(new PlanDefinitionReader().readClasspath(getClass().getClassLoader(), "plans-test/minimal"));
    }

    @Test
    void unfinishedProjectsMoveToTheMappedProgramsAndTargetsAndKeepTheirHistory() throws Exception {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("CO-" + u).getCode();
        String city = fixtures.user("co-city-" + u, Role.CITY_GOV, null);
        String office = fixtures.user("co-office-" + u, Role.PROJECT_OFFICE, unit);
        String carried = data.reserveProject("XL-CO-" + u, unit, "C1.4", "J04", "C1.4-T9", "1000000");

        CarryOverRequest unmapped = new CarryOverRequest(LibraryTestData.PLAN, NEXT, Map.of(), Map.of(),
                List.of(carried), null);
        CarryOverRequest mapped = new CarryOverRequest(LibraryTestData.PLAN, NEXT, Map.of("C1.4", "C1.1"),
                Map.of("C1.4-T9", "C1.1-T2"), List.of(carried), "“十五五”结转");
        RunAs.user(office, Fixtures.PASSWORD, () -> assertThatThrownBy(() -> carryOvers.preview(unmapped))
                .isInstanceOf(AccessDeniedException.class));
        // signed in before the transactions: the realm reads users through the same (enlisted) datasource
        SecurityIdentity cityUser = SecurityDomain.getCurrent().authenticate(city,
                new PasswordGuessEvidence(Fixtures.PASSWORD.toCharArray()));

        tx.begin();
        try {
            loadNextPlan();
            assertThatThrownBy(() -> cityUser.runAs((java.util.concurrent.Callable<CarryOverRow>) () -> carryOvers.execute(unmapped)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getViolations())
                            .extracting(RuleViolation.Violation::messageKey)
                            .containsExactly("library.carry.programUnmapped", "library.carry.targetUnmapped"));
        } finally {
            tx.rollback();
        }

        tx.begin();
        try {
            loadNextPlan();
            cityUser.runAs((java.util.concurrent.Callable<Void>) () -> {
                CarryOverPreview preview = carryOvers.preview(unmapped);
                assertThat(preview.projects()).extracting(CarryOverPreview.Item::code).containsExactly(carried);
                assertThat(preview.problems()).extracting(CarryOverPreview.Problem::messageKey)
                        .containsExactly("library.carry.programUnmapped", "library.carry.targetUnmapped");
                assertThat(preview.newPrograms()).extracting(CarryOverPreview.Option::code).contains("C1.1", "C2.1");
                assertThat(carryOvers.preview(mapped).ready()).isTrue();

                CarryOverRow row = carryOvers.execute(mapped);
                assertThat(row.projects()).isEqualTo(1);

                LibraryProjectFacts now = facts.project(carried).orElseThrow();
                assertThat(now.planCode()).isEqualTo(NEXT);
                assertThat(now.programCode()).isEqualTo("C1.1");
                assertThat(now.outputs()).singleElement().satisfies(o -> {
                    assertThat(o.planCode()).isEqualTo(NEXT);
                    assertThat(o.targetCode()).isEqualTo("C1.1-T2");
                });
                ProjectLibraryHistory h = history.of(carried);
                assertThat(h.planCode()).isEqualTo(NEXT);
                assertThat(h.carryOvers()).singleElement().satisfies(c -> {
                    assertThat(c.fromPlan()).isEqualTo(LibraryTestData.PLAN);
                    assertThat(c.fromProgram()).isEqualTo("C1.4");
                    assertThat(c.toProgram()).isEqualTo("C1.1");
                    assertThat(c.targets()).isEqualTo("C1.4-T9 → C1.1-T2");
                });
                assertThat(h.events()).filteredOn(e -> "library.carryOver".equals(e.action()))
                        .extracting(ProjectLibraryHistory.Event::field).contains("program", "target");
                assertThat(carryOvers.preview(unmapped).projects()).as("nothing left to carry").isEmpty();
                return null;
            });
        } finally {
            tx.rollback();
        }
        assertThat(facts.project(carried).orElseThrow().planCode()).isEqualTo(LibraryTestData.PLAN);
    }

    @Test
    void aProjectWithAProposalInPlayIsNotCarriedOver() throws Exception {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("CP-" + u).getCode();
        String city = fixtures.user("cp-city-" + u, Role.CITY_GOV, null);
        String office = fixtures.user("cp-office-" + u, Role.PROJECT_OFFICE, unit);
        String submitted = data.reserveProject("XL-CP-S-" + u, unit, "C1.4", "J04", null, "1000000");
        String approved = data.reserveProject("XL-CP-A-" + u, unit, "C1.4", "J04", null, "1000000");
        String free = data.reserveProject("XL-CP-F-" + u, unit, "C1.4", "J04", null, "1000000");
        String round = "RC-" + u;
        RunAs.user(city, Fixtures.PASSWORD, () -> rounds.open(new RoundOpening(round, "结转测试 " + u, null, 2026,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10), null)));
        Long approvedId = RunAs.user(office, Fixtures.PASSWORD, () -> {
            proposals.submit(ProposalDraft.stageChange(round, org.citygov.plantracker.domain.model.library.ProposalKind.WITHDRAW,
                    submitted, "不再建设"));
            return proposals.submit(ProposalDraft.stageChange(round,
                    org.citygov.plantracker.domain.model.library.ProposalKind.WITHDRAW, approved, "不再建设")).id();
        });
        RunAs.user(city, Fixtures.PASSWORD, () -> proposals.decide(approvedId, proposals.detail(approvedId).version(),
                org.citygov.plantracker.domain.model.library.ReviewDecision.APPROVE, null));
        CarryOverRequest request = new CarryOverRequest(LibraryTestData.PLAN, NEXT, Map.of("C1.4", "C1.1"), Map.of(),
                List.of(submitted, approved, free), null);
        SecurityIdentity cityUser = SecurityDomain.getCurrent().authenticate(city,
                new PasswordGuessEvidence(Fixtures.PASSWORD.toCharArray()));

        tx.begin();
        try {
            loadNextPlan();
            cityUser.runAs((java.util.concurrent.Callable<Void>) () -> {
                CarryOverPreview preview = carryOvers.preview(request);
                assertThat(preview.ready()).isFalse();
                assertThat(preview.problems()).extracting(CarryOverPreview.Problem::messageKey)
                        .containsExactly("library.carry.proposalInPlay", "library.carry.proposalInPlay");
                assertThatThrownBy(() -> carryOvers.execute(request)).isInstanceOfSatisfying(RuleViolation.class,
                        v -> {
                            assertThat(v.getViolations()).extracting(RuleViolation.Violation::messageKey)
                                    .containsExactly("library.carry.proposalInPlay", "library.carry.proposalInPlay");
                            assertThat(v.getViolations()).extracting(x -> x.arguments()[0])
                                    .containsExactlyInAnyOrder(submitted, approved);
                        });
                return null;
            });
        } finally {
            tx.rollback();
        }
        assertThat(facts.project(free).orElseThrow().planCode()).isEqualTo(LibraryTestData.PLAN);
    }
}
