package org.citygov.plantracker.application.plan;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.citygov.plantracker.application.evaluation.EvaluationService;
import org.citygov.plantracker.application.plan.PlanPackagePreview.Status;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.test.Api;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.PlanPackageFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as the server loaded it at start-up, and a second load that changes nothing; plan
 * packages uploaded by an administrator (issue 14). A new plan is loaded inside a transaction the
 * test rolls back, so the shared test database never keeps a second plan.
 */
@ExtendWith(ArquillianExtension.class)
class PlanLoadingIT {

    static final String MINIMAL = "plans-test/minimal";

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.app();
        PlanPackageFiles.FILES.forEach(file -> war.addAsResource(MINIMAL + "/" + file));
        return war;
    }

    @ArquillianResource
    URL base;

    @Inject
    PlanPackages packages;

    @Inject
    EvaluationService evaluations;

    @Inject
    UserTransaction tx;

    @Inject
    PlanLoader loader;

    @PersistenceContext
    EntityManager em;

    @Test
    void theFourteenthPlanIsLoadedAtStartUp() {
        assertThat(count("SELECT COUNT(i) FROM Indicator i WHERE i.plan.code = 'ZZ-PS-14'")).isEqualTo(35);
        assertThat(count("SELECT COUNT(p) FROM Program p WHERE p.plan.code = 'ZZ-PS-14'")).isEqualTo(37);
        assertThat(count("SELECT COUNT(c) FROM ColumnBox c WHERE c.plan.code = 'ZZ-PS-14'")).isEqualTo(9);
        assertThat(em.createQuery("SELECT COUNT(j) FROM Jurisdiction j WHERE j.level = :l AND j.sample = FALSE", Long.class)
                .setParameter("l", JurisdictionLevel.DISTRICT).getSingleResult()).isEqualTo(16);
        assertThat(count("SELECT COUNT(t) FROM Target t WHERE t.code LIKE 'C1.4-T%'")).isEqualTo(10);
    }

    @Test
    void loadingAgainChangesNothing() {
        long rowsBefore = allPlanRows();
        PlanLoadResult again = loader.loadBundledPlans();
        assertThat(again.outcome("ZZ-PS-14").status()).isEqualTo(PlanLoadResult.Status.UNCHANGED);
        assertThat(again.outcome("ZZ-PS-14").created().total()).isZero();
        assertThat(allPlanRows()).isEqualTo(rowsBefore);
    }

    @Test
    void aPackageWithThreeMistakesIsRefusedWithFileAndLineInBothLanguages() {
        byte[] broken = PlanPackageFiles.zip(MINIMAL, Map.of(
                "plan.yaml", s -> s.replace("{number: 2, title_zh: 总体要求, title_en:", "{number: 2, title_zh: 总体要求, titel_en:"),
                "programs.yaml", s -> s.replace("scope: per_community", "scope: per_block"),
                "indicators.csv", s -> s.replaceFirst(",binding,", ",bindng,")));
        long rowsBefore = allPlanRows();

        Api admin = Api.at(base).as("admin");
        Api.Reply zh = admin.inLanguage("zh-CN").sendBytes("POST", "admin/plans?dryRun=true&fileName=broken.zip",
                "application/zip", broken);
        assertThat(zh.status()).as(zh.body()).isEqualTo(200);
        JsonNode answer = zh.json();
        assertThat(answer.path("status").asText()).isEqualTo("INVALID");
        assertThat(answer.path("message").asText()).contains("broken.zip").contains("问题");
        List<JsonNode> problems = List.copyOf(answer.path("problems").findParents("file"));
        assertThat(problems).extracting(p -> p.path("file").asText() + ":" + p.path("line").asInt())
                .containsExactlyInAnyOrder("plan.yaml:19", "programs.yaml:91", "indicators.csv:3");
        assertThat(problems).extracting(p -> p.path("text").asText())
                .anySatisfy(text -> assertThat(text).startsWith("文件 programs.yaml 第 91 行：").contains("per_block"))
                .anySatisfy(text -> assertThat(text).startsWith("文件 indicators.csv 第 3 行：").contains("bindng"))
                .anySatisfy(text -> assertThat(text).startsWith("文件 plan.yaml 第 19 行：").contains("titel_en"));

        Api.Reply en = admin.inLanguage("en").sendBytes("POST", "admin/plans?dryRun=false&fileName=broken.zip",
                "application/zip", broken);
        assertThat(en.status()).as(en.body()).isEqualTo(400);
        assertThat(en.json().path("problems").findValuesAsText("text"))
                .anySatisfy(text -> assertThat(text).startsWith("programs.yaml, line 91: "));
        assertThat(allPlanRows()).isEqualTo(rowsBefore);

        Api.Reply office = Api.at(base).as("city").sendBytes("POST", "admin/plans", "application/zip", broken);
        assertThat(office.status()).isEqualTo(403);
        Api.Reply slip = admin.sendBytes("POST", "admin/plans", "application/zip",
                PlanPackageFiles.zipOf("../plan.yaml", "code: X"));
        assertThat(slip.status()).isEqualTo(200);
        assertThat(slip.json().path("status").asText()).isEqualTo("INVALID");
        assertThat(slip.json().path("message").asText()).contains("../plan.yaml").contains("不安全");
    }

    @Test
    void theLoadedPlanAgainChangesNothingAndAChangedOneIsRefusedWithItsChanges() {
        Api admin = Api.at(base).as("admin").inLanguage("zh-CN");
        String digest = em.createQuery("SELECT p.contentDigest FROM Plan p WHERE p.code = 'ZZ-PS-14'", String.class)
                .getSingleResult();
        long rowsBefore = allPlanRows();

        Api.Reply same = admin.sendBytes("POST", "admin/plans?dryRun=false&fileName=zz-ps-14.zip", "application/zip",
                PlanPackageFiles.zip("plans/zz-ps-14"));
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.json().path("status").asText()).isEqualTo("UNCHANGED");
        assertThat(same.json().path("digest").asText()).isEqualTo(digest);
        assertThat(same.json().path("contents").path("targets").asInt()).isEqualTo(221);
        assertThat(same.json().path("contents").path("indicators").asInt()).isEqualTo(35);

        Api.Reply changed = admin.sendBytes("POST", "admin/plans?dryRun=false&fileName=zz-ps-14-edited.zip",
                "application/zip", PlanPackageFiles.zip("plans/zz-ps-14",
                        Map.of("programs.yaml", s -> s.replace("    target: 55000000\n", "    target: 56000000\n"))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(409);
        assertThat(changed.json().path("status").asText()).isEqualTo("CHANGED");
        JsonNode change = changed.json().path("changes").get(0);
        assertThat(changed.json().path("changes")).hasSize(1);
        assertThat(change.path("entry").asText()).isEqualTo("target CH9-T01");
        assertThat(change.path("field").asText()).isEqualTo("目标值");
        assertThat(change.path("before").asText()).isEqualTo("≥55000000");
        assertThat(change.path("after").asText()).isEqualTo("≥56000000");
        assertThat(allPlanRows()).isEqualTo(rowsBefore);
        assertThat(em.createQuery("SELECT p.contentDigest FROM Plan p WHERE p.code = 'ZZ-PS-14'", String.class)
                .getSingleResult()).isEqualTo(digest);
    }

    @Test
    void aNewPlanPackageIsLoadedAuditedAndEvaluatedAndTheSamePackageAgainChangesNothing() throws Exception {
        byte[] next = PlanPackageFiles.zip(MINIMAL);
        SecurityIdentity admin = SecurityDomain.getCurrent().authenticate("admin",
                new PasswordGuessEvidence(Api.DEMO_PASSWORD.toCharArray()));
        long rowsBefore = allPlanRows();
        tx.begin();
        try {
            admin.runAs((Callable<Void>) () -> {
                PlanPackagePreview dry = packages.preview("zz-test-1.zip", new ByteArrayInputStream(next));
                assertThat(dry.status()).isEqualTo(Status.NEW);
                assertThat(dry.contents().targetsByKind()).containsEntry(TargetKind.TARGET, 4).containsEntry(TargetKind.PROJECT, 1);
                assertThat(dry.contents().chapters()).isEqualTo(2);
                assertThat(dry.contents().stagedSchedules()).isEqualTo(1);
                assertThat(dry.contents().scheduleStages()).isEqualTo(2);
                assertThat(dry.contents().indicators()).isEqualTo(3);
                assertThat(count("SELECT COUNT(p) FROM Plan p WHERE p.code = 'ZZ-TEST-1'")).isZero();

                PlanPackagePreview loaded = packages.load("zz-test-1.zip", new ByteArrayInputStream(next));
                assertThat(loaded.status()).isEqualTo(Status.CREATED);
                Long planId = em.createQuery("SELECT p.id FROM Plan p WHERE p.code = 'ZZ-TEST-1'", Long.class)
                        .getSingleResult();
                assertThat(count("SELECT COUNT(t) FROM Target t WHERE t.plan.code = 'ZZ-TEST-1'"))
                        .isEqualTo(loaded.contents().targets());
                assertThat(em.createQuery("SELECT a.username FROM AuditEntry a WHERE a.entityType = 'Plan' "
                        + "AND a.entityId = :id AND a.action = 'plan.loaded'", String.class)
                        .setParameter("id", planId).getResultList()).containsExactly("admin");

                PortfolioEvaluation evaluation = evaluations.evaluate(LocalDate.of(2026, 12, 31));
                assertThat(evaluation.planCodes()).contains("ZZ-PS-14", "ZZ-TEST-1");
                assertThat(evaluation.targets()).filteredOn(t -> "ZZ-TEST-1".equals(t.planCode()))
                        .hasSize(loaded.contents().targets());

                long rowsLoaded = allPlanRows();
                PlanPackagePreview again = packages.load("zz-test-1.zip", new ByteArrayInputStream(next));
                assertThat(again.status()).isEqualTo(Status.UNCHANGED);
                assertThat(allPlanRows()).isEqualTo(rowsLoaded);
                assertThat(count("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'plan.loaded' AND a.entityId = "
                        + planId)).isEqualTo(1);
                return null;
            });
        } finally {
            tx.rollback();
        }
        assertThat(allPlanRows()).isEqualTo(rowsBefore);
    }

    /** ZZ-PS-14's files as version 2, with {@code programs} edits; C9.3-T1 has the sample sports parks' outputs. */
    private static byte[] zzPs14Version2(UnaryOperator<String> programs) {
        return PlanPackageFiles.zip("plans/zz-ps-14", Map.of(
                "plan.yaml", s -> s.replace("\ncode: ZZ-PS-14\n", "\ncode: ZZ-PS-14\nversion: 2\n"),
                "programs.yaml", programs,
                "indicators.csv", s -> s.replace("IND-13,卫生健康,Health,每千常住人口注册护士数,",
                        "IND-13,卫生健康,Health,每千常住人口注册护士数（含助产士）,")));
    }

    /** C9.3-T1's block of programs.yaml removed (up to C9.3-T2). */
    private static String withoutSportsParks(String programs) {
        int from = programs.indexOf("          - id: C9.3-T1\n");
        int to = programs.indexOf("          - id: C9.3-T2\n");
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        return programs.substring(0, from) + programs.substring(to);
    }

    @Test
    void aHigherVersionThatRemovesATargetProjectsPointAtIsRefusedNamingThem() {
        Api admin = Api.at(base).as("admin").inLanguage("zh-CN");
        List<String> parks = em.createQuery("SELECT DISTINCT o.project.code.value FROM ProjectOutput o "
                + "WHERE o.target.code = 'C9.3-T1' AND o.target.plan.code = 'ZZ-PS-14' ORDER BY o.project.code.value",
                String.class).getResultList();
        assertThat(parks).isNotEmpty();
        long rowsBefore = allPlanRows();
        byte[] v2 = zzPs14Version2(PlanLoadingIT::withoutSportsParks);

        Api.Reply dry = admin.sendBytes("POST", "admin/plans?dryRun=true&fileName=zz-ps-14-v2.zip", "application/zip", v2);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().path("status").asText()).isEqualTo("REVISION_BLOCKED");
        assertThat(dry.json().path("version").asInt()).isEqualTo(2);
        assertThat(dry.json().path("loadedVersion").asInt()).isEqualTo(1);
        assertThat(dry.json().path("blockers")).hasSize(1);
        String blocker = dry.json().path("blockers").get(0).asText();
        assertThat(blocker).contains("C9.3-T1").contains("请先把这些产出改为指向其他目标");
        assertThat(parks).anySatisfy(code -> assertThat(blocker).contains(code));
        assertThat(dry.json().path("changes").findValuesAsText("entry")).contains("target C9.3-T1", "indicator IND-13");

        Api.Reply load = admin.inLanguage("en").sendBytes("POST", "admin/plans?dryRun=false&fileName=zz-ps-14-v2.zip",
                "application/zip", v2);
        assertThat(load.status()).as(load.body()).isEqualTo(409);
        assertThat(load.json().path("status").asText()).isEqualTo("REVISION_BLOCKED");
        assertThat(load.json().path("blockers").get(0).asText()).startsWith("The new version removes target C9.3-T1");
        assertThat(allPlanRows()).isEqualTo(rowsBefore);
        assertThat(em.createQuery("SELECT p.definitionVersion FROM Plan p WHERE p.code = 'ZZ-PS-14'", Integer.class)
                .getSingleResult()).isEqualTo(1);
    }

    @Test
    void aHigherVersionRevisesThePlanInPlaceAndOutputsAndRecordedValuesStayLinked() throws Exception {
        // C9.3-T1 16 → 18 parks; C9.3-T2 (no outputs) replaced by C9.3-T9; IND-13 renamed (it has 示例 values)
        byte[] v2 = zzPs14Version2(s -> s
                .replace("description_zh: \"新建或改扩建16个体育公园\"\n", "description_zh: \"新建或改扩建18个体育公园\"\n")
                .replace("            unit: parks\n            target: 16\n", "            unit: parks\n            target: 18\n")
                .replace("          - id: C9.3-T2\n", "          - id: C9.3-T9\n"));
        Long parksId = em.createQuery("SELECT t.id FROM Target t WHERE t.code = 'C9.3-T1' AND t.plan.code = 'ZZ-PS-14'",
                Long.class).getSingleResult();
        long parkOutputs = count("SELECT COUNT(o) FROM ProjectOutput o WHERE o.target.id = " + parksId);
        Long nursesId = em.createQuery("SELECT i.id FROM Indicator i WHERE i.code = 'IND-13' AND i.plan.code = 'ZZ-PS-14'",
                Long.class).getSingleResult();
        long nurseValues = count("SELECT COUNT(o) FROM IndicatorObservation o WHERE o.indicator.id = " + nursesId);
        assertThat(parkOutputs).isPositive();
        assertThat(nurseValues).isPositive();
        String digest = em.createQuery("SELECT p.contentDigest FROM Plan p WHERE p.code = 'ZZ-PS-14'", String.class)
                .getSingleResult();
        long targetsBefore = count("SELECT COUNT(t) FROM Target t WHERE t.plan.code = 'ZZ-PS-14'");
        SecurityIdentity admin = SecurityDomain.getCurrent().authenticate("admin",
                new PasswordGuessEvidence(Api.DEMO_PASSWORD.toCharArray()));

        Api.Reply dry = Api.at(base).as("admin").inLanguage("zh-CN").sendBytes("POST",
                "admin/plans?dryRun=true&fileName=zz-ps-14-v2.zip", "application/zip", v2);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().path("status").asText()).isEqualTo("REVISION");
        assertThat(dry.json().path("message").asText()).contains("版本 1 → 2");
        List<String> changes = List.copyOf(dry.json().path("changes").findParents("entry")).stream()
                .map(c -> c.path("entry").asText() + "|" + c.path("field").asText("") + "|" + c.path("before").asText()
                        + "|" + c.path("after").asText()).toList();
        assertThat(changes).contains("target C9.3-T1|原文|新建或改扩建16个体育公园|新建或改扩建18个体育公园",
                "target C9.3-T1|目标值|16|18", "indicator IND-13|名称|每千常住人口注册护士数|每千常住人口注册护士数（含助产士）");
        assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("target C9.3-T2||").endsWith("|（删除）"));
        assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("target C9.3-T9||（新增）|"));
        assertThat(changes).hasSize(5);

        tx.begin();
        try {
            admin.runAs((Callable<Void>) () -> {
                PlanPackagePreview revised = packages.load("zz-ps-14-v2.zip", new ByteArrayInputStream(v2));
                assertThat(revised.status()).isEqualTo(Status.REVISED);
                em.flush();
                em.clear();
                Plan plan = em.createQuery("SELECT p FROM Plan p WHERE p.code = 'ZZ-PS-14'", Plan.class).getSingleResult();
                assertThat(plan.getDefinitionVersion()).isEqualTo(2);
                assertThat(plan.getContentDigest()).isNotEqualTo(digest).isEqualTo(revised.digest());
                Target parks = em.find(Target.class, parksId);
                assertThat(parks.getCode()).isEqualTo("C9.3-T1");
                assertThat(parks.getMeasure().getTargetValue()).isEqualByComparingTo("18");
                assertThat(parks.getDescriptionZh()).isEqualTo("新建或改扩建18个体育公园");
                assertThat(count("SELECT COUNT(o) FROM ProjectOutput o WHERE o.target.id = " + parksId)).isEqualTo(parkOutputs);
                assertThat(em.find(Indicator.class, nursesId).getNameZh()).isEqualTo("每千常住人口注册护士数（含助产士）");
                assertThat(count("SELECT COUNT(o) FROM IndicatorObservation o WHERE o.indicator.id = " + nursesId))
                        .isEqualTo(nurseValues);
                assertThat(count("SELECT COUNT(t) FROM Target t WHERE t.plan.code = 'ZZ-PS-14'")).isEqualTo(targetsBefore);
                assertThat(count("SELECT COUNT(t) FROM Target t WHERE t.plan.code = 'ZZ-PS-14' AND t.code = 'C9.3-T2'")).isZero();
                Target nine = plan.target("C9.3-T9").orElseThrow();
                assertThat(nine.getSeq()).isEqualTo(parks.getSeq() + 1);

                List<String> audit = em.createQuery("SELECT a.fieldName, a.beforeValue, a.afterValue, a.username "
                                + "FROM AuditEntry a WHERE a.entityType = 'Plan' AND a.entityId = :id AND a.action = 'plan.revised'",
                        Object[].class).setParameter("id", plan.getId()).getResultList().stream()
                        .map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]).toList();
                assertThat(audit).contains("target C9.3-T1 · figure|16|18|admin", "null|null|null|admin");
                assertThat(audit).hasSize(6);

                PortfolioEvaluation evaluation = evaluations.evaluate(LocalDate.of(2025, 12, 31));
                assertThat(evaluation.targets()).filteredOn(t -> "C9.3-T1".equals(t.code()) && "ZZ-PS-14".equals(t.planCode()))
                        .singleElement().satisfies(t -> assertThat(t.value()).isEqualByComparingTo("18"));

                PlanPackagePreview again = packages.load("zz-ps-14-v2.zip", new ByteArrayInputStream(v2));
                assertThat(again.status()).isEqualTo(Status.UNCHANGED);
                PlanPackagePreview older = packages.preview("zz-ps-14.zip",
                        new ByteArrayInputStream(PlanPackageFiles.zip("plans/zz-ps-14")));
                assertThat(older.status()).isEqualTo(Status.CHANGED);
                return null;
            });
        } finally {
            tx.rollback();
        }
        assertThat(em.createQuery("SELECT p.contentDigest FROM Plan p WHERE p.code = 'ZZ-PS-14'", String.class)
                .getSingleResult()).isEqualTo(digest);
    }

    private long allPlanRows() {
        return count("SELECT COUNT(p) FROM Plan p") + count("SELECT COUNT(i) FROM Indicator i")
                + count("SELECT COUNT(p) FROM Program p") + count("SELECT COUNT(t) FROM Target t")
                + count("SELECT COUNT(j) FROM Jurisdiction j");
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
