package org.citygov.plantracker.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.citygov.plantracker.test.Api;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan through the API, as loaded at start-up from the bundled definition of the 14th FYP
 * (ZZ-PS-14): 16 区县(市) under 郑州市, 35 indicators, 37 programs, C1.4's 五年三跨越.
 * Read as the demo user {@code city}.
 */
@ExtendWith(ArquillianExtension.class)
class PlanApiIT {

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
    void theFourteenthPlanIsLoadedAndCurrent() {
        Api.Reply reply = city.get("plans");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode plan = reply.list().stream().filter(p -> p.path("code").asText().equals("ZZ-PS-14")).findFirst()
                .orElseThrow(() -> new AssertionError("ZZ-PS-14 not listed: " + reply.body()));
        assertThat(plan.path("docNo").asText()).isEqualTo("郑政〔2022〕33号");
        assertThat(plan.path("startYear").asInt()).isEqualTo(2022);
        assertThat(plan.path("endYear").asInt()).isEqualTo(2025);
        assertThat(reply.list()).filteredOn(p -> p.path("current").asBoolean()).hasSize(1);
    }

    @Test
    void sixteenDistrictsUnderZhengzhou() {
        List<JsonNode> cities = city.get("jurisdictions?level=CITY").list();
        assertThat(cities).hasSize(1);
        JsonNode zhengzhou = cities.get(0);
        assertThat(zhengzhou.path("nameZh").asText()).isEqualTo("郑州市");
        assertThat(zhengzhou.has("parentCode")).isFalse();

        Api.Reply districts = city.get("jurisdictions?level=district");
        assertThat(districts.status()).isEqualTo(200);
        assertThat(districts.list()).hasSize(16)
                .allSatisfy(d -> {
                    assertThat(d.path("level").asText()).isEqualTo("DISTRICT");
                    assertThat(d.path("parentCode").asText()).isEqualTo(zhengzhou.path("code").asText());
                });
        assertThat(districts.list()).extracting(d -> d.path("nameZh").asText())
                .contains("金水区", "中牟县", "登封市", "郑州航空港经济综合实验区");

        JsonNode detail = city.get("jurisdictions/" + zhengzhou.path("code").asText()).json();
        assertThat(detail.path("children")).hasSize(16);
        assertThat(detail.path("level").asText()).isEqualTo("CITY");
    }

