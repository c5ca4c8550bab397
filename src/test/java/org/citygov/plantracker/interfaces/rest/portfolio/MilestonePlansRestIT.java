package org.citygov.plantracker.interfaces.rest.portfolio;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.citygov.plantracker.application.offices.OfficesFixture;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.InContainerApi;
import org.citygov.plantracker.test.InContainerApi.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;
import static org.citygov.plantracker.application.offices.OfficesFixture.TODAY;

/**
 * Milestone plans over REST (issue 13): editing a 储备/前期 project's plan, 409 on a stale version,
 * 403 for another unit's office, no start without a plan, frozen once works start; the templates.
 */
@ExtendWith(ArquillianExtension.class)
class MilestonePlansRestIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    @Inject
    org.citygov.plantracker.test.LibraryTestData libraryData;

    private final InContainerApi api = new InContainerApi(PASSWORD);

    private Answer call(String user, String method, String path, String json, String language) throws Exception {
        return api.call(user, method, path, json, language);
    }

    /** The code of the answer's first violation. */
    private static String firstCode(Answer answer) {
        JsonArray violations = answer.json().getJsonArray("violations");
        return violations.getJsonObject(0).getString("code");
    }

    private static String step(Long version, String name, String kind, int weight, String baseline, Integer position) {
        var body = Json.createObjectBuilder().add("nameZh", name).add("nameEn", name + " (en)").add("kind", kind)
                .add("weight", weight).add("baseline", baseline);
        if (version != null) {
            body.add("version", version);
        }
        if (position != null) {
            body.add("position", position);
        }
        return body.build().toString();
    }

    private List<String> names(String code) {
        return fixture.withEntityManager(em -> em.createQuery(
                        "SELECT m.nameZh FROM Milestone m WHERE m.project.code.value = :c ORDER BY m.seqNo", String.class)
                .setParameter("c", code).getResultList());
    }

    @Test
    void anOfficeEditsThePlanOfItsPreparationProjectAndEveryChangeIsAudited() throws Exception {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office, Stage.PREPARATION, 0, 0);
        String path = "projects/" + project.code() + "/milestones";

        Answer works = call(office.username(), "POST", path,
                step(null, "主体完工", "CONSTRUCTION", 60, TODAY.plusMonths(12).toString(), null), null);
        assertThat(works.status()).isEqualTo(201);
        Answer permit = call(office.username(), "POST", path,
                step(null, "施工许可", "PREPARATION", 20, TODAY.plusMonths(2).toString(), 1), null);
        assertThat(permit.status()).isEqualTo(201);
        assertThat(permit.json().getInt("seqNo")).isEqualTo(1);
        assertThat(names(project.code())).containsExactly("施工许可", "主体完工");

        long worksId = works.json().getJsonNumber("id").longValue();
        long worksVersion = fixture.version(worksId);
        Answer changed = call(office.username(), "PUT", path + "/" + worksId + "/plan",
                step(worksVersion, "主体封顶", "CONSTRUCTION", 80, TODAY.plusMonths(14).toString(), null), null);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getString("originalBaseline")).isEqualTo(TODAY.plusMonths(14).toString());
        assertThat(changed.json().getString("baseline")).isEqualTo(TODAY.plusMonths(14).toString());

        Answer plan = call(office.username(), "GET", path + "/plan", null, null);
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().getBoolean("editable")).isTrue();
        assertThat(plan.json().getJsonArray("steps").getJsonObject(1).getJsonNumber("share").doubleValue())
                .isEqualTo(80.0);

        long permitId = permit.json().getJsonNumber("id").longValue();
        Answer moved = call(office.username(), "PUT", path + "/" + permitId + "/position",
                "{\"version\": " + fixture.version(permitId) + ", \"position\": 2}", null);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(names(project.code())).containsExactly("主体封顶", "施工许可");

        Answer removed = call(office.username(), "DELETE", path + "/" + permitId + "?version="
                + fixture.version(permitId), null, null);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(names(project.code())).containsExactly("主体封顶");

        List<String> actions = fixture.withEntityManager(em -> em.createQuery(
                        "SELECT a.action FROM AuditEntry a WHERE a.projectCode = :c", String.class)
                .setParameter("c", project.code()).getResultList());
        assertThat(actions).contains("milestone.plan.add", "milestone.plan.change", "milestone.plan.move",
                "milestone.plan.remove");
        assertThat(fixture.count("SELECT COUNT(a) FROM AuditEntry a WHERE a.projectCode = :c AND a.fieldName = 'nameZh' "
                + "AND a.beforeValue = '主体完工' AND a.afterValue = '主体封顶'", "c", project.code())).isEqualTo(1);
    }

    @Test
    void aStaleVersionIs409AnotherUnitsOfficeIs403AndBadStepsAre400WithNothingChanged() throws Exception {
        Office office = fixture.office();
        Office other = fixture.office();
        ProjectRef project = fixture.project(office, Stage.RESERVE, 2, 0);
        String path = "projects/" + project.code() + "/milestones";
        Long id = project.milestone(1);
        long version = fixture.version(id);

        assertThat(call(office.username(), "PUT", path + "/" + id + "/plan",
                step(version, "新名称", "CONSTRUCTION", 5, TODAY.plusMonths(3).toString(), null), null).status())
                .isEqualTo(200);
        Answer stale = call(office.username(), "PUT", path + "/" + id + "/plan",
                step(version, "旧版本", "CONSTRUCTION", 5, TODAY.plusMonths(3).toString(), null), null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(call(office.username(), "DELETE", path + "/" + id + "?version=" + version, null, null).status())
                .isEqualTo(409);

        Answer denied = call(other.username(), "POST", path,
                step(null, "越权", "CONSTRUCTION", 5, TODAY.plusMonths(3).toString(), null), null);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(call(other.username(), "DELETE", path + "/" + id + "?version=" + (version + 1), null, null).status())
                .isEqualTo(403);
        assertThat(call(other.username(), "GET", path + "/plan", null, null).status()).isEqualTo(403);

        Answer bad = call(office.username(), "POST", path,
                "{\"nameZh\": \" \", \"kind\": \"CONSTRUCTION\", \"weight\": -3}", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("violations")).extracting(v -> ((JsonObject) v).getString("code"))
                .containsExactly("milestone.plan.nameRequired", "milestone.plan.weightRange",
                        "milestone.plan.baselineRequired");
        assertThat(bad.json().getString("message")).contains("中文名称");
        assertThat(call(office.username(), "POST", path,
                step(null, "太早", "CONSTRUCTION", 1, "1989-12-31", null), null).status()).isEqualTo(400);

        assertThat(names(project.code())).containsExactly("里程碑1", "新名称");

        String city = fixture.user(Role.CITY_GOV);
        assertThat(call(city, "POST", path, step(null, "市级补充", "OPERATION", 5, TODAY.plusMonths(30).toString(), null),
                null).status()).isEqualTo(201);
        String finance = fixture.user(Role.FINANCE);
        assertThat(call(finance, "POST", path, step(null, "财政", "OPERATION", 5, TODAY.plusMonths(30).toString(), null),
                null).status()).isEqualTo(403);
        assertThat(names(project.code())).containsExactly("里程碑1", "新名称", "市级补充");
    }

    @Test
    void worksCannotStartWithoutAPlanAndOnceStartedThePlanIsTheFrozenOriginalBaseline() throws Exception {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office, Stage.PREPARATION, 0, 0);
        String path = "projects/" + project.code() + "/milestones";

        Answer refused = call(office.username(), "PUT", "projects/" + project.code() + "/stage",
                "{\"version\": " + fixture.projectVersion(project.code()) + ", \"stage\": \"NEW_START\"}", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("violations")).extracting(v -> ((JsonObject) v).getString("code"))
                .contains("project.planRequired");
        assertThat(refused.json().getString("message")).contains("里程碑计划");
        assertThat(fixture.projectNamed(project.code()).getStage()).isEqualTo(Stage.PREPARATION);

        Answer works = call(office.username(), "POST", path,
                step(null, "主体完工", "CONSTRUCTION", 1, TODAY.plusMonths(12).toString(), null), null);
        assertThat(works.status()).isEqualTo(201);
        libraryData.readyToStart(project.code()); // the library's readiness gates (用地, 环评, 可研, funding)
        Answer started = call(office.username(), "PUT", "projects/" + project.code() + "/stage",
                "{\"version\": " + fixture.projectVersion(project.code()) + ", \"stage\": \"NEW_START\"}", "en");
        assertThat(started.status()).as(started.body()).isEqualTo(200);

        long id = works.json().getJsonNumber("id").longValue();
        Answer frozen = call(office.username(), "PUT", path + "/" + id + "/plan",
                step(fixture.version(id), "改名", "CONSTRUCTION", 1, TODAY.plusMonths(20).toString(), null), "en");
        assertThat(frozen.status()).isEqualTo(400);
        assertThat(firstCode(frozen)).isEqualTo("milestone.plan.frozen");
        assertThat(frozen.json().getString("message")).contains("frozen");
        assertThat(call(office.username(), "POST", path,
                step(null, "新增", "CONSTRUCTION", 1, TODAY.plusMonths(20).toString(), null), null).status())
                .isEqualTo(400);
        assertThat(call(office.username(), "DELETE", path + "/" + id + "?version=" + fixture.version(id), null, null)
                .status()).isEqualTo(400);

        Milestone stored = fixture.milestone(id);
        assertThat(stored.getNameZh()).isEqualTo("主体完工");
        assertThat(stored.getOriginalBaseline()).isEqualTo(TODAY.plusMonths(12));
        assertThat(fixture.count("SELECT COUNT(b) FROM ScheduleBaseline b WHERE b.project.code.value = :c "
                + "AND b.revision = 0", "c", project.code())).isEqualTo(1);
        assertThat(call(office.username(), "GET", path + "/plan", null, null).json().getBoolean("editable")).isFalse();
    }

    @Test
    void templatesAreDataThatOnlyAnAdministratorReplaces() throws Exception {
        String admin = fixture.user(Role.ADMIN);
        Office office = fixture.office();
        Answer childcare = call(office.username(), "GET", "milestone-templates/CHILDCARE", null, null);
        assertThat(childcare.status()).isEqualTo(200);
        JsonArray steps = childcare.json().getJsonArray("steps");
        assertThat(steps).extracting(s -> ((JsonObject) s).getString("nameZh"))
                .containsExactly("选址及设计批复", "施工许可", "开工", "主体完工", "竣工验收", "投用");
        long version = childcare.json().getJsonNumber("version").longValue();
        String body = "{\"version\": " + version + ", \"steps\": " + steps + "}";

        assertThat(call(office.username(), "PUT", "milestone-templates/CHILDCARE", body, null).status()).isEqualTo(403);
        assertThat(call(admin, "GET", "milestone-templates/NO_SUCH", null, null).status()).isEqualTo(404);
        Answer invalid = call(admin, "PUT", "milestone-templates/CULTURE", "{\"version\": 0, \"steps\": [{\"nameZh\": \"\", "
                + "\"kind\": \"OPERATION\", \"weight\": 1, \"spanShare\": 2}]}", null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("violations")).extracting(v -> ((JsonObject) v).getString("field"))
                .containsExactly("steps[1].nameZh", "steps[1].spanShare");

        Answer same = call(admin, "PUT", "milestone-templates/CHILDCARE", body, null);
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.json().getJsonArray("steps")).hasSize(6);
        assertThat(call(admin, "PUT", "milestone-templates/CHILDCARE", body, null).status()).isEqualTo(409);
    }
}
