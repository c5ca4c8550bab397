package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.citygov.plantracker.application.offices.OfficesFixture;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.ApiTokens;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.application.offices.OfficesFixture.PASSWORD;
import static org.citygov.plantracker.application.offices.OfficesFixture.TODAY;

/**
 * The offices' REST API over HTTP (from inside the server, so the test can make its own users and
 * projects and look at the database afterwards).
 */
@ExtendWith(ArquillianExtension.class)
class OfficesRestIT {

    /** Each user signs in with Basic once, for its API token; every call after that sends the token. */
    private static final ApiTokens TOKENS = new ApiTokens();

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(OfficesFixture.class);
    }

    @Inject
    OfficesFixture fixture;

    private final HttpClient http = HttpClient.newHttpClient();

    static String base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + (8080 + offset) + "/plantracker/api/v1/";
    }

    record Answer(int status, String body, HttpResponse<byte[]> raw) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    private Answer call(String user, String method, String path, String json, String language) throws Exception {
        return send(user, method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                "application/json", language);
    }

    private Answer send(String user, String method, String path, byte[] body, String type, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", type);
        }
        if (user != null) {
            request.header("Authorization", TOKENS.authorization(base(), user, PASSWORD));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
    }

    private static String milestoneUpdate(long version, int percent, String note) {
        var body = Json.createObjectBuilder().add("version", version).add("percentComplete", percent)
                .add("forecast", TODAY.plusMonths(6).toString());
        if (note != null) {
            body.add("note", note);
        }
        return body.build().toString();
    }

    @Test
    void aMilestoneIsUpdatedWithItsVersionAndAStaleVersionIsAConflict() throws Exception {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        Long id = project.milestone(1);
        long version = fixture.version(id);

        Answer ok = call(office.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                milestoneUpdate(version, 45, "REST 更新"), null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().getJsonNumber("percentComplete").intValue()).isEqualTo(45);
        assertThat(ok.json().getJsonNumber("version").longValue()).isEqualTo(version + 1);

        Answer conflict = call(office.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                milestoneUpdate(version, 60, "旧版本"), null);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().getString("message")).contains("已被他人修改");
        Answer conflictEn = call(office.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                milestoneUpdate(version, 60, "old version"), "en");
        assertThat(conflictEn.json().getString("message")).contains("changed by someone else");

        Answer noVersion = call(office.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                "{\"percentComplete\": 50}", "en");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().getJsonArray("violations").getJsonObject(0).getString("code"))
                .isEqualTo("request.versionRequired");

        Answer invalid = call(office.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                milestoneUpdate(version + 1, 120, null), null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("percentComplete");
        assertThat(invalid.json().getJsonArray("violations").getJsonObject(0).getString("message"))
                .contains("0 到 100");

        Answer notJson = call(office.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                "{\"version\": " + (version + 1) + ", \"percentComplete\": ", null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().getString("message")).contains("不是有效的 JSON");
        Answer wrongType = call(office.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                "{\"version\": " + (version + 1) + ", \"percentComplete\": \"half\"}", "en");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().getString("message")).contains("percentComplete").contains("must be a number");
        assertThat(wrongType.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("percentComplete");

        Milestone stored = fixture.milestone(id);
        assertThat(stored.getPercentComplete()).isEqualByComparingTo("45");
        assertThat(stored.getNote()).isEqualTo("REST 更新");
    }

    @Test
    void anotherUnitsProjectIsRefused403AndNothingChanges() throws Exception {
        Office mine = fixture.office();
        Office theirs = fixture.office();
        ProjectRef project = fixture.project(theirs);
        Long id = project.milestone(0);

        Answer denied = call(mine.username(), "PUT", "projects/" + project.code() + "/milestones/" + id,
                milestoneUpdate(fixture.version(id), 80, "越权"), null);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().getString("message")).contains(project.code()).contains("其他项目单位");

        String report = Json.createObjectBuilder().add("month", YearMonth.from(TODAY).toString())
                .add("investmentThisMonth", 1).add("cumulativeInvestment", 1).add("physicalProgress", 1)
                .build().toString();
        assertThat(call(mine.username(), "POST", "projects/" + project.code() + "/reports", report, null).status())
                .isEqualTo(403);
        assertThat(call(mine.username(), "GET", "projects/" + project.code() + "/history", null, null).status())
                .isEqualTo(403);
        assertThat(call(mine.username(), "PUT", "projects/" + project.code() + "/stage",
                "{\"version\": 1, \"stage\": \"WITHDRAWN\", \"reason\": \"x\"}", null).status()).isEqualTo(403);
        assertThat(call(null, "GET", "projects/" + project.code() + "/history", null, null).status()).isEqualTo(401);

        assertThat(fixture.milestone(id).getPercentComplete()).isEqualByComparingTo("0");
        assertThat(fixture.auditCount(project.code())).isZero();
        assertThat(fixture.count("SELECT COUNT(r) FROM ProgressReport r WHERE r.project.code.value = :c",
                "c", project.code())).isZero();
    }

    @Test
    void aMonthlyReportIsFiledWithEvidenceAndShowsInTheHistory() throws Exception {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        String month = YearMonth.from(TODAY).toString();
        String report = Json.createObjectBuilder().add("month", month)
                .add("investmentThisMonth", 1_200_000).add("cumulativeInvestment", 8_300_000)
                .add("physicalProgress", 45).add("problems", "雨季影响土方施工")
                .add("coordination", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("department", "市城乡建设局").add("request", "协调渣土消纳场地")))
                .build().toString();

        Answer filed = call(office.username(), "POST", "projects/" + project.code() + "/reports", report, null);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(month));
        assertThat(filed.json().getJsonArray("coordination").getJsonObject(0).getString("department"))
                .isEqualTo("市城乡建设局");

        Answer again = call(office.username(), "POST", "projects/" + project.code() + "/reports", report, "en");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getJsonArray("violations").getJsonObject(0).getString("code"))
                .isEqualTo("report.duplicateMonth");
        assertThat(again.json().getString("message")).contains("already has a monthly report");

        Answer photo = send(office.username(), "POST", "projects/" + project.code() + "/reports/" + month
                + "/evidence?filename=site.jpg", JPEG, "image/jpeg", null);
        assertThat(photo.status()).isEqualTo(201);
        long evidenceId = photo.json().getJsonNumber("id").longValue();
        Answer notAPhoto = send(office.username(), "POST", "projects/" + project.code() + "/reports/" + month
                + "/evidence?filename=x.jpg", "just text".getBytes(), "application/octet-stream", null);
        assertThat(notAPhoto.status()).isEqualTo(400);

        Answer file = send(office.username(), "GET", "projects/" + project.code() + "/reports/" + month
                + "/evidence/" + evidenceId, null, null, null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.raw().body()).isEqualTo(JPEG);
        assertThat(file.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("image/jpeg"));

        Answer overview = call(office.username(), "GET", "projects/" + project.code() + "/reports", null, null);
        assertThat(overview.json().getJsonArray("reports")).hasSize(1);
        assertThat(overview.json().getJsonNumber("missing").intValue()).isGreaterThanOrEqualTo(10);

        Answer history = call(office.username(), "GET", "projects/" + project.code() + "/history", null, null);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.array().getValuesAs(JsonObject.class)).extracting(h -> h.getString("actionText"))
                .contains("填报月度调度", "上传佐证材料");
        Answer historyEn = call(office.username(), "GET", "projects/" + project.code() + "/history", null, "en");
        assertThat(historyEn.array().getValuesAs(JsonObject.class)).extracting(h -> h.getString("actionText"))
                .contains("Monthly report filed");
    }

    @Test
    void completionIsRefusedOverRestWhileAMilestoneLacksAnActualDate() throws Exception {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        String body = "{\"version\": " + fixture.projectVersion(project.code()) + ", \"stage\": \"COMPLETED\"}";

        Answer refused = call(office.username(), "PUT", "projects/" + project.code() + "/stage", body, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("code")).containsOnly("project.milestoneOpen").hasSize(3);
        assertThat(refused.json().getString("message")).contains("里程碑1").contains("不能竣工");
    }

    @Test
    void aRebaselineIsRequestedByTheOfficeAndDecidedByTheCity() throws Exception {
        Office office = fixture.office();
        ProjectRef project = fixture.project(office);
        String city = fixture.user(Role.CITY_GOV);
        Long id = project.milestone(2);
        String request = Json.createObjectBuilder().add("reason", "资金到位推迟")
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("milestoneId", id)
                        .add("newBaseline", fixture.milestone(id).getBaseline().plusMonths(2).toString())))
                .build().toString();

        Answer asked = call(office.username(), "POST", "projects/" + project.code() + "/rebaselines", request, null);
        assertThat(asked.status()).isEqualTo(201);
        long requestId = asked.json().getJsonNumber("id").longValue();
        long version = asked.json().getJsonNumber("version").longValue();
        String decision = "{\"version\": " + version + ", \"approve\": true, \"comment\": \"同意\"}";

        assertThat(call(office.username(), "POST", "projects/" + project.code() + "/rebaselines/" + requestId
                + "/decision", decision, null).status()).isEqualTo(403);
        Answer queue = call(city, "GET", "rebaselines?status=PENDING", null, null);
        assertThat(queue.array().getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("id").longValue())
                .contains(requestId);
        Answer approved = call(city, "POST", "projects/" + project.code() + "/rebaselines/" + requestId + "/decision",
                decision, null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");

        Answer baselines = call(office.username(), "GET", "projects/" + project.code() + "/baselines", null, null);
        assertThat(baselines.json().getJsonArray("revisions")).hasSize(2);
    }

    @Test
    void theWorkbookRoundTripsOverRestAndTheApiIsDocumented() throws Exception {
        Office office = fixture.office();
        fixture.project(office);

        Answer workbook = send(office.username(), "GET", "milestones/workbook", null, null, null);
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(new String(workbook.raw().body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        Answer back = send(office.username(), "PUT", "milestones/workbook", workbook.raw().body(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().getInt("rowsRead")).isEqualTo(3);
        assertThat(back.json().getInt("rowsChanged")).isZero();
        Answer junk = send(office.username(), "PUT", "milestones/workbook", "junk".getBytes(),
                "application/octet-stream", "en");
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.json().getString("message")).contains("nothing of the file was saved");

        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset)
                + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openapi.body()).contains("/projects/{code}/milestones/{id}", "/projects/{code}/reports",
                "/projects/{code}/rebaselines", "/projects/{code}/stage", "/projects/{code}/history");
    }
}