    @Test
    void theWholeTreeListsEachUnitAfterItsParent() {
        List<JsonNode> all = city.get("jurisdictions").list();
        assertThat(all.size()).isGreaterThanOrEqualTo(17);
        assertThat(all.get(0).path("level").asText()).isEqualTo("CITY");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode unit : all) {
            if (unit.has("parentCode")) {
                assertThat(seen).as("parent of " + unit.path("code").asText()).contains(unit.path("parentCode").asText());
            }
            seen.add(unit.path("code").asText());
        }
    }

    @Test
    void oneDistrictWithItsParentChildrenAndPopulation() {
        Api.Reply reply = city.get("jurisdictions/J04");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode jinshui = reply.json();
        assertThat(jinshui.path("nameZh").asText()).isEqualTo("金水区");
        assertThat(jinshui.path("kind").asText()).isEqualTo("URBAN_DISTRICT");
        assertThat(jinshui.path("parent").path("nameZh").asText()).isEqualTo("郑州市");
        assertThat(jinshui.path("leap2022MinInstitutions").asInt()).isEqualTo(2);
        assertThat(jinshui.path("children").isArray()).isTrue();
        assertThat(jinshui.path("population").isArray()).isTrue();
        jinshui.path("population").forEach(p -> {
            assertThat(p.path("year").asInt()).isBetween(2000, 2100);
            assertThat(p.path("persons").asLong()).isPositive();
        });
    }

    @Test
    void unknownJurisdictionIs404AndAnUnknownLevelIs400() {
        Api.Reply missing = city.get("jurisdictions/NO-SUCH-UNIT");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").asText()).isEqualTo("not_found");
        assertThat(missing.json().path("message").asText()).contains("NO-SUCH-UNIT");

        Api.Reply badLevel = city.inLanguage("en").get("jurisdictions?level=PROVINCE");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().path("violations").get(0).path("field").asText()).isEqualTo("level");
        assertThat(badLevel.json().path("message").asText()).contains("PROVINCE").contains("DISTRICT");
    }

    @Test
    void thirtyFiveIndicatorsAsThePlanPrintsThem() {
        Api.Reply reply = city.get("indicators");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> indicators = reply.list();
        assertThat(indicators).hasSize(35);
        assertThat(indicators).extracting(i -> i.path("code").asText()).doesNotHaveDuplicates();
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.path("nature").asText()).isIn("BINDING", "EXPECTED");
            assertThat(i.path("nameZh").asText()).isNotBlank();
            assertThat(i.path("observations").isArray()).isTrue();
        });
        assertThat(indicators).anySatisfy(i -> assertThat(i.path("cumulative").asBoolean()).isTrue());

        JsonNode childcare = byCode(indicators).get("IND-04");
        assertThat(childcare.path("nameZh").asText()).isEqualTo("每千人口拥有3岁以下婴幼儿托位数");
        assertThat(childcare.path("unit").asText()).isEqualTo("个");
        assertThat(childcare.path("baseline").path("text").asText()).isEqualTo("1.46");
        assertThat(childcare.path("baseline").path("value").decimalValue()).isEqualByComparingTo("1.46");
        assertThat(childcare.path("target").path("value").decimalValue()).isEqualByComparingTo("6");
        assertThat(childcare.path("nature").asText()).isEqualTo("EXPECTED");

        assertThat(city.get("indicators/IND-04?plan=ZZ-PS-14").json().path("nameZh").asText())
                .isEqualTo("每千人口拥有3岁以下婴幼儿托位数");
        assertThat(city.get("indicators/IND-99").status()).isEqualTo(404);
        assertThat(city.get("indicators?plan=NO-SUCH-PLAN").status()).isEqualTo(404);
    }

    @Test
    void thirtySevenProgramsWithTheirTargets() {
        Api.Reply reply = city.get("programs");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> programs = reply.list();
        assertThat(programs).hasSize(37);
        assertThat(programs).extracting(p -> p.path("columnBox").path("number").asInt()).isSorted();
        assertThat(programs).extracting(p -> p.path("columnBox").path("number").asInt()).containsOnly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(programs).allSatisfy(p -> {
            assertThat(p.path("columnBox").path("printedTitle").asText()).startsWith("专栏");
            assertThat(p.path("targets").isArray()).isTrue();
        });
        // 专栏8 repeats the printed title of 专栏7: kept as printed, with a note
        assertThat(programs).filteredOn(p -> p.path("columnBox").path("number").asInt() == 8)
                .allSatisfy(p -> assertThat(p.path("columnBox").path("ambiguityNote").asText()).isNotBlank());

        assertThat(city.get("programs?column=1").list()).extracting(p -> p.path("code").asText())
                .containsExactly("C1.1", "C1.2", "C1.3", "C1.4");
        assertThat(city.get("programs?column=x").status()).isEqualTo(400);
    }

    @Test
    void childcareProgramHasTheThreeLeapsWithTheirDeadlines() {
        Api.Reply reply = city.get("programs/C1.4");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode c14 = reply.json();
        assertThat(c14.path("titleZh").asText()).isEqualTo("普惠托育服务设施建设工程");
        assertThat(c14.path("chapter").path("number").asInt()).isEqualTo(3);

        JsonNode schedule = c14.path("stagedSchedule");
        assertThat(schedule.path("nameZh").asText()).isEqualTo("五年三跨越");
        assertThat(schedule.path("stages")).extracting(s -> s.path("deadline").asText())
                .containsExactly("2022-12-31", "2023-12-31", "2025-12-31");

        Map<String, JsonNode> targets = byCode(listOf(c14.path("targets")));
        assertThat(targets).containsKeys("C1.4-T1", "C1.4-T3", "C1.4-T6", "C1.4-T9");
        assertThat(listOf(c14.path("targets")))
                .filteredOn(t -> t.has("stage"))
                .allSatisfy(t -> assertThat(t.path("deadline").asText()).isEqualTo(
                        List.of("2022-12-31", "2023-12-31", "2025-12-31").get(t.path("stage").asInt() - 1)));
        assertThat(listOf(c14.path("targets"))).extracting(t -> t.path("deadline").asText())
                .contains("2022-12-31", "2023-12-31", "2025-12-31");

        JsonNode t1 = targets.get("C1.4-T1");
        assertThat(t1.path("stage").asInt()).isEqualTo(1);
        assertThat(t1.path("comparison").asText()).isEqualTo("AT_LEAST");
        assertThat(t1.path("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(t1.path("deadlineBasis").asText()).isEqualTo("EXPLICIT");
        assertThat(t1.path("scope").asText()).isEqualTo("PER_JURISDICTION_GROUP");
        assertThat(t1.path("minPlacesPerInstitution").asInt()).isEqualTo(50);
        assertThat(listOf(t1.path("jurisdictions"))).extracting(JsonNode::asText).contains("J04", "J13").doesNotContain("J05");

        JsonNode t3 = targets.get("C1.4-T3");
        assertThat(t3.path("metric").asText()).isEqualTo("childcare_places_per_1000_population");
        assertThat(t3.path("deadline").asText()).isEqualTo("2022-12-31");
        assertThat(targets.get("C1.4-T6").path("deadline").asText()).isEqualTo("2023-12-31");
    }

    @Test
    void anUnknownProgramIs404InTheCallersLanguage() {
        Api.Reply zh = city.get("programs/C99.9");
        Api.Reply en = city.inLanguage("en").get("programs/C99.9");

        assertThat(zh.status()).isEqualTo(404);
        assertThat(zh.json().path("message").asText()).isEqualTo("未找到工程：C99.9。");
        assertThat(en.json().path("message").asText()).isEqualTo("No program C99.9.");
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Map<String, JsonNode> byCode(List<JsonNode> items) {
        return items.stream().collect(Collectors.toMap(i -> i.path("code").asText(), Function.identity()));
    }
}
