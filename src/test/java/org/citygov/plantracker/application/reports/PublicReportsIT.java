package org.citygov.plantracker.application.reports;

import jakarta.inject.Inject;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.LocalHttp;
import org.citygov.plantracker.test.ReportData;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page and API: no sign-in, published reports only, nothing internal — not the reasons
 * offices recorded on late projects, not who wrote or published a report — and the sample label
 * whenever a report holds sample data. The internal pages and API still ask for credentials.
 */
@ExtendWith(ArquillianExtension.class)
class PublicReportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportData data;

    @Inject
    ReportService reports;

    @Test
    void thePublicSeesPublishedReportsWithoutSigningInAndNothingInternal() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-pub-" + u, Role.CITY_GOV, null);
        String unit = fixtures.leadUnit("PUB-" + u).getCode();
        String late = fixtures.project("P-PUB-" + u, unit, "C1.4", "J04", "C1.4-T9");
        data.progress(late, 1, "100", null, LocalDate.of(2023, 3, 25), null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        String internalNote = "内部协调意见：施工单位资金链紧张 " + u;
        data.progress(late, 2, "20", null, null, internalNote, LocalDate.now(ZoneId.of("Asia/Shanghai")));

        String title = "2025年度规划实施报告 " + u;
        long[] ids = RunAs.user(city, Fixtures.PASSWORD, () -> {
            long id = reports.createAnnual(2025, LocalDate.of(2025, 6, 30), title, null).id();
            for (ReportView.SectionRow s : reports.view(id).sections()) {
                reports.saveSection(id, s.key(), "公开正文（" + s.key() + "） " + u, s.version());
            }
            ReportContent internal = reports.view(id).content();
            assertThat(internal.lateProjects()).filteredOn(p -> p.code().equals(late)).singleElement()
                    .satisfies(p -> assertThat(p.reasons()).anySatisfy(r -> assertThat(r).contains(internalNote)));
            reports.publish(id, reports.view(id).report().version());
            long draft = reports.createMidTerm(LocalDate.of(2025, 6, 30), "未发布的草稿 " + u, null).id();
            return new long[]{id, draft};
        });
        long published = ids[0];
        long draft = ids[1];

        HttpResponse<byte[]> list = LocalHttp.get("public/reports.xhtml", null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        String listPage = LocalHttp.text(list);
        assertThat(listPage).contains(title).doesNotContain("未发布的草稿 " + u).doesNotContain(city)
                .doesNotContain("loginForm");
        // the headline of the latest published evaluation, the open data link and the staff sign-in
        assertThat(listPage).contains("id=\"headline\"", "最新发布的评估", "约束性指标", "id=\"headlineCounts\"",
                "api/v1/public/oc4ids", "工作人员登录");

        HttpResponse<byte[]> one = LocalHttp.get("public/report.xhtml?id=" + published, null, null);
        assertThat(one.statusCode()).isEqualTo(200);
        String page = LocalHttp.text(one);
        assertThat(page).contains(title, "公开正文（overview） " + u, late, "第三章 提供安全普惠的婴幼儿照护服务")
                .doesNotContain(internalNote).doesNotContain("用户").doesNotContain(city).doesNotContain("j_security_check");
        boolean sample = RunAs.user(city, Fixtures.PASSWORD, () -> reports.view(published).report().containsSample());
        // the test server runs in demo mode: the citywide report covers 示例 projects and must say so
        assertThat(sample).as("the report covers the sample portfolio").isTrue();
        assertThat(page).contains("reportSampleLabel").contains("示例");
        assertThat(listPage).contains("sampleLabel");

        assertThat(LocalHttp.get("public/report.xhtml?id=" + draft, null, null).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> api = LocalHttp.get("api/v1/public/reports", null, null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(LocalHttp.text(api)).contains("\"id\":" + published).doesNotContain("\"id\":" + draft + ",")
                .doesNotContain(city).doesNotContain("createdBy");
        String content = LocalHttp.text(LocalHttp.get("api/v1/public/reports/" + published, null, null));
        assertThat(content).contains(late).doesNotContain(internalNote).doesNotContain(city);
        assertThat(LocalHttp.get("api/v1/public/reports/" + draft, null, null).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> pdf = LocalHttp.get("api/v1/public/reports/" + published + "/pdf", null, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(LocalHttp.get("api/v1/public/reports/" + published + "/xlsx?lang=en", null, null).statusCode())
                .isEqualTo(200);

        // the internal side still needs credentials
        assertThat(LocalHttp.get("api/v1/reports/" + published, null, null).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> internalPage = LocalHttp.get("reports/report.xhtml?id=" + published, null, null);
        assertThat(LocalHttp.text(internalPage)).doesNotContain(internalNote).doesNotContain("公开正文");
    }
}
