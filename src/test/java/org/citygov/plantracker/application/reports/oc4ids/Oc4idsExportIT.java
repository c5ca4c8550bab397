package org.citygov.plantracker.application.reports.oc4ids;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.offices.RebaselineDecision;
import org.citygov.plantracker.application.offices.RebaselineProposal;
import org.citygov.plantracker.application.offices.RebaselineView;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.citygov.plantracker.application.project.ProjectDetail;
import org.citygov.plantracker.application.project.ProjectQueries;
import org.citygov.plantracker.application.reports.JobRequest;
import org.citygov.plantracker.application.reports.JobView;
import org.citygov.plantracker.application.reports.ReportJobs;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.LocalHttp;
import org.citygov.plantracker.test.Oc4idsSchema;
import org.citygov.plantracker.test.ReportData;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OC4IDS export of projects made here validates against the standard's schema (a JSON-schema
 * validator, not hand checks) through the service, the streamed REST endpoint and a background job;
 * it maps their stages, funding and milestones; and an office exports only its own projects.
 */
@ExtendWith(ArquillianExtension.class)
class Oc4idsExportIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.app().addAsLibraries(Deployments.jarOf(JsonSchemaFactory.class),
                Deployments.jarOf(ITU.class));
        for (String file : List.of("project-package-schema.json", "project-schema.json", "codelists/projectStatus.csv",
                "codelists/projectSector.csv", "codelists/milestoneType.csv", "codelists/policyAlignment.csv")) {
            war.addAsResource("oc4ids/" + file);
        }
        return war;
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportData data;

    @Inject
    Oc4idsExport export;

    @Inject
    ReportJobs jobs;

    record Scenario(String unit, String office, String active, String withdrawn, String started, String reason) {
    }

    @Inject
    Rebaselining rebaselining;

    @Inject
    ProjectQueries projects;

    /**
     * Three projects of a new lead unit: one funded and re-baselined (construction and completion
     * moved, approved by the city), one withdrawn, one with its first milestone met.
     */
    Scenario scenario() {
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("OC-" + u).getCode();
        String office = fixtures.user("office-oc-" + u, Role.PROJECT_OFFICE, unit);
        String active = fixtures.project("P-OC-A-" + u, unit, "C1.4", "J04", "C1.4-T9");
        String withdrawn = fixtures.project("P-OC-W-" + u, unit, "C1.4", "J04", null);
        String started = fixtures.project("P-OC-S-" + u, unit, "C2.1", "J04", null);
        data.fundingLine(active, "OC_CENTRAL_" + u.toUpperCase(), 2023, "3000000", "2500000", "1000000");
        data.fundingLine(active, "OC_CITY_" + u.toUpperCase(), 2024, "2000000", null, null);
        data.moveTo(withdrawn, Stage.WITHDRAWN, "选址调整，项目调出 " + u);
        data.progress(started, 1, "100", null, LocalDate.of(2023, 3, 20), "前期手续已办结", LocalDate.now(ZoneId.of("Asia/Shanghai")));

        String reason = "征地拆迁未完成，主体施工顺延 " + u;
        String city = fixtures.user("city-rb-" + u, Role.CITY_GOV, null);
        RebaselineView request = RunAs.user(office, Fixtures.PASSWORD, () -> {
            List<ProjectDetail.MilestoneRow> milestones = projects.detail(active).milestones();
            return rebaselining.request(new RebaselineProposal(active, reason, List.of(
                    new RebaselineProposal.ProposedDate(milestones.get(1).id(), LocalDate.of(2024, 9, 30)),
                    new RebaselineProposal.ProposedDate(milestones.get(2).id(), LocalDate.of(2025, 3, 31)))));
        });
        RunAs.user(city, Fixtures.PASSWORD, () -> rebaselining.decide(
                new RebaselineDecision(active, request.id(), request.version(), true, "同意调整")));
        return new Scenario(unit, office, active, withdrawn, started, reason);
    }

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode project(JsonNode pkg, String code) {
        for (JsonNode p : pkg.get("projects")) {
            if (p.at("/identifiers/0/id").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("No project " + code + " in the package");
    }

    static List<String> codes(JsonNode pkg) {
        List<String> codes = new ArrayList<>();
        pkg.get("projects").forEach(p -> codes.add(p.at("/identifiers/0/id").asText()));
        return codes;
    }

    @Test
    void anOfficesPackageValidatesAndCarriesItsProjects() {
        Scenario s = scenario();

        JsonNode pkg = RunAs.user(s.office(), Fixtures.PASSWORD, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Oc4idsFilter filter = export.authorize(Oc4idsFilter.all());
            assertThat(export.count(filter)).isEqualTo(3);
            export.write(filter, LocalHttp.app() + "api/v1/oc4ids", out, p -> { });
            return parse(out.toByteArray());
        });

        assertThat(Oc4idsSchema.validate(pkg)).isEmpty();
        assertThat(codes(pkg)).containsExactlyInAnyOrder(s.active(), s.withdrawn(), s.started());
        JsonNode active = project(pkg, s.active());
        assertThat(active.get("status").asText()).isEqualTo("implementation");
        assertThat(active.at("/budget/amount/amount").decimalValue()).isEqualByComparingTo("10000000");
        assertThat(active.at("/budget/budgetBreakdowns/0/budgetBreakdown")).hasSize(2);
        assertThat(active.at("/budget/budgetBreakdowns/0/budgetBreakdown/0/amount/amount").decimalValue())
                .isEqualByComparingTo("2500000");
        assertThat(active.at("/metrics/1/observations/0/value/amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(active.get("transactions")).hasSize(1);
        assertThat(active.at("/transactions/0/date").asText()).isEqualTo("2023-05-05T00:00:00+08:00");
        assertThat(active.at("/transactions/0/value/amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(active.toString()).doesNotContain("V-OC_CENTRAL");
        assertThat(active.at("/policyAlignment/description").asText()).contains("C1.4", "C1.4-T9");
        assertThat(active.get("milestones")).hasSize(3);
        assertThat(active.at("/milestones/0/dueDate").asText()).isEqualTo("2023-03-31T00:00:00+08:00");
        assertThat(active.at("/milestones/2/dueDate").asText()).isEqualTo("2025-03-31T00:00:00+08:00");
        assertThat(active.at("/milestones/2/description").asText()).contains("原定 2024-12-31");
        JsonNode modification = active.at("/contractingProcesses/0/summary/modifications/0");
        assertThat(modification.get("type").asText()).isEqualTo("duration");
        assertThat(modification.get("rationale").asText()).isEqualTo(s.reason());
        assertThat(modification.get("description").asText()).contains("主体施工 2024-06-30 → 2024-09-30",
                "竣工验收 2024-12-31 → 2025-03-31");
        assertThat(modification.at("/oldContractPeriod/endDate").asText()).isEqualTo("2024-12-31T00:00:00+08:00");
        assertThat(modification.at("/newContractPeriod/endDate").asText()).isEqualTo("2025-03-31T00:00:00+08:00");
        assertThat(project(pkg, s.started()).has("contractingProcesses")).isFalse();
        JsonNode withdrawn = project(pkg, s.withdrawn());
        assertThat(withdrawn.get("status").asText()).isEqualTo("cancelled");
        assertThat(withdrawn.at("/completion/finalScopeDetails").asText()).startsWith("选址调整，项目调出");
        JsonNode started = project(pkg, s.started());
        assertThat(started.at("/milestones/0/status").asText()).isEqualTo("met");
        assertThat(started.at("/milestones/0/dateMet").asText()).isEqualTo("2023-03-20T00:00:00+08:00");
        assertThat(started.get("sector").get(0).asText()).isEqualTo("health");
    }

    @Test
    void theRestEndpointStreamsAValidPackageToSignedInUsersOnly() {
        Scenario s = scenario();

        HttpResponse<byte[]> office = LocalHttp.get("api/v1/oc4ids", s.office(), Fixtures.PASSWORD);
        assertThat(office.statusCode()).isEqualTo(200);
        JsonNode pkg = parse(office.body());
        assertThat(Oc4idsSchema.validate(pkg)).isEmpty();
        assertThat(codes(pkg)).containsExactlyInAnyOrder(s.active(), s.withdrawn(), s.started());
        assertThat(pkg.get("uri").asText()).endsWith("/plantracker/api/v1/oc4ids");

        String city = fixtures.user("city-oc-" + Fixtures.unique(), Role.CITY_GOV, null);
        JsonNode cancelled = parse(LocalHttp.get("api/v1/oc4ids?jurisdiction=J04&program=C1.4&stage=withdrawn",
                city, Fixtures.PASSWORD).body());
        assertThat(Oc4idsSchema.validate(cancelled)).isEmpty();
        assertThat(codes(cancelled)).contains(s.withdrawn()).doesNotContain(s.active(), s.started());
        cancelled.get("projects").forEach(p -> assertThat(p.get("status").asText()).isEqualTo("cancelled"));

        assertThat(LocalHttp.get("api/v1/oc4ids", null, null).statusCode()).isEqualTo(401);
        assertThat(LocalHttp.get("api/v1/oc4ids?program=NO-SUCH", city, Fixtures.PASSWORD).statusCode()).isEqualTo(400);
    }

    @Test
    void aBackgroundJobMakesTheSamePackageAndAnOfficeWithoutProjectsGetsNone() {
        Scenario s = scenario();

        RunAs.user(s.office(), Fixtures.PASSWORD, () -> {
            JobView job = jobs.submit(JobRequest.oc4ids(Oc4idsFilter.all(), LocalHttp.app() + "api/v1/oc4ids"));
            long until = System.currentTimeMillis() + 120_000;
            while (job.isRunning() && System.currentTimeMillis() < until) {
                Thread.sleep(200);
                job = jobs.status(job.id());
            }
            assertThat(job.status()).as(job.failureText()).isEqualTo(JobStatus.DONE);
            JsonNode pkg = parse(Files.readAllBytes(jobs.file(job.id()).path()));
            assertThat(Oc4idsSchema.validate(pkg)).isEmpty();
            assertThat(codes(pkg)).containsExactlyInAnyOrder(s.active(), s.withdrawn(), s.started());
            return null;
        });

        String empty = fixtures.user("office-empty-" + Fixtures.unique(), Role.PROJECT_OFFICE,
                fixtures.leadUnit("OC-EMPTY-" + Fixtures.unique()).getCode());
        RunAs.user(empty, Fixtures.PASSWORD, () -> assertThatThrownBy(() ->
                jobs.submit(JobRequest.oc4ids(Oc4idsFilter.all(), LocalHttp.app() + "api/v1/oc4ids")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("No project"));
    }
}
