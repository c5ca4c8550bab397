package org.citygov.plantracker.application.project;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project office reads and changes only its own lead unit's projects — enforced in the service layer. */
@ExtendWith(ArquillianExtension.class)
class ProjectAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ProjectQueries queries;

    @Inject
    Access access;

    @Test
    void anOfficeSeesOnlyItsOwnUnitsProjects() {
        String u = Fixtures.unique();
        LeadUnit mine = fixtures.leadUnit("MINE-" + u);
        LeadUnit theirs = fixtures.leadUnit("THEIRS-" + u);
        String me = fixtures.user("office-mine-" + u, Role.PROJECT_OFFICE, mine.getCode());
        fixtures.user("office-theirs-" + u, Role.PROJECT_OFFICE, theirs.getCode());
        String myProject = fixtures.project("P-MINE-" + u, mine.getCode(), "C1.4", "J04", "C1.4-T9");
        String theirProject = fixtures.project("P-THEIRS-" + u, theirs.getCode(), "C1.4", "J04", null);

        RunAs.user(me, Fixtures.PASSWORD, () -> {
            assertThat(queries.detail(myProject).milestones()).hasSize(3);
            assertThatThrownBy(() -> queries.detail(theirProject))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining(theirProject);
            Page<ProjectSummary> all = queries.search(new ProjectFilter(null, null, null, null, u, null), 0, 50, "code", true);
            assertThat(all.rows()).extracting(ProjectSummary::code).containsExactly(myProject);
            assertThat(all.total()).isEqualTo(1);
        });
    }

    @Test
    void anOfficeMayNotChangeAnotherUnitsProjectButTheCityMay() {
        String u = Fixtures.unique();
        LeadUnit mine = fixtures.leadUnit("MINE-" + u);
        LeadUnit theirs = fixtures.leadUnit("THEIRS-" + u);
        String me = fixtures.user("office-" + u, Role.PROJECT_OFFICE, mine.getCode());
        String city = fixtures.user("city-" + u, Role.CITY_GOV, null);
        String finance = fixtures.user("finance-" + u, Role.FINANCE, null);

        RunAs.user(me, Fixtures.PASSWORD, () -> {
            access.requireCanEdit("P-OWN", mine);
            assertThatThrownBy(() -> access.requireCanEdit("P-OTHER", theirs))
                    .isInstanceOf(AccessDeniedException.class)
                    .extracting(e -> ((AccessDeniedException) e).getMessageKey()).isEqualTo("access.otherUnit");
        });
        RunAs.user(city, Fixtures.PASSWORD, () -> access.requireCanEdit("P-OTHER", theirs));
        RunAs.user(finance, Fixtures.PASSWORD, () -> assertThatThrownBy(() -> access.requireCanEdit("P-OTHER", theirs))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theCityFiltersTheWholePortfolioByDistrict() {
        String u = Fixtures.unique();
        LeadUnit unit = fixtures.leadUnit("U-" + u);
        String city = fixtures.user("city2-" + u, Role.CITY_GOV, null);
        String inJinshui = fixtures.project("P-J04-" + u, unit.getCode(), "C1.4", "J04", null);
        fixtures.project("P-J01-" + u, unit.getCode(), "C1.4", "J01", null);

        RunAs.user(city, Fixtures.PASSWORD, () -> {
            Page<ProjectSummary> jinshui = queries.search(new ProjectFilter("C1.4", "J04", null, null, u, null), 0, 10, "code", true);
            assertThat(jinshui.rows()).extracting(ProjectSummary::code).containsExactly(inJinshui);
            assertThat(jinshui.rows().get(0).districtCode()).isEqualTo("J04");
            assertThat(queries.search(new ProjectFilter(null, null, null, null, u, null), 0, 10, "code", true).total()).isEqualTo(2);
        });
    }
}
