package org.citygov.plantracker.application.reports.oc4ids;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.LocalHttp;
import org.citygov.plantracker.test.Oc4idsSchema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 公开数据: GET /api/v1/public/oc4ids without signing in gives the projects the city has made public,
 * valid against the OC4IDS schema, never a 储备 project, and without internal fields. Runs on the
 * demo portfolio; the decisions it makes are undone afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class PublicOc4idsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.app().addClass(Oc4idsExportIT.class).addAsLibraries(Deployments.jarOf(JsonSchemaFactory.class),
                Deployments.jarOf(ITU.class));
        for (String file : List.of("project-package-schema.json", "project-schema.json", "codelists/projectStatus.csv",
                "codelists/projectSector.csv", "codelists/milestoneType.csv", "codelists/policyAlignment.csv")) {
            war.addAsResource("oc4ids/" + file);
        }
        return war;
    }

    @PersistenceContext
    EntityManager em;

    @Test
    void anyoneGetsThePublicProjectsValidNeverAReserveOneAndNoInternalFields() throws Exception {
        String reserve = first(Stage.RESERVE);
        String preparation = first(Stage.PREPARATION);
        String continuing = first(Stage.CONTINUING);
        String withdrawn = first(Stage.WITHDRAWN);
        // the city publishes a 前期 project, keeps a 续建 one private, and tries to publish a 储备 one
        decide(preparation, true);
        decide(continuing, false);
        decide(reserve, true);
        try {
            HttpResponse<byte[]> response = LocalHttp.get("api/v1/public/oc4ids", null, null);
            assertThat(response.statusCode()).as(LocalHttp.text(response)).isEqualTo(200);
            JsonNode pkg = JSON.readTree(response.body());

            assertThat(Oc4idsSchema.validate(pkg)).isEmpty();
            List<String> codes = Oc4idsExportIT.codes(pkg);
            assertThat(codes).contains(preparation).doesNotContain(continuing, reserve, withdrawn);
            List<String> reserves = em.createQuery("SELECT p.code.value FROM Project p WHERE p.stage = :s", String.class)
                    .setParameter("s", Stage.RESERVE).getResultList();
            assertThat(codes).doesNotContainAnyElementsOf(reserves);
            // by default every project from 新开工 on is public
            long byDefault = em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.stage IN :s AND p.code.value <> :c",
                    Long.class).setParameter("s", Stage.PUBLIC_BY_DEFAULT).setParameter("c", continuing).getSingleResult();
            assertThat(codes).hasSize((int) byDefault + 1);

            String text = LocalHttp.text(response);
            // no recorded reasons (re-baseline rationale, withdrawal reason), no unapproved funding lines
            assertThat(text).doesNotContain("\"rationale\"").doesNotContain("finalScopeDetails")
                    .doesNotContain("待审核，申请").doesNotContain("【示例】【示例】");
        } finally {
            decide(preparation, null);
            decide(continuing, null);
            decide(reserve, null);
        }
    }

    @Test
    void onlyTheCityDecidesAndEveryDecisionIsAudited() {
        String continuing = first(Stage.CONTINUING);
        assertThat(LocalHttp.send("PUT", "api/v1/projects/" + continuing + "/open-data", "{\"open\": false}", null, null)
                .statusCode()).isEqualTo(401);
        assertThat(LocalHttp.send("PUT", "api/v1/projects/" + continuing + "/open-data", "{\"open\": false}",
                "finance", "demo123").statusCode()).isEqualTo(403);
        decide(continuing, false);
        decide(continuing, null);
        List<String> trail = em.createQuery("SELECT CONCAT(a.username, ': ', a.beforeValue, ' → ', a.afterValue) "
                        + "FROM AuditEntry a WHERE a.projectCode = :c AND a.fieldName = 'openData' ORDER BY a.id",
                String.class).setParameter("c", continuing).getResultList();
        assertThat(trail).endsWith("city: 公开（默认） → 不公开", "city: 不公开 → 公开（默认）");
        // the signed-in export still needs a sign-in
        assertThat(LocalHttp.get("api/v1/oc4ids", null, null).statusCode()).isEqualTo(401);
    }

    private String first(Stage stage) {
        return em.createQuery("SELECT p.code.value FROM Project p WHERE p.stage = :s ORDER BY p.code.value", String.class)
                .setParameter("s", stage).setMaxResults(1).getSingleResult();
    }

    /** The city's decision through the API (CITY_GOV, audited). */
    private void decide(String code, Boolean publish) {
        HttpResponse<byte[]> answer = LocalHttp.send("PUT", "api/v1/projects/" + code + "/open-data",
                "{\"open\": " + publish + "}", "city", "demo123");
        assertThat(answer.statusCode()).as(LocalHttp.text(answer)).isEqualTo(200);
    }
}
