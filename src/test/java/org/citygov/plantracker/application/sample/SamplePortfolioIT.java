package org.citygov.plantracker.application.sample;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.project.Page;
import org.citygov.plantracker.application.project.ProjectFilter;
import org.citygov.plantracker.application.project.ProjectQueries;
import org.citygov.plantracker.application.project.ProjectSummary;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioReader;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample (示例) portfolio that demo mode loads at start-up (the test server runs with
 * -Dplantracker.demo=true): present, shaped as the plan requires, flagged and named as sample
 * throughout, consistent with the domain's stage rules, loaded only once, with working demo users.
 * Reads only sample data, so the data other tests make does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class SamplePortfolioIT {

    private static final String PASSWORD = "demo123";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SamplePortfolio sample;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectQueries queries;

    private List<Project> sampleProjects() {
        return em.createQuery("SELECT p FROM Project p WHERE p.sample = TRUE ORDER BY p.code.value", Project.class)
                .getResultList();
    }

    private List<ProjectOutput> sampleOutputsToward(String target) {
        return em.createQuery("SELECT o FROM ProjectOutput o WHERE o.target.code = :t AND o.project.sample = TRUE",
                ProjectOutput.class).setParameter("t", target).getResultList();
    }

    private static Jurisdiction districtOf(Jurisdiction unit) {
        Jurisdiction j = unit;
        while (j.getLevel() != JurisdictionLevel.DISTRICT) {
            j = j.getParent().orElseThrow();
        }
        return j;
    }

    private List<String> districtCodes() {
        return em.createQuery("SELECT j.code FROM Jurisdiction j WHERE j.level = :l ORDER BY j.code", String.class)
                .setParameter("l", JurisdictionLevel.DISTRICT).getResultList();
    }

    @Test
    void theSampleIsLoadedAtStartUpInDemoMode() {
        assertThat(sampleProjects()).hasSizeBetween(100, 150);
        assertThat(em.createQuery("SELECT COUNT(u) FROM LeadUnit u WHERE u.sample = TRUE", Long.class)
                .getSingleResult()).isGreaterThanOrEqualTo(7);
        assertThat(em.createQuery("SELECT COUNT(j) FROM Jurisdiction j WHERE j.sample = TRUE AND j.level IN :levels",
                        Long.class)
                .setParameter("levels", List.of(JurisdictionLevel.STREET, JurisdictionLevel.TOWNSHIP,
                        JurisdictionLevel.COMMUNITY)).getSingleResult()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void resettlementLotsAddUpToExactlyFiftyFiveMillionSquareMetres() {
        BigDecimal area = sampleOutputsToward("CH9-T01").stream().map(ProjectOutput::getPlannedQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(area).isEqualByComparingTo("55000000");
        assertThat(sampleOutputsToward("CH9-T01")).allMatch(o -> o.getProject().getStage() != Stage.WITHDRAWN);
    }

    @Test
    void twentyHighSchoolStageSchoolsSixteenGeneralAndFourVocational() {
        Map<String, Long> byType = sampleOutputsToward("C2.1-T5").stream()
                .collect(Collectors.groupingBy(ProjectOutput::getDescription, Collectors.counting()));
        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of("普通高中", 16L, "中等职业学校", 4L));
    }

    @Test
    void theThreeNamedCountyHospitals() {
        assertThat(sampleOutputsToward("C4.4-T6")).extracting(o -> o.getProject().getNameZh())
                .hasSize(3)
                .anyMatch(n -> n.contains("登封市中医院"))
                .anyMatch(n -> n.contains("新密市公立综合医院"))
                .anyMatch(n -> n.contains("新郑市公立中医院"));
    }

    @Test
    void oneEmergencyDepotAndOneSportsParkInEachDistrict() {
        List<String> districts = districtCodes();
        assertThat(districts).hasSize(16);
        assertThat(sampleOutputsToward("C6.5-T2")).extracting(o -> districtOf(o.getJurisdiction()).getCode())
                .containsExactlyInAnyOrderElementsOf(districts);
        assertThat(sampleOutputsToward("C9.3-T1")).extracting(o -> districtOf(o.getJurisdiction()).getCode())
                .containsExactlyInAnyOrderElementsOf(districts);
        assertThat(sampleOutputsToward("C8.1-T2")).singleElement()
                .satisfies(o -> assertThat(o.getProject().getNameZh()).contains("郑州烈士陵园中原英烈纪念馆"));
    }

    @Test
    void everythingSampleIsFlaggedAndEverySampleProjectIsNamedAsSample() {
        List<Project> projects = sampleProjects();
        assertThat(projects).allSatisfy(p -> {
            assertThat(p.getNameZh()).startsWith("【示例】");
            assertThat(p.getNameEn()).startsWith("[Sample] ");
            assertThat(p.getLeadUnit().isSample()).isTrue();
        });
        assertThat(em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.sample = FALSE AND "
                        + "(p.nameZh LIKE '【示例】%' OR p.leadUnit.sample = TRUE)", Long.class).getSingleResult())
                .isZero();
        List<String> samplePlaces = new SamplePortfolioReader().readBundled().places().stream()
                .map(SamplePortfolioDefinition.PlaceDef::code).toList();
        assertThat(em.createQuery("SELECT j FROM Jurisdiction j WHERE j.code IN :codes", Jurisdiction.class)
                .setParameter("codes", samplePlaces).getResultList())
                .hasSize(samplePlaces.size()).allMatch(Jurisdiction::isSample);
        List<Object[]> populations = em.createQuery(
                "SELECT p.jurisdiction.level, p.fiscalYear, p.source FROM Population p WHERE p.sample = TRUE",
                Object[].class).getResultList();
        assertThat(populations).allMatch(r -> ((String) r[2]).contains("示例数据"));
        assertThat(populations).filteredOn(r -> r[0] == JurisdictionLevel.DISTRICT)
                .hasSize(16 * 5)
                .allMatch(r -> (int) r[1] >= 2021 && (int) r[1] <= 2025);
        assertThat(populations).filteredOn(r -> r[0] != JurisdictionLevel.DISTRICT).hasSize(samplePlaces.size() * 5);
    }

    @Test
    void stagesFollowTheDomainRulesAndTheMixHasEveryCase() {
        List<Project> projects = sampleProjects();
        for (Project p : projects) {
            if (p.getStage().isFinished()) {
                assertThat(p.getMilestones()).as(p.getCode().value())
                        .filteredOn(m -> m.getKind() != MilestoneKind.OPERATION).allMatch(Milestone::isDone);
                assertThat(p.getOutputs()).as(p.getCode().value()).allMatch(ProjectOutput::isConfirmed);
            }
            if (p.getStage() == Stage.IN_USE) {
                assertThat(p.getMilestones()).as(p.getCode().value()).allMatch(Milestone::isDone);
            }
            if (p.getStage().isUnderConstruction()) {
                assertThat(p.getMilestones()).as(p.getCode().value())
                        .filteredOn(m -> m.getKind() == MilestoneKind.PREPARATION).allMatch(Milestone::isDone);
            }
            assertThat(p.getMilestones()).as(p.getCode().value())
                    .filteredOn(Milestone::isDone).allMatch(m -> !m.getActual().isBefore(p.getPlannedStart()));
        }
        Map<Stage, Long> byStage = projects.stream().collect(Collectors.groupingBy(Project::getStage, Collectors.counting()));
        assertThat(byStage.keySet()).contains(Stage.RESERVE, Stage.PREPARATION, Stage.NEW_START, Stage.CONTINUING,
                Stage.COMPLETED, Stage.IN_USE, Stage.WITHDRAWN);
        assertThat(projects).filteredOn(p -> p.getStage() == Stage.WITHDRAWN)
                .allSatisfy(p -> assertThat(p.getWithdrawalReason()).isNotBlank());
        // a few re-baselined: the current baseline moved, the original stayed
        assertThat(projects).filteredOn(p -> p.getMilestones().stream()
                .anyMatch(m -> !m.getBaseline().equals(m.getOriginalBaseline()))).hasSizeGreaterThanOrEqualTo(3);
        // funding: some approved and partly paid, some requested and waiting for review
        List<Object[]> lines = em.createQuery("SELECT l.status, COUNT(l) FROM FundingLine l WHERE l.project.sample = TRUE "
                + "GROUP BY l.status", Object[].class).getResultList();
        assertThat(lines).extracting(r -> r[0].toString()).contains("APPROVED", "REQUESTED");
        assertThat(em.createQuery("SELECT COUNT(l) FROM FundingLine l WHERE l.project.sample = TRUE "
                + "AND l.disbursed > 0 AND l.disbursed < l.approved", Long.class).getSingleResult()).isPositive();
    }

    @Test
    void loadingAgainChangesNothing() {
        List<Long> before = snapshot();

        SampleLoadResult again = sample.loadIfAbsent();

        assertThat(again).isEqualTo(SampleLoadResult.NONE);
        assertThat(again.changedAnything()).isFalse();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Counts and version sums of everything sample, so any insert or update would show. */
    private List<Long> snapshot() {
        em.clear();
        return List.of(
                em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.sample = TRUE", Long.class).getSingleResult(),
                ((Number) em.createQuery("SELECT COALESCE(SUM(p.version), 0) FROM Project p WHERE p.sample = TRUE").getSingleResult()).longValue(),
                em.createQuery("SELECT COUNT(m) FROM Milestone m WHERE m.project.sample = TRUE", Long.class).getSingleResult(),
                ((Number) em.createQuery("SELECT COALESCE(SUM(m.version), 0) FROM Milestone m WHERE m.project.sample = TRUE").getSingleResult()).longValue(),
                em.createQuery("SELECT COUNT(o) FROM ProjectOutput o WHERE o.project.sample = TRUE", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(l) FROM FundingLine l WHERE l.project.sample = TRUE", Long.class).getSingleResult(),
                ((Number) em.createQuery("SELECT COALESCE(SUM(l.version), 0) FROM FundingLine l WHERE l.project.sample = TRUE").getSingleResult()).longValue(),
                em.createQuery("SELECT COUNT(u) FROM LeadUnit u WHERE u.sample = TRUE", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.sample = TRUE", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(j) FROM Jurisdiction j WHERE j.sample = TRUE", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(p) FROM Population p WHERE p.sample = TRUE", Long.class).getSingleResult());
    }

    @Test
    void theDemoUsersSignInWithTheirRoles() {
        assertThat(RunAs.user("city", PASSWORD, () -> currentUser.hasRole(Role.CITY_GOV))).isTrue();
        assertThat(RunAs.user("finance", PASSWORD, () -> currentUser.hasRole(Role.FINANCE))).isTrue();
        assertThat(RunAs.user("admin", PASSWORD, () -> currentUser.hasRole(Role.ADMIN))).isTrue();
        assertThat(sample.demoUsers()).extracting(DemoUser::username)
                .startsWith("city", "finance", "admin")
                .contains("office-housing", "office-education", "office-health", "office-sports", "office-emergency",
                        "office-veterans", "office-childcare");
        for (DemoUser office : sample.demoUsers()) {
            if (office.roles().contains(Role.PROJECT_OFFICE.name())) {
                assertThat(office.leadUnitZh()).as(office.username()).isNotBlank();
                assertThat(RunAs.user(office.username(), PASSWORD, () -> currentUser.confinedToLeadUnit().isPresent()))
                        .as(office.username()).isTrue();
            }
        }
    }

    @Test
    void anOfficeUserSeesOnlyItsOwnSampleProjects() {
        Page<ProjectSummary> housing = RunAs.user("office-housing", PASSWORD,
                () -> queries.search(ProjectFilter.none(), 0, 500, "code", true));
        assertThat(housing.rows()).isNotEmpty().allMatch(p -> p.leadUnitCode().equals("SMP-HOUSING"));
        Page<ProjectSummary> city = RunAs.user("city", PASSWORD,
                () -> queries.search(ProjectFilter.none(), 0, 500, "code", true));
        assertThat(city.total()).isGreaterThan(housing.total());
    }
}
