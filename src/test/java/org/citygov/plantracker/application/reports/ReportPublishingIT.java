package org.citygov.plantracker.application.reports;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual report's life: a draft whose narrative CITY_GOV writes (optimistic locking per
 * section), publishing only once every section is written, then frozen — its figures stay as they
 * were when later data changes — and a revision that supersedes it on the public list.
 */
@ExtendWith(ArquillianExtension.class)
class ReportPublishingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportService reports;

    @Inject
    PublicReports publicReports;

    @Test
    void theCityWritesPublishesAndTheReportStaysFrozen() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-" + u, Role.CITY_GOV, null);
        String unit = fixtures.leadUnit("RPT-" + u).getCode();

        RunAs.user(city, Fixtures.PASSWORD, () -> {
            ReportSummary draft = reports.createAnnual(2023, null, "2023年度规划实施报告 " + u, "Annual report 2023 " + u);
            assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
            assertThat(draft.asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
            long id = draft.id();

            ReportView view = reports.view(id);
            assertThat(view.sections()).extracting(ReportView.SectionRow::key)
                    .containsExactly("overview", "achievements", "problems", "nextSteps");
            assertThat(view.content().header().titleZh()).isEqualTo("2023年度规划实施报告 " + u);
            assertThat(view.content().chapters()).isNotEmpty();

            assertThatThrownBy(() -> reports.publish(id, reports.view(id).report().version()))
                    .isInstanceOf(RuleViolation.class)
                    .satisfies(e -> assertThat(((RuleViolation) e).getViolations()).hasSize(4)
                            .allSatisfy(v -> assertThat(v.messageKey()).isEqualTo("report.sectionBlank")));

            long read = view.sections().get(0).version();
            ReportView.SectionRow saved = reports.saveSection(id, "overview", "总体平稳推进 " + u, read);
            assertThat(saved.body()).isEqualTo("总体平稳推进 " + u);
            assertThatThrownBy(() -> reports.saveSection(id, "overview", "someone else's text", read))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(reports.view(id).sections().get(0).body()).isEqualTo("总体平稳推进 " + u);

            for (ReportView.SectionRow s : reports.view(id).sections().subList(1, 4)) {
                reports.saveSection(id, s.key(), "第" + s.key() + "部分 " + u, s.version());
            }
            ReportSummary published = reports.publish(id, reports.view(id).report().version());
            assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);

            assertThatThrownBy(() -> reports.saveSection(id, "overview", "改写", reports.view(id).sections().get(0).version()))
                    .isInstanceOf(RuleViolation.class)
                    .satisfies(e -> assertThat(((RuleViolation) e).getViolations().get(0).messageKey()).isEqualTo("report.frozen"));

            ReportContent frozen = reports.view(id).content();
            assertThat(frozen.sections()).extracting(ReportContent.SectionText::body).contains("总体平稳推进 " + u);
            assertThat(frozen.header().status()).isEqualTo(ReportStatus.PUBLISHED);

            // data changes after publication: the frozen report does not, the live view does
            String project = fixtures.project("P-RPT-" + u, unit, "C1.4", "J04", "C1.4-T9");
            assertThat(reports.view(id).content()).isEqualTo(frozen);
            ReportContent live = reports.followThePlan(ReportRequest.followThePlan(LocalDate.of(2023, 12, 31), 3, null, null));
            assertThat(live.targetLines().stream().flatMap(t -> t.projects().stream()))
                    .extracting(ReportContent.ProjectLine::code).contains(project);
            assertThat(frozen.targetLines().stream().flatMap(t -> t.projects().stream()))
                    .extracting(ReportContent.ProjectLine::code).doesNotContain(project);

            assertThat(publicReports.published()).extracting(PublishedReport::id).contains(id);
            assertThat(publicReports.content(id).sections()).isEqualTo(frozen.sections());

            ReportSummary revision = reports.revise(id);
            assertThat(revision.revision()).isEqualTo(2);
            assertThat(reports.view(revision.id()).sections().get(0).body()).isEqualTo("总体平稳推进 " + u);
            assertThatThrownBy(() -> reports.revise(id)).isInstanceOf(RuleViolation.class);
            assertThat(publicReports.published()).extracting(PublishedReport::id).doesNotContain(revision.id());

            reports.publish(revision.id(), reports.view(revision.id()).report().version());
            assertThat(publicReports.published()).extracting(PublishedReport::id)
                    .contains(revision.id()).doesNotContain(id);
            assertThat(reports.view(id).report().status()).isEqualTo(ReportStatus.SUPERSEDED);
        });
    }

    @Test
    void onlyTheCityGovernmentWritesReportsTheFinanceBureauReadsThemAndOfficesSeeOnlyWhatIsPublished() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-" + u, Role.CITY_GOV, null);
        String finance = fixtures.user("finance-" + u, Role.FINANCE, null);
        String unit = fixtures.leadUnit("RPT-" + u).getCode();
        String office = fixtures.user("office-" + u, Role.PROJECT_OFFICE, unit);

        long id = RunAs.user(city, Fixtures.PASSWORD,
                () -> reports.createMidTerm(LocalDate.of(2023, 6, 30), "中期评估 " + u, null).id());

        RunAs.user(finance, Fixtures.PASSWORD, () -> {
            assertThat(reports.view(id).report().titleZh()).isEqualTo("中期评估 " + u);
            assertThat(reports.list()).extracting(ReportSummary::id).contains(id);
        });
        for (String user : new String[]{finance, office}) {
            RunAs.user(user, Fixtures.PASSWORD, () -> {
                assertThatThrownBy(() -> reports.createAnnual(2023, null, "x", null))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> reports.saveSection(id, "overview", "x", 0))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> reports.publish(id, 0)).isInstanceOf(AccessDeniedException.class);
            });
        }
        RunAs.user(office, Fixtures.PASSWORD, () -> {
            assertThatThrownBy(() -> reports.view(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.followThePlan(ReportRequest.followThePlan(LocalDate.of(2023, 6, 30), null,
                    null, null))).isInstanceOf(AccessDeniedException.class);
            assertThat(publicReports.published()).extracting(PublishedReport::id).doesNotContain(id);
        });
        assertThat(RunAs.user(city, Fixtures.PASSWORD, () -> reports.view(id).sections())).allMatch(s -> s.body() == null);
    }
}
