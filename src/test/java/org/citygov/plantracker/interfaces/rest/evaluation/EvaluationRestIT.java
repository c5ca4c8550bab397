package org.citygov.plantracker.interfaces.rest.evaluation;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.UserTransaction;
import org.citygov.plantracker.application.evaluation.EvaluationFixture;
import org.citygov.plantracker.application.evaluation.EvaluationFixture.Out;
import org.citygov.plantracker.application.evaluation.EvaluationFixture.World;
import org.citygov.plantracker.application.evaluation.SnapshotService;
import org.citygov.plantracker.application.evaluation.SnapshotService.SnapshotSummary;
import org.citygov.plantracker.domain.model.evaluation.EvaluationSnapshot;
import org.citygov.plantracker.domain.model.evaluation.SnapshotKind;
import org.citygov.plantracker.domain.model.audit.AuditEntry;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.test.ApiTokens;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.RunAs;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.TargetEvaluationDto;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.citygov.plantracker.test.InContainerApi;
import org.citygov.plantracker.test.InContainerApi.Answer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.test.InContainerApi.base;
import static org.citygov.plantracker.test.InContainerApi.enc;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluation API over HTTP, one seeded scenario per kind of target (run inside the server, so
 * each test builds its own world — places, plan, targets, projects — under unique codes).
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationRestIT {

    /** Each user signs in with Basic once, for its API token; every call after that sends the token. */
    private static final ApiTokens TOKENS = new ApiTokens();

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(EvaluationFixture.class);
    }

    @Inject
    EvaluationFixture fixture;

    @PersistenceContext
    EntityManager em;

    @Inject
    SnapshotService snapshots;

    @Inject
    UserTransaction tx;

    @Inject
    TargetRowsJson rowsJson;

    @Inject
    org.citygov.plantracker.application.evaluation.EvaluationService evaluationService;

    @Inject
    org.citygov.plantracker.interfaces.rest.JsonBinding jsonBinding;

    private final HttpClient http = HttpClient.newHttpClient();
    private final InContainerApi api = new InContainerApi(EvaluationFixture.PASSWORD);

    /** The worlds this test made, removed after it so the other contexts' tests find only the plan's places. */
    private final List<World> worlds = new java.util.ArrayList<>();

    @AfterEach
    void disposeWorlds() {
        worlds.forEach(fixture::dispose);
    }

    private World world() {
        World w = fixture.world();
        worlds.add(w);
        return w;
    }

    // ---- one scenario per kind of target ----------------------------------------------------------

    @Test
    void citywideQuantityAndAllDoneCompletion() throws Exception {
        World w = world();
        LocalDate asOf = LocalDate.of(2023, 6, 30);
        String area = fixture.chapterTarget(w, "Q", "resettlement_housing_completed_area", "m²", Comparison.AT_LEAST,
                55_000_000, LocalDate.of(2023, 12, 31), "第一节");
        String all = fixture.chapterTarget(w, "ALL", "resettlement_completion", "%", Comparison.EQUAL, 100,
                LocalDate.of(2024, 12, 31), "第一节");
        // A completed 1 Mar 2023 with 20,000,000 m²; B on schedule to finish 31 Oct 2023 with 30,000,000;
        // C planned for 30 Sep 2023 but nothing done: red, forecast long after the deadline, 10,000,000
        fixture.finished(w, "A", w.d1(), LocalDate.of(2023, 3, 1), new Out(area, w.d1(), 20_000_000, null, null));
        String b = fixture.onTrack(w, "B", w.d2(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 10, 31), asOf,
                new Out(area, w.d2(), 30_000_000, null, null));
        String c = fixture.stalled(w, "C", w.d2(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 9, 30),
                new Out(area, w.d2(), 10_000_000, null, null));

        JsonObject city = row(targets(w, asOf, area, null), w.city());
        // R = 55,000,000; D = A = 20,000,000; F = D + B = 50,000,000 (C is late) → 预计未完成, short 5,000,000
        assertThat(city.getString("kind")).isEqualTo("QUANTITY");
        assertThat(city.getJsonNumber("required").bigDecimalValue()).isEqualByComparingTo("55000000");
        assertThat(city.getJsonNumber("delivered").bigDecimalValue()).isEqualByComparingTo("20000000");
        assertThat(city.getJsonNumber("forecast").bigDecimalValue()).isEqualByComparingTo("50000000");
        assertThat(city.getJsonNumber("shortfall").bigDecimalValue()).isEqualByComparingTo("5000000");
        assertThat(city.getString("status")).isEqualTo("WILL_MISS");
        assertThat(city.getString("statusLabel")).isEqualTo("预计未完成");
        assertThat(codes(city.getJsonArray("causes"))).containsExactly(c);
        assertThat(codes(city.getJsonArray("closers"))).containsExactly(c);
        assertThat(codes(city.getJsonArray("projects"))).containsExactlyInAnyOrder(w.project("A"), b, c);

        // 全部完成 by end-2024 over the same lots: 1 of 3 done (33.33 %), 2 of 3 forecast (66.67 %)
        JsonObject done = row(targets(w, asOf, all, null), w.city());
        assertThat(done.getString("kind")).isEqualTo("COMPLETION");
        assertThat(done.getJsonNumber("delivered").bigDecimalValue()).isEqualByComparingTo("33.3333");
        assertThat(done.getJsonNumber("forecast").bigDecimalValue()).isEqualByComparingTo("66.6667");
        assertThat(done.getString("status")).isEqualTo("WILL_MISS");

        // English labels by Accept-Language
        Answer en = call(w.cityUser(), "GET", "evaluation/targets?asOf=" + asOf + "&plan=" + w.plan() + "&target=" + area, null, "en");
        assertThat(row(en.array(), w.city()).getString("statusLabel")).isEqualTo("Will miss");

        // C moves to 调出: it no longer counts, it is named as withdrawn, and no late project can close the gap
        fixture.withdraw(c);
        city = row(targets(w, asOf, area, null), w.city());
        assertThat(city.getJsonNumber("forecast").bigDecimalValue()).isEqualByComparingTo("50000000");
        JsonObject cause = city.getJsonArray("causes").getJsonObject(0);
        assertThat(cause.getString("projectCode")).isEqualTo(c);
        assertThat(cause.getString("counted")).isEqualTo("WITHDRAWN");
        assertThat(city.getJsonNumber("remainingGap").bigDecimalValue()).isEqualByComparingTo("5000000");
        // the completion target no longer waits for it: A done, B on track → 正常
        assertThat(row(targets(w, asOf, all, null), w.city()).getString("status")).isEqualTo("ON_TRACK");

        // after the deadline only what was delivered by it counts: B (31 Oct 2023) is still open → 未完成
        assertThat(row(targets(w, LocalDate.of(2024, 2, 1), area, null), w.city()).getString("status")).isEqualTo("MISSED");
    }

    @Test
    void perThousandPopulationWithPopulationAndStockWrittenThroughTheApi() throws Exception {
        World w = world();
        LocalDate asOf = LocalDate.of(2022, 9, 30);
        String places = fixture.programTarget(w, "PP", "childcare_places_per_1000_population",
                "places per 1,000 population", Comparison.EQUAL, 2, TargetScope.PER_DISTRICT_COUNTY, 1, null, null);
        fixture.finished(w, "A", w.s1(), LocalDate.of(2022, 6, 1), new Out(places, w.d1(), 250, 250, true));
        fixture.onTrack(w, "B", w.s2(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 11, 30), asOf,
                new Out(places, w.d1(), 200, 200, true));

        // no population yet: R cannot be computed
        assertThat(row(targets(w, asOf, places, null), w.d1()).getString("status")).isEqualTo("NO_DATA");

        // CITY_GOV records the population and the end-2021 stock; others may not
        assertThat(call(w.officeUser(), "PUT", "evaluation/population/" + w.d1() + "/2022",
                "{\"persons\":500000,\"source\":\"统计公报\"}", null).status()).isEqualTo(403);
        Answer bad = call(w.cityUser(), "PUT", "evaluation/population/" + w.d1() + "/2022", "{\"persons\":-5}", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("message")).isEqualTo("人口必须为正数。");
        Answer population = call(w.cityUser(), "PUT", "evaluation/population/" + w.d1() + "/2022",
                "{\"persons\":500000,\"source\":\"统计公报\"}", null);
        assertThat(population.status()).isEqualTo(200);
        assertThat(population.json().getJsonNumber("persons").longValue()).isEqualTo(500_000L);
        Answer stock = call(w.cityUser(), "PUT", "evaluation/stock/" + w.d1() + "/childcare_places_per_1000_population/2021",
                "{\"quantity\":600,\"source\":\"2021年底托位摸底\"}", null);
        assertThat(stock.status()).isEqualTo(200);
        assertThat(call(w.cityUser(), "PUT", "evaluation/stock/" + w.d1() + "/childcare_places_per_1000_population/2021",
                "{\"quantity\":600}", null).status()).isEqualTo(400); // a source is required

        // revisions that only name a better source: the trail says who changed which field, from what to what,
        // and nothing for the figures that stayed the same
        assertThat(call(w.cityUser(), "PUT", "evaluation/population/" + w.d1() + "/2022",
                "{\"persons\":500000,\"source\":\"2022年统计公报\"}", null).status()).isEqualTo(200);
        assertThat(call(w.cityUser(), "PUT", "evaluation/stock/" + w.d1() + "/childcare_places_per_1000_population/2021",
                "{\"quantity\":600,\"source\":\"2021年底托位复核\"}", null).status()).isEqualTo(200);
        String who = w.cityUser() + ": ";
        assertThat(audited("Population", w.d1(), "population.2022")).containsExactly(who + "null → 500000");
        assertThat(audited("Population", w.d1(), "population.2022.source"))
                .containsExactly(who + "null → 统计公报", who + "统计公报 → 2022年统计公报");
        String stockField = "stock.childcare_places_per_1000_population.2021";
        assertThat(audited("ExistingStock", w.d1(), stockField)).containsExactly(who + "null → 600");
        assertThat(audited("ExistingStock", w.d1(), stockField + ".total")).isEmpty();
        assertThat(audited("ExistingStock", w.d1(), stockField + ".source"))
                .containsExactly(who + "null → 2021年底托位摸底", who + "2021年底托位摸底 → 2021年底托位复核");

        // R = 2 × 500,000 / 1,000 = 1,000; D = 600 + 250 = 850; F = 850 + 200 = 1,050 → 正常
        JsonObject d1 = row(targets(w, asOf, places, null), w.d1());
        assertThat(d1.getString("kind")).isEqualTo("PER_POPULATION");
        assertThat(d1.getJsonNumber("population").longValue()).isEqualTo(500_000L);
        assertThat(d1.getJsonNumber("required").bigDecimalValue()).isEqualByComparingTo("1000");
        assertThat(d1.getJsonNumber("stock").bigDecimalValue()).isEqualByComparingTo("600");
        assertThat(d1.getJsonNumber("delivered").bigDecimalValue()).isEqualByComparingTo("850");
        assertThat(d1.getJsonNumber("forecast").bigDecimalValue()).isEqualByComparingTo("1050");
        assertThat(d1.getJsonNumber("deliveredRate").bigDecimalValue()).isEqualByComparingTo("1.7");
        assertThat(d1.getString("status")).isEqualTo("ON_TRACK");

        // the county: 100,000 people need 200 places and nothing is planned → 预计未完成
        call(w.cityUser(), "PUT", "evaluation/population/" + w.d2() + "/2021", "{\"persons\":100000}", null);
        JsonObject d2 = row(targets(w, asOf, places, null), w.d2());
        assertThat(d2.getJsonNumber("required").bigDecimalValue()).isEqualByComparingTo("200");
        assertThat(d2.getString("status")).isEqualTo("WILL_MISS");

        // the city rolls up the two: 1 forecast to meet it, worst status 预计未完成, the county uncovered
        JsonObject city = row(targets(w, asOf, places, null), w.city());
        assertThat(city.getString("role")).isEqualTo("ROLLUP");
        assertThat(city.getJsonNumber("forecast").intValue()).isEqualTo(1);
        assertThat(city.getJsonArray("uncovered").getJsonObject(0).getString("code")).isEqualTo(w.d2());

        // the figures are listed back, with their sources (as revised above)
        JsonArray listed = call(w.cityUser(), "GET", "evaluation/stock?jurisdiction=" + w.d1(), null, null).array();
        assertThat(listed.getJsonObject(0).getString("source")).isEqualTo("2021年底托位复核");
    }

    @Test
    void countAndCoverageTargetsOfAStagedSchedule() throws Exception {
        World w = world();
        LocalDate asOf = LocalDate.of(2022, 10, 31);
        String places = fixture.programTarget(w, "T3", "childcare_places_per_1000_population",
                "places per 1,000 population", Comparison.EQUAL, 2, TargetScope.PER_DISTRICT_COUNTY, 1, null, null);
        String count = fixture.programTarget(w, "T1", "inclusive_childcare_institutions_per_jurisdiction", "institutions",
                Comparison.AT_LEAST, 2, TargetScope.PER_JURISDICTION_GROUP, 1, 50, List.of(w.d1()));
        String countCounty = fixture.programTarget(w, "T2", "inclusive_childcare_institutions_per_jurisdiction",
                "institutions", Comparison.AT_LEAST, 1, TargetScope.PER_JURISDICTION_GROUP, 1, 50, List.of(w.d2()));
        String streets = fixture.programTarget(w, "T4", "inclusive_childcare_institutions_per_street", "institutions",
                Comparison.AT_LEAST, 1, TargetScope.PER_STREET, 2, 50, null);
        String communities = fixture.programTarget(w, "T8", "childcare_institution_min_places_per_community", "places",
                Comparison.AT_LEAST, 20, TargetScope.PER_COMMUNITY, 3, null, null);
        // A: a 60-place inclusive institution in street S1, recorded (as the sample does) toward T1 and T3 in the 区县
        String a = fixture.finished(w, "A", w.s1(), LocalDate.of(2022, 5, 1), new Out(count, w.d1(), 1, 60, true),
                new Out(places, w.d1(), 60, 60, true));
        // B: 40 places in street S2: too small for ≥ 50
        String b = fixture.finished(w, "B", w.s2(), LocalDate.of(2022, 5, 1), new Out(places, w.d1(), 40, 40, true));
        // one qualifying institution existed at end-2021
        assertThat(call(w.cityUser(), "PUT", "evaluation/stock/" + w.d1()
                + "/inclusive_childcare_institutions_per_jurisdiction/2021", "{\"quantity\":1,\"source\":\"普查\"}", null)
                .status()).isEqualTo(200);

        // T1 in 区县 D1: stock 1 + A = 2 ≥ 2 → 已完成; B listed as too small
        JsonObject t1 = row(targets(w, asOf, count, null), w.d1());
        assertThat(t1.getString("kind")).isEqualTo("COUNT");
        assertThat(t1.getJsonNumber("delivered").intValue()).isEqualTo(2);
        assertThat(t1.getString("status")).isEqualTo("MET");
        assertThat(t1.getJsonArray("projects").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("projectCode").equals(b)).findFirst().orElseThrow().getString("counted"))
                .isEqualTo("NOT_QUALIFYING");
        // T2 in the county: nothing → 预计未完成; T1 does not apply there
        assertThat(row(targets(w, asOf, countCounty, null), w.d2()).getString("status")).isEqualTo("WILL_MISS");
        assertThat(targets(w, asOf, count, null).stream().map(JsonValue::asJsonObject)
                .noneMatch(r -> !r.isNull("jurisdiction") && r.getJsonObject("jurisdiction").getString("code").equals(w.d2()))).isTrue();

        // T4, each street: S1 covered by A (it lies in S1), S2 not (40 places): coverage of D1 1/2, S2 uncovered
        JsonObject s1 = row(targets(w, asOf, streets, null), w.s1());
        assertThat(s1.getString("kind")).isEqualTo("COVERAGE");
        assertThat(s1.getString("status")).isEqualTo("MET");
        JsonObject d1 = row(targets(w, asOf, streets, null), w.d1());
        assertThat(d1.getString("role")).isEqualTo("ROLLUP");
        assertThat(d1.getJsonNumber("required").intValue()).isEqualTo(2);
        assertThat(d1.getJsonNumber("delivered").intValue()).isEqualTo(1);
        assertThat(d1.getString("status")).isEqualTo("WILL_MISS");
        assertThat(d1.getJsonArray("uncovered").getJsonObject(0).getString("code")).isEqualTo(w.s2());
        // T8, each community ≥ 20 places: community C1 has none
        assertThat(row(targets(w, asOf, communities, null), w.c1()).getString("status")).isEqualTo("WILL_MISS");

        // drill-down: every row at street S1 — T4 official, T3/T1 breakdowns of what S1 holds
        JsonArray atS1 = call(w.cityUser(), "GET", "evaluation/targets?asOf=" + asOf + "&plan=" + w.plan()
                + "&jurisdiction=" + w.s1(), null, null).array();
        assertThat(atS1.stream().map(v -> v.asJsonObject().getString("targetCode") + "/" + v.asJsonObject().getString("role")))
                .contains(streets + "/OFFICIAL", places + "/BREAKDOWN", count + "/BREAKDOWN");
        assertThat(codes(row(atS1.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("targetCode").equals(places)).toList(), w.s1()).getJsonArray("projects")))
                .containsExactly(a);
    }

    @Test
    void shareOfInclusivePlaces() throws Exception {
        World w = world();
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        String places = fixture.programTarget(w, "T9", "childcare_places_per_1000_population",
                "places per 1,000 population", Comparison.EQUAL, 6, TargetScope.PER_DISTRICT_COUNTY, 3, null, null);
        String share = fixture.programTarget(w, "T10", "inclusive_share_of_childcare_places", "%", Comparison.AT_LEAST,
                90, TargetScope.CITYWIDE, 3, null, null);
        // end-2021: 800 inclusive of 1,000 places; then 600 inclusive delivered, 400 not inclusive on the way
        assertThat(call(w.cityUser(), "PUT", "evaluation/stock/" + w.city() + "/inclusive_share_of_childcare_places/2021",
                "{\"quantity\":800,\"totalQuantity\":1000,\"source\":\"普查\"}", null).status()).isEqualTo(200);
        fixture.finished(w, "A", w.d1(), LocalDate.of(2023, 5, 1), new Out(places, w.d1(), 600, 600, true));
        fixture.onTrack(w, "B", w.d2(), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), asOf,
                new Out(places, w.d2(), 400, 400, false));
        // D = (800 + 600) / (1,000 + 600) = 87.5 %; F = 1,400 / 2,000 = 70 % → 预计未完成
        JsonObject city = row(targets(w, asOf, share, null), w.city());
        assertThat(city.getString("kind")).isEqualTo("SHARE");
        assertThat(city.getJsonNumber("delivered").bigDecimalValue()).isEqualByComparingTo("87.5");
        assertThat(city.getJsonNumber("forecast").bigDecimalValue()).isEqualByComparingTo("70");
        assertThat(city.getString("status")).isEqualTo("WILL_MISS");
        // a total below the quantity is refused, nothing changes
        assertThat(call(w.cityUser(), "PUT", "evaluation/stock/" + w.city() + "/inclusive_share_of_childcare_places/2021",
                "{\"quantity\":800,\"totalQuantity\":700,\"source\":\"x\"}", null).status()).isEqualTo(400);
        assertThat(row(targets(w, asOf, share, null), w.city()).getJsonNumber("delivered").bigDecimalValue())
                .isEqualByComparingTo("87.5");
    }

    // ---- projects, indicators, thresholds, snapshots ---------------------------------------------

    /**
     * The targets answer is kept per evaluation and put together from the rows' JSON (TargetRowsJson): it must be
     * byte for byte what serialising the DTOs gives, for the whole answer and a filtered one, before and after a
     * write; the write must show at once; and a read after it serialises only the rows the write touched.
     */
    @Test
    void theKeptTargetsAnswerIsTheSerialisedEvaluationAndFollowsEveryWrite() throws Exception {
        World w = world();
        LocalDate asOf = LocalDate.of(2023, 6, 30);
        String area = fixture.chapterTarget(w, "K", "resettlement_housing_completed_area", "m²", Comparison.AT_LEAST,
                1_000_000, LocalDate.of(2023, 12, 31), "第一节");
        fixture.finished(w, "A", w.d1(), LocalDate.of(2023, 3, 1), new Out(area, w.d1(), 400_000, null, null));
        String late = fixture.stalled(w, "C", w.d2(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 9, 30),
                new Out(area, w.d2(), 300_000, null, null));
        String whole = "evaluation/targets?asOf=" + asOf;
        String one = whole + "&plan=" + w.plan() + "&target=" + enc(area);

        Answer first = call(w.cityUser(), "GET", whole, null, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(expectedTargets(w, asOf, null, null));
        assertThat(call(w.cityUser(), "GET", one, null, null).body()).isEqualTo(expectedTargets(w, asOf, area, null));
        long serialisedBefore = rowsJson.rowsSerialised();
        assertThat(call(w.cityUser(), "GET", whole, null, null).body()).as("nothing written: the same answer")
                .isEqualTo(first.body());
        assertThat(rowsJson.rowsSerialised()).as("nothing written: nothing serialised again").isEqualTo(serialisedBefore);
        int rows = first.array().size();
        // conditional GET: the tag of these bytes gives 304 without a body; another query's tag does not match
        HttpResponse<String> tagged = get(w.cityUser(), whole, null);
        String etag = tagged.headers().firstValue("ETag").orElseThrow();
        assertThat(tagged.body()).isEqualTo(first.body());
        assertThat(tagged.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache").contains("private");
        HttpResponse<String> unchanged = get(w.cityUser(), whole, etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).contains(etag);
        assertThat(get(w.cityUser(), one, etag).statusCode()).as("another query, another tag").isEqualTo(200);

        fixture.withdraw(late); // committed: the next answer must show it
        Answer after = call(w.cityUser(), "GET", whole, null, null);
        assertThat(after.body()).isEqualTo(expectedTargets(w, asOf, null, null)).isNotEqualTo(first.body());
        JsonObject city = row(after.array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("targetCode").equals(area)).toList(), w.city());
        assertThat(city.getJsonArray("causes").getJsonObject(0).getString("counted")).isEqualTo("WITHDRAWN");
        long serialised = rowsJson.rowsSerialised() - serialisedBefore;
        assertThat(serialised).as("rows serialised again after one write, of " + rows).isPositive().isLessThan(rows);
        HttpResponse<String> changed = get(w.cityUser(), whole, etag);
        assertThat(changed.statusCode()).as("a committed write changed a row: the old tag no longer matches").isEqualTo(200);
        assertThat(changed.body()).isEqualTo(after.body());
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(call(w.cityUser(), "GET", one, null, null).body()).isEqualTo(expectedTargets(w, asOf, area, null));
    }

    /** The answer as serialising the DTOs of a fresh evaluation gives it (what the API did before it kept answers). */
    private String expectedTargets(World w, LocalDate asOf, String target, String plan) {
        return RunAs.user(w.cityUser(), EvaluationFixture.PASSWORD, () -> {
            var e = evaluationService.evaluate(asOf);
            String planCode = target == null ? plan : w.plan();
            var dtos = e.targetRows().stream()
                    .filter(r -> planCode == null || r.planCode().equals(planCode))
                    .filter(r -> target == null || r.targetCode().equals(target))
                    .filter(r -> r.role() != org.citygov.plantracker.domain.service.slippage.RowRole.BREAKDOWN)
                    .map(r -> TargetEvaluationDto.of(r, e.target(r.targetId()).orElseThrow(),
                            r.parentUnitId() == null ? null
                                    : e.territory().unit(r.parentUnitId()).map(u -> u.code()).orElse(null),
                            target != null, org.citygov.plantracker.interfaces.i18n.Texts.CHINESE))
                    .toList();
            return jsonBinding.getContext(Object.class).toJson(dtos);
        });
    }

    @Test
    void projectRatingsForTheCityAndForTheirOffice() throws Exception {
        World w = world();
        LocalDate asOf = LocalDate.of(2023, 6, 30);
        String area = fixture.chapterTarget(w, "Q", "resettlement_housing_completed_area", "m²", Comparison.AT_LEAST,
                1000, LocalDate.of(2023, 12, 31), "第一节");
        String b = fixture.onTrack(w, "B", w.d2(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 10, 31), asOf,
                new Out(area, w.d2(), 600, null, null));
        String c = fixture.stalled(w, "C", w.d2(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 9, 30),
                new Out(area, w.d2(), 600, null, null));

        JsonArray red = call(w.cityUser(), "GET", "evaluation/projects?asOf=" + asOf + "&band=RED", null, null).array();
        assertThat(codes(red)).contains(c).doesNotContain(b);
        // the office sees its own projects only
        JsonArray own = call(w.officeUser(), "GET", "evaluation/projects?asOf=" + asOf, null, null).array();
        assertThat(codes(own)).containsExactlyInAnyOrder(b, c);
        // … and may not see the target evaluation
        assertThat(call(w.officeUser(), "GET", "evaluation/targets?asOf=" + asOf, null, null).status()).isEqualTo(403);

        JsonObject stalled = call(w.officeUser(), "GET", "evaluation/projects/" + c + "?asOf=" + asOf, null, null).json();
        assertThat(stalled.getString("band")).isEqualTo("RED");
        assertThat(stalled.getJsonNumber("spi").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(stalled.getString("scheduleLabel")).isEqualTo("BEHIND");
        assertThat(stalled.getString("planDeadline")).isEqualTo("2023-12-31");
        assertThat(stalled.getBoolean("lateForPlan")).isTrue();
        assertThat(stalled.getJsonArray("milestones")).hasSize(2);
        assertThat(stalled.getJsonArray("plannedCurve")).isNotEmpty();
        // no monthly report for May 2023 (due 10 June)
        assertThat(stalled.getJsonArray("warnings").stream().map(v -> v.asJsonObject().getString("issue")))
                .contains("MISSING_MONTHLY_REPORT");
        JsonObject onTrack = call(w.cityUser(), "GET", "evaluation/projects/" + b + "?asOf=" + asOf, null, null).json();
        assertThat(onTrack.getString("band")).isEqualTo("GREEN");
        assertThat(onTrack.getString("forecastFinish")).isEqualTo("2023-10-31");

        // another unit's office is refused
        World other = world();
        assertThat(call(other.officeUser(), "GET", "evaluation/projects/" + c, null, null).status()).isEqualTo(403);
        assertThat(call(w.cityUser(), "GET", "evaluation/projects/NO-SUCH-PROJECT", null, null).status()).isEqualTo(404);
    }

    @Test
    void indicatorsAgainstTheStraightLine() throws Exception {
        World w = world();
        JsonObject indicator = call(w.cityUser(), "GET", "evaluation/indicators?asOf=2024-03-01", null, null).array()
                .stream().map(JsonValue::asJsonObject).filter(i -> i.getString("code").equals(w.x() + "-IND"))
                .findFirst().orElseThrow();
        // line 2023 = 1.46 + (6 − 1.46) × 3/5 = 4.184; observed 4.0 is within 5 % × 4.54 = 0.227 → 符合
        assertThat(indicator.getBoolean("binding")).isTrue();
        assertThat(indicator.getJsonNumber("expected").bigDecimalValue()).isEqualByComparingTo("4.184");
        assertThat(indicator.getString("status")).isEqualTo("ON_LINE");
        assertThat(indicator.getString("statusLabel")).isEqualTo("符合");
        assertThat(indicator.getJsonArray("line")).hasSize(6);
    }

    @Test
    void thresholdsAreChangedByTheCityOnlyCheckedTogetherAndAudited() throws Exception {
        World w = world();
        JsonObject red = setting(call(w.financeUser(), "GET", "evaluation/settings", null, null).array(), "delay.redDays");
        assertThat(red.getJsonNumber("value").intValue()).isEqualTo(90);
        assertThat(call(w.financeUser(), "PUT", "evaluation/settings", "{\"values\":{\"delay.redDays\":120}}", null).status())
                .isEqualTo(403);
        // red must exceed the 15 on-time days: refused, nothing changed
        Answer refused = call(w.cityUser(), "PUT", "evaluation/settings", "{\"values\":{\"delay.redDays\":10}}", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("message")).contains("10").contains("15");
        long version = red.getJsonNumber("version").longValue();
        try {
            Answer changed = call(w.cityUser(), "PUT", "evaluation/settings",
                    "{\"values\":{\"delay.redDays\":120},\"versions\":{\"delay.redDays\":" + version + "}}", null);
            assertThat(changed.status()).isEqualTo(200);
            assertThat(setting(changed.array(), "delay.redDays").getJsonNumber("value").intValue()).isEqualTo(120);
            // someone still holding the old version is told, not overwritten
            assertThat(call(w.cityUser(), "PUT", "evaluation/settings",
                    "{\"values\":{\"delay.redDays\":100},\"versions\":{\"delay.redDays\":" + version + "}}", null).status())
                    .isEqualTo(409);
            long audited = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'SlippageSetting' "
                            + "AND a.fieldName = 'delay.redDays' AND a.username = :u AND a.afterValue = '120'", Long.class)
                    .setParameter("u", w.cityUser()).getSingleResult();
            assertThat(audited).isEqualTo(1);
        } finally {
            call(w.cityUser(), "PUT", "evaluation/settings", "{\"values\":{\"delay.redDays\":90}}", null);
        }
    }

    @Test
    void snapshotsOnDemandKeepTheHistoryOfATarget() throws Exception {
        World w = world();
        String area = fixture.chapterTarget(w, "Q", "resettlement_housing_completed_area", "m²", Comparison.AT_LEAST,
                1000, LocalDate.of(2023, 12, 31), "第一节");
        fixture.finished(w, "A", w.d1(), LocalDate.of(2023, 3, 1), new Out(area, w.d1(), 400, null, null));
        assertThat(call(w.financeUser(), "POST", "evaluation/snapshots?asOf=2023-06-30", null, null).status()).isEqualTo(403);
        Answer taken = call(w.cityUser(), "POST", "evaluation/snapshots?asOf=2023-06-30", null, null);
        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.json().getString("kind")).isEqualTo("ON_DEMAND");
        call(w.cityUser(), "POST", "evaluation/snapshots?asOf=2023-09-30", null, null);
        JsonArray history = call(w.cityUser(), "GET", "evaluation/snapshots/history?plan=" + w.plan() + "&target="
                + enc(area) + "&jurisdiction=" + w.city(), null, null).array();
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getString("asOf")).isEqualTo("2023-06-30");
        assertThat(history.getJsonObject(0).getJsonNumber("shortfall").bigDecimalValue()).isEqualByComparingTo("600");
        assertThat(history.getJsonObject(1).getString("status")).isEqualTo("WILL_MISS");
        // a project office may not read the targets (403), so neither their history nor the snapshot list
        assertThat(call(w.officeUser(), "GET", "evaluation/snapshots/history?plan=" + w.plan() + "&target="
                + enc(area) + "&jurisdiction=" + w.city(), null, null).status()).isEqualTo(403);
        assertThat(call(w.officeUser(), "GET", "evaluation/snapshots", null, null).status()).isEqualTo(403);
        assertThat(call(w.financeUser(), "GET", "evaluation/snapshots/history?plan=" + w.plan() + "&target="
                + enc(area) + "&jurisdiction=" + w.city(), null, null).array()).hasSize(2);
    }

    @Test
    void theMonthEndSnapshotIsStoredOncePerDayWhateverTheNumberOfNodes() throws Exception {
        LocalDate monthEnd = LocalDate.of(2099, 1, 31); // a day no other test snapshots; removed afterwards
        try {
            SnapshotSummary first = snapshots.takeMonthEnd(monthEnd);
            // the timer of a second node (or a re-run) on the same day stores nothing and answers the first
            SnapshotSummary second = snapshots.takeMonthEnd(monthEnd);
            assertThat(first.kind()).isEqualTo(SnapshotKind.MONTH_END);
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(monthEndSnapshots(monthEnd)).isEqualTo(1);

            // the key behind it: a node that looked before the other stored cannot store a second one …
            tx.begin();
            try {
                em.persist(new EvaluationSnapshot(monthEnd, LocalDateTime.now(), SnapshotKind.MONTH_END, "node-2",
                        0, 0, 0, 0));
                assertThatThrownBy(em::flush).isInstanceOf(PersistenceException.class);
            } finally {
                tx.rollback();
            }
            assertThatThrownBy(() -> snapshots.storeMonthEnd(monthEnd)).isInstanceOf(RuntimeException.class);
            // … and takeMonthEnd still answers the stored one
            assertThat(snapshots.takeMonthEnd(monthEnd).id()).isEqualTo(first.id());
            assertThat(monthEndSnapshots(monthEnd)).isEqualTo(1);

            // on-demand snapshots of one day are not limited
            tx.begin();
            try {
                em.persist(new EvaluationSnapshot(monthEnd, LocalDateTime.now(), SnapshotKind.ON_DEMAND, "a", 0, 0, 0, 0));
                em.persist(new EvaluationSnapshot(monthEnd, LocalDateTime.now(), SnapshotKind.ON_DEMAND, "b", 0, 0, 0, 0));
                em.flush();
            } finally {
                tx.rollback();
            }
        } finally {
            tx.begin();
            List<Long> ids = em.createQuery("SELECT s.id FROM EvaluationSnapshot s WHERE s.asOf = :d", Long.class)
                    .setParameter("d", monthEnd).getResultList();
            if (!ids.isEmpty()) {
                em.createQuery("DELETE FROM SnapshotRow r WHERE r.snapshot.id IN :ids").setParameter("ids", ids)
                        .executeUpdate();
                em.createQuery("DELETE FROM EvaluationSnapshot s WHERE s.id IN :ids").setParameter("ids", ids)
                        .executeUpdate();
            }
            tx.commit();
        }
    }

    private long monthEndSnapshots(LocalDate asOf) {
        return em.createQuery("SELECT COUNT(s) FROM EvaluationSnapshot s WHERE s.asOf = :d AND s.kind = :k", Long.class)
                .setParameter("d", asOf).setParameter("k", SnapshotKind.MONTH_END).getSingleResult();
    }

    @Test
    void unauthenticatedAndMalformedRequests() throws Exception {
        World w = world();
        assertThat(call(null, "GET", "evaluation/targets", null, null).status()).isEqualTo(401);
        Answer bad = call(w.cityUser(), "GET", "evaluation/targets?asOf=30.06.2023", null, null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("message")).contains("YYYY-MM-DD");
        assertThat(call(w.cityUser(), "GET", "evaluation/projects?band=PURPLE", null, null).status()).isEqualTo(400);
        // an unknown target or jurisdiction is 404 with the usual zh/en message, not an empty list
        Answer noTarget = call(w.cityUser(), "GET", "evaluation/targets?plan=" + w.plan() + "&target=NO-SUCH-T1", null, null);
        assertThat(noTarget.status()).isEqualTo(404);
        assertThat(noTarget.json().getString("message")).isEqualTo("未找到目标：NO-SUCH-T1。");
        Answer noUnit = call(w.cityUser(), "GET", "evaluation/targets?jurisdiction=NO-SUCH-J", null, "en");
        assertThat(noUnit.status()).isEqualTo(404);
        assertThat(noUnit.json().getString("message")).isEqualTo("No jurisdiction NO-SUCH-J.");
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + offset)
                + "/openapi")).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/evaluation/targets", "/evaluation/projects", "/evaluation/indicators",
                "/evaluation/population/{jurisdiction}/{year}", "/evaluation/stock/{jurisdiction}/{metric}/{year}",
                "/evaluation/settings", "/evaluation/snapshots", "TargetEvaluationDto");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private JsonArray targets(World w, LocalDate asOf, String target, String jurisdiction) throws Exception {
        Answer a = call(w.cityUser(), "GET", "evaluation/targets?asOf=" + asOf + "&plan=" + w.plan() + "&target="
                + enc(target) + (jurisdiction == null ? "" : "&jurisdiction=" + jurisdiction), null, null);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.array();
    }

    /** A unit's population or stock audit entries for one field, oldest first: "who: before → after". */
    private List<String> audited(String entityType, String unit, String field) {
        String ids = entityType.equals("Population") ? "SELECT j.id FROM Jurisdiction j WHERE j.code = :u"
                : "SELECT s.id FROM ExistingStock s WHERE s.jurisdiction.code = :u";
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = :t AND a.fieldName = :f AND a.entityId IN ("
                        + ids + ") ORDER BY a.id", AuditEntry.class)
                .setParameter("t", entityType).setParameter("f", field).setParameter("u", unit).getResultList().stream()
                .map(a -> a.getUsername() + ": " + a.getBeforeValue() + " → " + a.getAfterValue()).toList();
    }

    private static JsonObject row(List<? extends JsonValue> rows, String unit) {
        return rows.stream().map(JsonValue::asJsonObject)
                .filter(r -> !r.isNull("jurisdiction") && r.getJsonObject("jurisdiction").getString("code").equals(unit))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + unit + " in " + rows));
    }

    private static JsonObject setting(JsonArray settings, String key) {
        return settings.stream().map(JsonValue::asJsonObject).filter(s -> s.getString("key").equals(key)).findFirst()
                .orElseThrow();
    }

    private static List<String> codes(JsonArray items) {
        return items.stream().map(v -> {
            JsonObject o = v.asJsonObject();
            return o.containsKey("projectCode") ? o.getString("projectCode") : o.getString("code");
        }).toList();
    }

    /** A GET as the user, with If-None-Match when {@code etag} is given. */
    private HttpResponse<String> get(String user, String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET()
                .header("Authorization", TOKENS.authorization(base(), user, EvaluationFixture.PASSWORD));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Answer call(String user, String method, String path, String json, String language) throws Exception {
        return api.call(user, method, path, json, language);
    }
}
