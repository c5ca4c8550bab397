package org.citygov.plantracker.infrastructure.export.oc4ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsProject;
import org.citygov.plantracker.application.reports.oc4ids.ProjectPackageWriter;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.test.Oc4idsSchema;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The package is valid OC4IDS 0.9 and says what the mapping promises. */
class Oc4idsJsonWriterTest {

    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    static final ProjectPackageWriter.PackageMeta META = new ProjectPackageWriter.PackageMeta(
            "http://localhost:8080/plantracker/api/v1/oc4ids", OffsetDateTime.of(2023, 6, 30, 18, 0, 0, 0, ZoneOffset.ofHours(8)),
            "郑州市人民政府", "oc4ids-test-", AS_OF);

    static Oc4idsProject project(long id, String code, Stage stage, boolean sample) {
        List<Oc4idsProject.Milestone> milestones = List.of(
                new Oc4idsProject.Milestone(id * 10 + 1, 1, "前期手续", "Approvals", MilestoneKind.PREPARATION,
                        LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 31),
                        LocalDate.of(2023, 4, 10), bd("10"), bd("100")),
                new Oc4idsProject.Milestone(id * 10 + 2, 2, "主体施工", "Construction", MilestoneKind.CONSTRUCTION,
                        LocalDate.of(2023, 5, 31), LocalDate.of(2023, 8, 31), LocalDate.of(2023, 10, 31), null,
                        bd("70"), bd("40")),
                new Oc4idsProject.Milestone(id * 10 + 3, 3, "竣工验收", "Completion", MilestoneKind.COMPLETION,
                        LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 1), null, bd("20"), bd("0")));
        List<Oc4idsProject.Output> outputs = List.of(new Oc4idsProject.Output(id * 10 + 5, "C1.4-T3",
                "到2025年每千人口拥有3岁以下婴幼儿托位数达到6个", "托位", bd("120"), stage.isFinished() ? bd("118") : null,
                stage.isFinished(), "金水区"));
        List<Oc4idsProject.Funding> funding = List.of(
                new Oc4idsProject.Funding(id * 10 + 6, "CENTRAL", "中央预算内投资", "Central budget investment", true, 2023,
                        bd("3000000.00"), bd("2500000.00"), bd("1000000.00"), FundingLineStatus.APPROVED),
                new Oc4idsProject.Funding(id * 10 + 7, "MUNICIPAL", "市级财政", "Municipal budget", true, 2024,
                        bd("2000000.00"), null, bd("0"), FundingLineStatus.REQUESTED),
                new Oc4idsProject.Funding(id * 10 + 8, "BOND", "地方政府专项债券", "Special bonds", true, 2024,
                        bd("1000000.00"), null, bd("0"), FundingLineStatus.REJECTED));
        List<Oc4idsProject.Modification> modifications = List.of(new Oc4idsProject.Modification("rb-" + id,
                LocalDateTime.of(2023, 5, 20, 10, 15, 30), "用地手续延误，经批准调整主体施工计划",
                List.of("主体施工 2023-05-31 → 2023-08-31"), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31)));
        List<Oc4idsProject.Payment> payments = List.of(new Oc4idsProject.Payment("d-" + id, LocalDate.of(2023, 5, 5),
                bd("1000000.00"), "CENTRAL", "中央预算内投资"));
        return new Oc4idsProject(id, code, id % 2 == 0 ? "2301-410100-04-01-123456" : null, "金水区托育园 " + code,
                "Jinshui childcare centre", null, Category.CHILDCARE, stage,
                stage == Stage.WITHDRAWN ? "选址调整，项目调出" : null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                bd("10000000.00"), sample, "J04", "郑州市 金水区", "LU-1", "金水区卫生健康委员会",
                new Oc4idsProject.Program("C1.4", "普惠托育服务设施建设工程", "Inclusive childcare facilities", 1,
                        "专栏1：优生优育服务重点工程", 3, "提供安全普惠的婴幼儿照护服务", "ZZ-PS-14", "郑州市“十四五”公共服务和社会保障规划"),
                milestones, outputs, funding, modifications, payments);
    }

    static JsonNode write(List<Oc4idsProject> projects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProjectPackageWriter.PackageStream stream = new Oc4idsJsonWriter().open(out, META)) {
            for (Oc4idsProject p : projects) {
                stream.write(p);
            }
        }
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void everyStageMakesAValidPackage() throws IOException {
        List<Oc4idsProject> projects = new ArrayList<>();
        long id = 1;
        for (Stage stage : Stage.values()) {
            projects.add(project(id, "P-" + id, stage, stage == Stage.CONTINUING));
            id++;
        }

        JsonNode json = write(projects);

        assertThat(Oc4idsSchema.validate(json)).isEmpty();
        assertThat(json.get("version").asText()).isEqualTo("0.9");
        assertThat(json.get("projects")).hasSize(Stage.values().length);
    }

    @Test
    void theValidatorChecksTheProjectsAgainstTheProjectSchema() throws IOException {
        JsonNode json = write(List.of(project(1, "P-1", Stage.RESERVE, false)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("projects").get(0)).put("status", "underway");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("projects").get(0).get("period"))
                .put("startDate", "2023-01-01");

        assertThat(Oc4idsSchema.validate(json)).extracting(Object::toString)
                .anySatisfy(m -> assertThat(m).contains("status"))
                .anySatisfy(m -> assertThat(m).contains("startDate"));
    }

    @Test
    void aSampleTitleCarriesTheSampleMarkOnce() {
        // the sample portfolio's names already start with 【示例】: the export printed it twice
        assertThat(Oc4idsJsonWriter.title(true, "【示例】登封市中医院")).isEqualTo("【示例】登封市中医院");
        assertThat(Oc4idsJsonWriter.title(true, "登封市中医院")).isEqualTo("【示例】登封市中医院");
        assertThat(Oc4idsJsonWriter.title(false, "登封市中医院")).isEqualTo("登封市中医院");
    }

    @Test
    void mapsStagesToProjectStatus() {
        assertThat(EnumSet.allOf(Stage.class)).allSatisfy(s ->
                assertThat(Oc4idsSchema.codes("projectStatus")).contains(Oc4idsJsonWriter.status(s)));
        assertThat(Oc4idsJsonWriter.status(Stage.RESERVE)).isEqualTo("identification");
        assertThat(Oc4idsJsonWriter.status(Stage.PREPARATION)).isEqualTo("preparation");
        assertThat(Oc4idsJsonWriter.status(Stage.NEW_START)).isEqualTo("implementation");
        assertThat(Oc4idsJsonWriter.status(Stage.CONTINUING)).isEqualTo("implementation");
        assertThat(Oc4idsJsonWriter.status(Stage.COMPLETED)).isEqualTo("completion");
        assertThat(Oc4idsJsonWriter.status(Stage.IN_USE)).isEqualTo("completion");
        assertThat(Oc4idsJsonWriter.status(Stage.WITHDRAWN)).isEqualTo("cancelled");
        assertThat(EnumSet.allOf(Category.class)).allSatisfy(c ->
                assertThat(Oc4idsSchema.codes("projectSector")).contains(Oc4idsJsonWriter.sector(c)));
        assertThat(EnumSet.allOf(MilestoneKind.class)).allSatisfy(k ->
                assertThat(Oc4idsSchema.codes("milestoneType")).contains(Oc4idsJsonWriter.milestoneType(k)));
    }

    @Test
    void carriesBudgetMilestonesForecastsMetricsModificationsAndPolicyAlignment() throws IOException {
        JsonNode p = write(List.of(project(4, "P-4", Stage.CONTINUING, true))).get("projects").get(0);

        assertThat(p.get("id").asText()).isEqualTo("oc4ids-test-P-4");
        assertThat(p.get("title").asText()).isEqualTo("【示例】金水区托育园 P-4");
        assertThat(p.get("status").asText()).isEqualTo("implementation");
        assertThat(p.at("/budget/amount/amount").decimalValue()).isEqualByComparingTo("10000000");
        assertThat(p.at("/budget/amount/currency").asText()).isEqualTo("CNY");
        JsonNode breakdown = p.at("/budget/budgetBreakdowns/0/budgetBreakdown");
        // approved line at its approved amount, requested line at its request, rejected line left out
        assertThat(breakdown).hasSize(2);
        assertThat(breakdown.get(0).at("/amount/amount").decimalValue()).isEqualByComparingTo("2500000");
        assertThat(breakdown.get(0).at("/sourceParty/name").asText()).isEqualTo("中央预算内投资");
        assertThat(breakdown.get(1).at("/amount/amount").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(p.get("parties").findValuesAsText("name")).contains("金水区卫生健康委员会", "中央预算内投资", "市级财政");

        JsonNode milestones = p.get("milestones");
        assertThat(milestones.get(0).get("status").asText()).isEqualTo("met");
        assertThat(milestones.get(0).get("dateMet").asText()).isEqualTo("2023-04-10T00:00:00+08:00");
        // due 2023-08-31 (after a re-baseline), not yet due on 2023-06-30
        assertThat(milestones.get(1).get("dueDate").asText()).isEqualTo("2023-08-31T00:00:00+08:00");
        assertThat(milestones.get(1).get("status").asText()).isEqualTo("scheduled");
        assertThat(milestones.get(1).get("description").asText()).contains("原定 2023-05-31");
        // due 2023-06-01, open on 2023-06-30, nothing done
        assertThat(milestones.get(2).get("status").asText()).isEqualTo("notMet");

        // forecast physical progress: 10 % by 2023-03-31, 30 % by 2023-06-01, 100 % by 2023-08-31
        JsonNode planned = p.at("/forecasts/0/observations");
        assertThat(planned).extracting(o -> o.get("measure").decimalValue().doubleValue()).containsExactly(10.0, 30.0, 100.0);
        assertThat(p.at("/forecasts/1/observations/0/measure").decimalValue()).isEqualByComparingTo("120");
        // actual: (10 × 100 + 70 × 40 + 20 × 0) / 100 = 38 %
        assertThat(p.at("/metrics/0/observations/0/measure").decimalValue()).isEqualByComparingTo("38");
        assertThat(p.at("/metrics/1/id").asText()).isEqualTo("financialProgress");
        assertThat(p.at("/metrics/1/observations/0/value/amount").decimalValue()).isEqualByComparingTo("1000000");

        JsonNode modification = p.at("/contractingProcesses/0/summary/modifications/0");
        assertThat(modification.get("type").asText()).isEqualTo("duration");
        assertThat(modification.get("rationale").asText()).isEqualTo("用地手续延误，经批准调整主体施工计划");
        assertThat(modification.at("/newContractPeriod/endDate").asText()).isEqualTo("2023-08-31T00:00:00+08:00");
        assertThat(p.at("/transactions/0/value/amount").decimalValue()).isEqualByComparingTo("1000000");

        assertThat(p.at("/policyAlignment/policies/0").asText()).isEqualTo("sectorPlan");
        assertThat(p.at("/policyAlignment/description").asText())
                .contains("郑州市“十四五”公共服务和社会保障规划", "C1.4 普惠托育服务设施建设工程", "C1.4-T3");
        assertThat(Oc4idsSchema.codes("policyAlignment")).contains("sectorPlan");
    }

    @Test
    void aWithdrawnProjectIsCancelledWithItsReason() throws IOException {
        JsonNode p = write(List.of(project(7, "P-7", Stage.WITHDRAWN, false))).get("projects").get(0);

        assertThat(p.get("status").asText()).isEqualTo("cancelled");
        assertThat(p.at("/completion/finalScopeDetails").asText()).isEqualTo("选址调整，项目调出");
        assertThat(p.get("title").asText()).doesNotContain("示例");
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
