package org.citygov.plantracker.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.citygov.plantracker.test.Api;
import org.citygov.plantracker.test.DemoUsers;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio through the API, on the sample (示例) portfolio of demo mode: filters, paging,
 * sorting, one project's detail, and a project office confined to its own lead unit. The demo data
 * is only read; codes are discovered through the API rather than assumed.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    Api city;

    @BeforeEach
    void signIn() {
        city = Api.at(base).as("city");
    }

    @Test
    void pagesAddUpToTheTotal() {
        JsonNode first = page("projects?limit=7");
        long total = first.path("total").asLong();
        assertThat(total).as("the demo portfolio has projects").isGreaterThan(7);
        assertThat(first.path("offset").asInt()).isZero();
        assertThat(first.path("limit").asInt()).isEqualTo(7);
        assertThat(first.path("items")).hasSize(7);

        List<String> codes = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 100) {
            JsonNode page = page("projects?offset=" + offset + "&limit=100");
            assertThat(page.path("total").asLong()).isEqualTo(total);
            page.path("items").forEach(p -> codes.add(p.path("code").asText()));
        }
        assertThat(codes).hasSize((int) total).doesNotHaveDuplicates().isSorted();

        assertThat(codes(page("projects?page=3&size=7"))).isEqualTo(codes(page("projects?offset=14&limit=7")))
                .isEqualTo(codes.subList(14, 21));
        JsonNode beyond = page("projects?offset=" + total + "&limit=10");
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(total);
    }

    @Test
    void filterByJurisdictionTakesTheUnitsUnderIt() {
        long all = page("projects?limit=1").path("total").asLong();
        String district = anyItem("projects?limit=500", p -> p.has("district")).path("district").path("code").asText();

        JsonNode inDistrict = page("projects?jurisdiction=" + district + "&limit=500");
        assertThat(inDistrict.path("total").asLong()).isBetween(1L, all);
        assertThat(inDistrict.path("items")).allSatisfy(p ->
                assertThat(p.path("district").path("code").asText()).isEqualTo(district));

        String cityCode = city.get("jurisdictions?level=CITY").list().get(0).path("code").asText();
        assertThat(page("projects?jurisdiction=" + cityCode + "&limit=1").path("total").asLong())
                .as("every project lies in the city").isEqualTo(all);
        assertThat(page("projects?jurisdiction=NO-SUCH-UNIT").path("total").asLong()).isZero();
    }

    @Test
    void filterByStageProgramCategoryAndLeadUnit() {
        JsonNode sample = anyItem("projects?limit=500", p -> true);
        String stage = sample.path("stage").asText();
        String program = sample.path("program").path("code").asText();
        String category = sample.path("category").asText();
        String leadUnit = sample.path("leadUnit").path("code").asText();

        JsonNode byStage = page("projects?stage=" + stage.toLowerCase() + "&limit=500");
        assertThat(byStage.path("total").asLong()).isPositive();
        assertThat(byStage.path("items")).allSatisfy(p -> assertThat(p.path("stage").asText()).isEqualTo(stage));

        JsonNode byProgram = page("projects?program=" + program + "&limit=500");
        assertThat(byProgram.path("items")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path("program").path("code").asText()).isEqualTo(program));

        JsonNode combined = page("projects?program=" + program + "&stage=" + stage + "&category=" + category
                + "&leadUnit=" + leadUnit + "&limit=500");
        assertThat(codes(combined)).contains(sample.path("code").asText());
        assertThat(combined.path("items")).allSatisfy(p -> {
            assertThat(p.path("program").path("code").asText()).isEqualTo(program);
            assertThat(p.path("stage").asText()).isEqualTo(stage);
            assertThat(p.path("category").asText()).isEqualTo(category);
            assertThat(p.path("leadUnit").path("code").asText()).isEqualTo(leadUnit);
        });
    }

    @Test
    void textSearchFindsCodesAndChineseNames() {
        JsonNode sample = anyItem("projects?limit=500", p -> p.path("nameZh").asText().length() > 6);
        String code = sample.path("code").asText();
        String nameZh = sample.path("nameZh").asText();
        String words = nameZh.substring(nameZh.length() - 6);

        assertThat(codes(page("projects?q=" + Api.q(code.toLowerCase()) + "&limit=500"))).contains(code);
        JsonNode byName = page("projects?q=" + Api.q(words) + "&limit=500");
        assertThat(codes(byName)).contains(code);
        assertThat(byName.path("items")).allSatisfy(p -> assertThat(
                p.path("code").asText().toLowerCase() + p.path("nameZh").asText() + p.path("nameEn").asText().toLowerCase()
                        + p.path("nationalCode").asText()).containsIgnoringCase(words));
        assertThat(page("projects?q=" + Api.q("不存在的项目名称" + System.nanoTime())).path("total").asLong()).isZero();
    }

    @Test
    void sortsByAWhitelistedKeyEitherWay() {
        List<BigDecimal> descending = new ArrayList<>();
        page("projects?sort=-totalInvestment&limit=200").path("items")
                .forEach(p -> descending.add(p.path("totalInvestment").decimalValue()));
        assertThat(descending).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<String> byName = new ArrayList<>();
        page("projects?sort=plannedFinish&limit=200").path("items").forEach(p -> byName.add(p.path("plannedFinish").asText()));
        assertThat(byName).isSorted();
    }

    @Test
    void oneProjectWithMilestonesOutputsAndFunding() {
        // a sample project whose detail has milestones, outputs and funding lines (other tests add their own projects)
        JsonNode row = null;
        JsonNode project = null;
        for (JsonNode candidate : page("projects?sort=-totalInvestment&limit=100").path("items")) {
            if (!candidate.path("sample").asBoolean()) {
                continue;
            }
            Api.Reply reply = city.get("projects/" + candidate.path("code").asText());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode detail = reply.json();
            if (!detail.path("milestones").isEmpty() && !detail.path("outputs").isEmpty()
                    && !detail.path("funding").isEmpty()) {
                row = candidate;
                project = detail;
                break;
            }
        }
        assertThat(project).as("a sample project with milestones, outputs and funding").isNotNull();
        assertThat(project.path("code").asText()).isEqualTo(row.path("code").asText());
        assertThat(project.path("nameZh").asText()).isEqualTo(row.path("nameZh").asText());
        assertThat(project.path("sample").asBoolean()).isTrue();
        assertThat(project.path("program").path("code").asText()).isEqualTo(row.path("program").path("code").asText());
        assertThat(project.path("totalInvestmentWanYuan").decimalValue())
                .isEqualByComparingTo(project.path("totalInvestment").decimalValue().movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP));

        assertThat(project.path("milestones")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.path("nameZh").asText()).isNotBlank();
            assertThat(m.path("kind").asText()).isNotBlank();
        });
        assertThat(project.path("milestones")).extracting(m -> m.path("seqNo").asInt()).isSorted();
        assertThat(project.path("outputs").isArray()).isTrue();
        assertThat(project.path("funding").isArray()).isTrue();

        JsonNode totals = project.path("fundingTotals");
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (JsonNode line : project.path("funding")) {
            assertThat(line.path("source").path("code").asText()).isNotBlank();
            if ("APPROVED".equals(line.path("status").asText())) {
                approved = approved.add(line.path("approved").decimalValue());
            }
            disbursed = disbursed.add(line.path("disbursed").decimalValue());
        }
        assertThat(totals.path("approved").decimalValue()).isEqualByComparingTo(approved);
        assertThat(totals.path("disbursed").decimalValue()).isEqualByComparingTo(disbursed);
        assertThat(totals.path("unsecured").decimalValue()).isEqualByComparingTo(
                project.path("totalInvestment").decimalValue().subtract(approved).max(BigDecimal.ZERO));
    }

    @Test
    void anOfficeSeesOnlyItsOwnUnitAndIsRefusedAnotherUnitsProject() {
        JsonNode own = anyItem("projects?limit=500", p -> DemoUsers.officeOf(p.path("leadUnit").path("code").asText()).isPresent());
        String unit = own.path("leadUnit").path("code").asText();
        String officeUser = DemoUsers.officeOf(unit).orElseThrow();
        JsonNode other = anyItem("projects?limit=500", p -> !p.path("leadUnit").path("code").asText().equals(unit));
        Api office = Api.at(base).as(officeUser);

        JsonNode mine = office.get("projects?limit=500").json();
        assertThat(mine.path("total").asLong()).isPositive();
        assertThat(mine.path("items")).allSatisfy(p -> assertThat(p.path("leadUnit").path("code").asText()).isEqualTo(unit));
        assertThat(office.get("projects?leadUnit=" + other.path("leadUnit").path("code").asText()).json()
                .path("total").asLong()).isZero();
        assertThat(office.get("projects/" + own.path("code").asText()).status()).isEqualTo(200);

        Api.Reply refused = office.get("projects/" + other.path("code").asText());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(refused.json().path("error").asText()).isEqualTo("forbidden");
        assertThat(refused.json().path("message").asText()).contains(other.path("code").asText());
    }

    @Test
    void anUnknownProjectIs404Json() {
        Api.Reply reply = city.get("projects/NO-SUCH-PROJECT");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("status").asInt()).isEqualTo(404);
        assertThat(reply.json().path("message").asText()).isEqualTo("未找到项目：NO-SUCH-PROJECT。");
    }

    @Test
    void unusableParametersAre400NamingTheParameter() {
        assertBadParameter("projects?stage=FINISHED", "stage", "FINISHED", "NEW_START");
        assertBadParameter("projects?category=PARKS", "category", "PARKS", "CHILDCARE");
        assertBadParameter("projects?sort=budget", "sort", "budget", "totalInvestment");
        assertBadParameter("projects?limit=0", "limit", "0", "500");
        assertBadParameter("projects?limit=501", "limit", "501", "500");
        assertBadParameter("projects?offset=-1", "offset", "-1", "0");
        assertBadParameter("projects?page=abc", "page", "abc", "page");
        assertBadParameter("projects?offset=10&page=2", "page", "offset", "page");
        assertBadParameter("projects?limit=10&size=20", "size", "limit", "size");

        Api.Reply chinese = city.get("projects?stage=FINISHED");
        assertThat(chinese.json().path("message").asText()).startsWith("参数 stage 的值“FINISHED”无效");
    }

    private void assertBadParameter(String path, String field, String... mentioned) {
        Api.Reply reply = city.inLanguage("en").get(path);
        assertThat(reply.status()).as(path + " → " + reply).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_parameter");
        assertThat(reply.json().path("violations").get(0).path("field").asText()).as(path).isEqualTo(field);
        assertThat(reply.json().path("message").asText()).as(path).contains(mentioned);
    }

    private JsonNode page(String path) {
        Api.Reply reply = city.get(path);
        assertThat(reply.status()).as(path + " → " + reply).isEqualTo(200);
        return reply.json();
    }

    private JsonNode anyItem(String path, java.util.function.Predicate<JsonNode> wanted) {
        for (JsonNode item : page(path).path("items")) {
            if (wanted.test(item)) {
                return item;
            }
        }
        throw new AssertionError("No project matches in " + path);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(p -> codes.add(p.path("code").asText()));
        return codes;
    }
}
