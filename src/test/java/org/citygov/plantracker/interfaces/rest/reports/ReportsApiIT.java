package org.citygov.plantracker.interfaces.rest.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.LocalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports through REST with HTTP Basic: the follow-the-plan content, a report written and
 * published (409 on a stale section version, 400 while sections are blank, 403 for finance), a PDF
 * made by a background job and downloaded, errors in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @jakarta.inject.Inject
    Fixtures fixtures;

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void writePublishAndDownloadThroughTheApi() throws Exception {
        String u = Fixtures.unique();
        String city = fixtures.user("city-api-" + u, Role.CITY_GOV, null);
        String finance = fixtures.user("finance-api-" + u, Role.FINANCE, null);
        String pw = Fixtures.PASSWORD;

        HttpResponse<byte[]> plan = LocalHttp.get("api/v1/reports/plan?asOf=2025-06-30&chapter=3&status=WILL_MISS", city, pw);
        assertThat(plan.statusCode()).isEqualTo(200);
        JsonNode content = json(plan);
        assertThat(content.at("/header/asOf").asText()).isEqualTo("2025-06-30");
        content.get("chapters").forEach(c -> assertThat(c.get("number").asInt()).isEqualTo(3));
        assertThat(LocalHttp.get("api/v1/reports/plan?asOf=30.6.2025", city, pw).statusCode()).isEqualTo(400);
        assertThat(LocalHttp.get("api/v1/reports/plan?status=BAD", city, pw).statusCode()).isEqualTo(400);

        HttpResponse<byte[]> created = LocalHttp.send("POST", "api/v1/reports",
                "{\"kind\":\"MID_TERM\",\"asOf\":\"2025-06-30\",\"titleZh\":\"中期评估 " + u + "\"}", city, pw);
        assertThat(created.statusCode()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/reports/" + id));
        assertThat(LocalHttp.send("POST", "api/v1/reports", "{\"kind\":\"ANNUAL\",\"year\":2025,\"titleZh\":\"x\"}",
                finance, pw).statusCode()).isEqualTo(403);

        JsonNode report = json(LocalHttp.get("api/v1/reports/" + id, finance, pw));
        assertThat(report.get("sections")).hasSize(5);
        HttpResponse<byte[]> blank = LocalHttp.send("POST", "api/v1/reports/" + id + "/publish",
                "{\"version\":" + report.at("/report/version").asLong() + "}", city, pw);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(json(blank).get("message").asText()).contains("尚未填写");

        for (JsonNode s : report.get("sections")) {
            String body = "{\"text\":\"" + s.get("key").asText() + " 评估意见 " + u + "\",\"version\":" + s.get("version").asLong() + "}";
            HttpResponse<byte[]> saved = LocalHttp.send("PUT", "api/v1/reports/" + id + "/sections/" + s.get("key").asText(),
                    body, city, pw);
            assertThat(saved.statusCode()).as(new String(saved.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(LocalHttp.send("PUT", "api/v1/reports/" + id + "/sections/" + s.get("key").asText(), body, city, pw)
                    .statusCode()).isEqualTo(409);
        }
        long version = json(LocalHttp.get("api/v1/reports/" + id, city, pw)).at("/report/version").asLong();
        HttpResponse<byte[]> published = LocalHttp.send("POST", "api/v1/reports/" + id + "/publish",
                "{\"version\":" + version + "}", city, pw);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).get("status").asText()).isEqualTo("PUBLISHED");

        HttpResponse<byte[]> submitted = LocalHttp.send("POST", "api/v1/reports/jobs",
                "{\"type\":\"REPORT_PDF\",\"reportId\":" + id + ",\"language\":\"en\"}", city, pw);
        assertThat(submitted.statusCode()).isEqualTo(202);
        JsonNode job = json(submitted);
        String self = job.get("self").asText();
        assertThat(submitted.headers().firstValue("Location")).contains(self);
        long until = System.currentTimeMillis() + 120_000;
        while (!"DONE".equals(job.get("status").asText()) && !"FAILED".equals(job.get("status").asText())
                && System.currentTimeMillis() < until) {
            Thread.sleep(300);
            job = json(LocalHttp.get("api/v1/reports/jobs/" + job.get("id").asLong(), city, pw));
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        HttpResponse<byte[]> file = LocalHttp.get("api/v1/reports/jobs/" + job.get("id").asLong() + "/file", city, pw);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment", "filename*=UTF-8''"));
        assertThat(LocalHttp.get("api/v1/reports/jobs/" + job.get("id").asLong(), finance, pw).statusCode()).isEqualTo(403);

        HttpResponse<byte[]> unknownType = LocalHttp.send("POST", "api/v1/reports/jobs", "{\"type\":\"DOCX\"}", city, pw);
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(LocalHttp.get("api/v1/reports/jobs/999999999", city, pw).statusCode()).isEqualTo(404);
    }
}
