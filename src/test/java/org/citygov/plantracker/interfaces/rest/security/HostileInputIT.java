package org.citygov.plantracker.interfaces.rest.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citygov.plantracker.application.funding.FundingFixtureServlet;
import org.citygov.plantracker.application.funding.FundingFixtures;
import org.citygov.plantracker.test.ApiTokens;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the hostile-input suite. Throws hundreds of malformed, out-of-range, mistyped and
 * malicious requests at the write endpoints (funding requests, milestone updates, monthly reports,
 * re-baseline requests, funding sources, reports, report jobs, snapshots) and at the query
 * parameters of the read endpoints, and asserts for each: a 4xx status (never 5xx, never 2xx), a
 * JSON message of ours (no framework text) in the language asked for (zh or en, alternating), and —
 * for writes — the resource re-read afterwards exactly as it was. The totals are printed
 * ({@code HOSTILE-SUITE …}) and quoted in docs/security.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern FRAMEWORK = Pattern.compile("RESTEASY|Exception|java\\.|jakarta\\.|org\\.|com\\.fasterxml|Yasson|WFLY|UT0");
    private static final String LONG = "x".repeat(100_000);
    /** Names from the data quoted in a message ("主体施工") are data, not the message's language. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|'[^']*'");
    /** What each re-read gave last: a refused request changes nothing, so it is the next request's "before". */
    private final Map<Supplier<String>, String> known = new java.util.IdentityHashMap<>();

    private static final AtomicInteger SENT = new AtomicInteger();
    private static final Map<Integer, Integer> BY_STATUS = new TreeMap<>();
    private static final AtomicInteger ZH = new AtomicInteger();
    private static final AtomicInteger EN = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.appWith(FundingFixtures.class, FundingFixtureServlet.class);
    }

    @ArquillianResource
    URL base;

    private static final ApiTokens TOKENS = new ApiTokens();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();

    @AfterAll
    static void figures() {
        System.out.println("HOSTILE-SUITE requests=" + SENT.get() + " zh=" + ZH.get() + " en=" + EN.get()
                + " byStatus=" + BY_STATUS);
    }

    // ---------------------------------------------------------------- the world

    private record World(String office, String otherOffice, String finance, String city, String password,
                         String project, long milestoneId) {
    }

    private World world() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/test-fixtures/funding?total=80000000"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode w = JSON.readTree(r.body());
        String project = w.get("project").asText();
        World world = new World(w.get("office").asText(), w.get("otherOffice").asText(), w.get("finance").asText(),
                w.get("city").asText(), w.get("password").asText(), project, 0);
        JsonNode milestones = JSON.readTree(call(world.office(), "GET", "projects/" + project + "/milestones", null, null, "zh").body());
        return new World(world.office(), world.otherOffice(), world.finance(), world.city(), world.password(), project,
                milestones.get(0).get("id").asLong());
    }

    // ---------------------------------------------------------------- sending

    private HttpResponse<String> call(String user, String method, String path, String contentType, byte[] body,
                                      String language) throws Exception {
        return call(user, FundingFixtures.PASSWORD, method, path, contentType, body, language);
    }

    private HttpResponse<String> call(String user, String password, String method, String path, String contentType,
                                      byte[] body, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            // the user's personal API token (made once with Basic): hundreds of calls, no bcrypt each;
            // Basic itself is sent in frameworkErrorsSpeakOurLanguage and proven by RestAuthenticationIT
            b.header("Authorization", TOKENS.authorization(base, user, password));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String language() {
        return SENT.get() % 2 == 0 ? "zh-CN" : "en";
    }

    /**
     * Sends one hostile request and checks it: 4xx, our JSON message in the language asked for,
     * and {@code state} (a re-read of what the request would change) the same before and after.
     */
    private void refused(String label, String user, String method, String path, String contentType, byte[] body,
                         Supplier<String> state) throws Exception {
        String before = state == null ? null : known.computeIfAbsent(state, Supplier::get);
        String language = language();
        HttpResponse<String> r = call(user, method, path, contentType, body, language);
        int n = SENT.incrementAndGet();
        synchronized (BY_STATUS) {
            BY_STATUS.merge(r.statusCode(), 1, Integer::sum);
        }
        (language.startsWith("zh") ? ZH : EN).incrementAndGet();
        String where = "#" + n + " " + label + " " + method + " " + path + " → " + r.statusCode() + " " + shorten(r.body());
        if (r.statusCode() < 400 || r.statusCode() > 499) {
            failures.add("status: " + where);
            return;
        }
        JsonNode error;
        try {
            error = JSON.readTree(r.body());
        } catch (Exception e) {
            failures.add("not JSON: " + where);
            return;
        }
        String message = error.path("message").asText("");
        if (message.isBlank() || FRAMEWORK.matcher(message).find()) {
            failures.add("message not ours: " + where);
        } else if (language.startsWith("zh") && !CJK.matcher(message).find()) {
            failures.add("not Chinese: " + where);
        } else if (language.equals("en") && CJK.matcher(QUOTED.matcher(message).replaceAll("")).find()) {
            failures.add("not English: " + where);
        }
        if (state != null) {
            String after = state.get();
            known.put(state, after);
            if (!before.equals(after)) {
                failures.add("changed: " + where + "\n  before " + shorten(before) + "\n  after  " + shorten(after));
            }
        }
    }

    private static String shorten(String s) {
        return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private void assertNoFailures() {
        assertThat(failures).as(failures.size() + " of the hostile requests were not refused properly").isEmpty();
    }

    /**
     * A forecast is computed from "today" (Zhengzhou's date): a run that crosses midnight in
     * Zhengzhou (16:00 UTC) sees every forecast move by a day without any request changing data.
     * Derived dates are not what a refused request could change; the stored facts are compared.
     */
    private static final Pattern TODAY_DERIVED = Pattern.compile("\"(forecastFinish|asOf|today)\":\"[^\"]*\"");

    static String withoutToday(String body) {
        return body == null ? null : TODAY_DERIVED.matcher(body).replaceAll("\"$1\":\"…\"");
    }

    private Supplier<String> reread(String user, String... paths) {
        return () -> {
            StringBuilder all = new StringBuilder();
            for (String p : paths) {
                try {
                    HttpResponse<String> r = call(user, "GET", p, null, null, "zh");
                    all.append(r.statusCode()).append(' ').append(withoutToday(r.body())).append('\n');
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return all.toString();
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- hostile values

    /** Values no text field takes. */
    private static List<JsonNode> hostileText() {
        return List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.arrayNode().add("a"),
                NODES.objectNode().put("a", 1), NODES.textNode("a\u0000b"), NODES.textNode("a\u001b[31mb"),
                NODES.textNode(LONG));
    }

    /** Values no whole-number field takes (and the year wrap of the issue). */
    private static List<JsonNode> hostileWhole() {
        return List.of(NODES.numberNode(4294969321L), NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                NODES.numberNode(2025.5), NODES.textNode("2025"), NODES.booleanNode(false), NODES.arrayNode().add(2025),
                NODES.objectNode().put("value", 2025));
    }

    /** Values no amount takes. */
    private static List<JsonNode> hostileAmount() {
        return List.of(NODES.numberNode(new java.math.BigDecimal("0.001")), NODES.numberNode(new java.math.BigDecimal("1e15")),
                NODES.numberNode(new java.math.BigDecimal("1e17")), NODES.numberNode(new java.math.BigDecimal("1e308")),
                NODES.numberNode(new java.math.BigDecimal("-1e308")), NODES.numberNode(new java.math.BigDecimal("1e-7")),
                NODES.numberNode(-1), NODES.textNode("100"), NODES.arrayNode().add(100), NODES.booleanNode(true));
    }

    /** Values no date takes. */
    private static List<JsonNode> hostileDate() {
        return List.of(NODES.textNode("+999999999-12-31"), NODES.textNode("9999-12-31"), NODES.textNode("0000-01-01"),
                NODES.textNode("1989-12-31"), NODES.textNode("2023-02-30"), NODES.textNode("abc"),
                NODES.textNode("2025-1-1"), NODES.numberNode(20250101), NODES.arrayNode().add("2025-01-01"));
    }

    /** The same body with one field replaced. */
    private static ObjectNode with(ObjectNode valid, String field, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(field, value);
        return copy;
    }

    /**
     * The body-level attacks every JSON write gets: wrong content types, not JSON, invalid UTF-8,
     * an array for the object, a duplicate key, an unknown field, too large.
     */
    private void bodyAttacks(String label, String user, String method, String path, ObjectNode valid,
                             Supplier<String> state) throws Exception {
        String json = valid.toString();
        refused(label + " text/plain", user, method, path, "text/plain", utf8(json), state);
        refused(label + " form", user, method, path, "application/x-www-form-urlencoded", utf8("a=1&b=2"), state);
        refused(label + " multipart", user, method, path, "multipart/form-data; boundary=x", utf8("--x--"), state);
        refused(label + " xml", user, method, path, "application/xml", utf8("<a>1</a>"), state);
        refused(label + " malformed", user, method, path, "application/json", utf8("{\"a\":"), state);
        refused(label + " trailing", user, method, path, "application/json", utf8(json + " {}"), state);
        refused(label + " array", user, method, path, "application/json", utf8("[" + json + "]"), state);
        refused(label + " string", user, method, path, "application/json", utf8("\"" + "a" + "\""), state);
        refused(label + " number", user, method, path, "application/json", utf8("42"), state);
        String firstField = valid.fieldNames().next();
        refused(label + " duplicate", user, method, path, "application/json",
                utf8(json.substring(0, json.length() - 1) + ",\"" + firstField + "\":" + valid.get(firstField) + "}"), state);
        refused(label + " unknown field", user, method, path, "application/json",
                utf8(json.substring(0, json.length() - 1) + ",\"admin\":true}"), state);
        byte[] latin1 = json.substring(0, json.length() - 1).concat(",\"zz\":\"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
        refused(label + " invalid UTF-8", user, method, path, "application/json", latin1, state);
        refused(label + " 2 MB", user, method, path, "application/json",
                utf8("{\"" + firstField + "\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}"), state);
        refused(label + " nested", user, method, path, "application/json", utf8("[".repeat(5000) + "]".repeat(5000)), state);
        refused(label + " SQL", user, method, path, "application/json", utf8("{\"" + firstField + "\":\"' OR '1'='1\"; DROP TABLE project;--"), state);
    }

    private void fieldAttacks(String label, String user, String method, String path, ObjectNode valid,
                              Map<String, List<JsonNode>> hostile, Supplier<String> state) throws Exception {
        for (Map.Entry<String, List<JsonNode>> field : hostile.entrySet()) {
            for (JsonNode value : field.getValue()) {
                refused(label + " " + field.getKey() + "=" + shorten(value.toString()), user, method, path,
                        "application/json", utf8(with(valid, field.getKey(), value).toString()), state);
            }
        }
    }

    private static Map<String, List<JsonNode>> fields(Object... pairs) {
        Map<String, List<JsonNode>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<JsonNode> values = (List<JsonNode>) pairs[i + 1];
            map.put((String) pairs[i], values);
        }
        return map;
    }

    private static List<JsonNode> plus(List<JsonNode> list, JsonNode... more) {
        List<JsonNode> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    // ---------------------------------------------------------------- the suite

    @Test
    void hostileBodiesAreRefusedAndChangeNothing() throws Exception {
        World w = world();
        String project = "projects/" + w.project();
        Supplier<String> projectState = reread(w.office(), project, project + "/reports", project + "/funding-lines");

        // funding request (项目单位): the year wrap, 0.001, 1e15, 1e17, 1e308 of the issue
        String source = JSON.readTree(call(w.finance(), "GET", "funding/sources", null, null, "zh").body()).findValuesAsText("code")
                .stream().findFirst().orElseThrow();
        ObjectNode line = NODES.objectNode().put("source", source).put("year", 2025).put("requested", 3000000).put("note", "n");
        fieldAttacks("funding request", w.office(), "POST", project + "/funding-lines", line, fields(
                "source", plus(hostileText(), NODES.textNode("' OR 1=1--"), NODES.textNode("<script>alert(1)</script>"),
                        NODES.textNode("SPECIAL\u0000BOND")),
                "year", plus(hostileWhole(), NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1989),
                        NODES.numberNode(2031), NODES.numberNode(2147483648L)),
                "requested", plus(hostileAmount(), NODES.numberNode(0)),
                "note", hostileText()), projectState);
        bodyAttacks("funding request", w.office(), "POST", project + "/funding-lines", line, projectState);

        // milestone update (项目单位): the +999999999 forecast of the issue
        JsonNode milestone = JSON.readTree(call(w.office(), "GET", project + "/milestones", null, null, "zh").body()).get(0);
        long version = milestone.get("version").asLong();
        String path = project + "/milestones/" + w.milestoneId();
        ObjectNode update = NODES.objectNode().put("version", version).put("percentComplete", 50)
                .put("forecast", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(2).toString()).putNull("actual").put("note", "n");
        fieldAttacks("milestone", w.office(), "PUT", path, update, fields(
                "version", plus(hostileWhole(), NODES.numberNode(version - 1), NODES.numberNode(version + 7)),
                "percentComplete", plus(hostileAmount(), NODES.numberNode(101), NODES.numberNode(-5),
                        NODES.numberNode(new java.math.BigDecimal("50.123456"))),
                "forecast", plus(hostileDate(), NODES.textNode("2000-01-01")),
                "actual", plus(hostileDate(), NODES.textNode(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString())),
                "note", hostileText()), projectState);
        bodyAttacks("milestone", w.office(), "PUT", path, update, projectState);
        refused("milestone of another unit's office", w.otherOffice(), "PUT", path, "application/json",
                utf8(update.toString()), projectState);
        refused("unknown milestone", w.office(), "PUT", project + "/milestones/999999999", "application/json",
                utf8(update.toString()), projectState);
        refused("milestone id not a number", w.office(), "PUT", project + "/milestones/abc", "application/json",
                utf8(update.toString()), projectState);

        // monthly report (月度调度): month 0000-01 of the issue, 1e308 cumulative
        ObjectNode report = NODES.objectNode().put("month", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString()).put("investmentThisMonth", 100)
                .put("cumulativeInvestment", 1000).put("physicalProgress", 10).put("problems", "p");
        report.set("coordination", NODES.arrayNode());
        fieldAttacks("report", w.office(), "POST", project + "/reports", report, fields(
                "month", plus(hostileText(), NODES.textNode("0000-01"), NODES.textNode("+999999999-01"),
                        NODES.textNode("2999-01"), NODES.textNode("2025-13"), NODES.textNode("2020-01"),
                        NODES.textNode(YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString()), NODES.textNode("abc")),
                "investmentThisMonth", hostileAmount(),
                "cumulativeInvestment", plus(hostileAmount(), NODES.numberNode(new java.math.BigDecimal("1e13"))),
                "physicalProgress", plus(hostileAmount(), NODES.numberNode(101)),
                "problems", hostileText(),
                "coordination", List.of(NODES.objectNode().put("department", "d"), NODES.textNode("x"),
                        NODES.arrayNode().add(NODES.objectNode().put("department", "d\u0000").put("request", "r")),
                        NODES.arrayNode().add(NODES.objectNode().put("department", "d").put("request", "r").put("x", 1)))),
                projectState);
        bodyAttacks("report", w.office(), "POST", project + "/reports", report, projectState);

        // re-baseline request
        ObjectNode rebaseline = NODES.objectNode().put("reason", "r");
        ArrayNode items = rebaseline.putArray("milestones");
        items.add(NODES.objectNode().put("milestoneId", w.milestoneId()).put("newBaseline", "2026-12-31"));
        fieldAttacks("re-baseline", w.office(), "POST", project + "/rebaselines", rebaseline, fields(
                "reason", plus(hostileText(), NODES.textNode("")),
                "milestones", List.of(NODES.objectNode(), NODES.textNode("x"),
                        NODES.arrayNode().add(NODES.objectNode().putNull("milestoneId").put("newBaseline", "2026-12-31")),
                        NODES.arrayNode().add(NODES.objectNode().put("milestoneId", w.milestoneId()).put("newBaseline", "+999999999-12-31")),
                        NODES.arrayNode().add(NODES.objectNode().put("milestoneId", w.milestoneId()).put("newBaseline", "9999-12-31")),
                        NODES.arrayNode().add(NODES.objectNode().put("milestoneId", "1").put("newBaseline", "2026-12-31")),
                        NODES.arrayNode().add(NODES.objectNode().put("milestoneId", 999999999).put("newBaseline", "2026-12-31")))),
                projectState);
        bodyAttacks("re-baseline", w.office(), "POST", project + "/rebaselines", rebaseline, projectState);

        // funding source (财政局): a NUL in the code, the names
        JsonNode current = JSON.readTree(call(w.finance(), "GET", "funding/sources/" + source, null, null, "zh").body());
        Supplier<String> sourceState = reread(w.finance(), "funding/sources/" + source);
        ObjectNode change = NODES.objectNode().put("nameZh", current.get("nameZh").asText())
                .put("nameEn", current.get("nameEn").asText()).put("version", current.get("version").asLong());
        fieldAttacks("source change", w.finance(), "PUT", "funding/sources/" + source, change, fields(
                "nameZh", plus(hostileText(), NODES.textNode("")),
                "nameEn", hostileText(),
                "version", plus(hostileWhole(), NODES.numberNode(current.get("version").asLong() - 1)),
                "allowedCategories", List.of(NODES.textNode("HEALTH"), NODES.arrayNode().add("NO_SUCH"), NODES.arrayNode().add(1))),
                sourceState);
        ObjectNode newSource = NODES.objectNode().put("code", "HX_" + w.project().replace("-", "_").toUpperCase())
                .put("nameZh", "测试来源").put("nameEn", "Test source");
        Supplier<String> sources = reread(w.finance(), "funding/sources");
        fieldAttacks("new source", w.finance(), "POST", "funding/sources", newSource, fields(
                "code", plus(hostileText(), NODES.textNode("A\u0000B"), NODES.textNode("lower case"),
                        NODES.textNode("<script>"), NODES.textNode(source))), sources);
        bodyAttacks("new source", w.finance(), "POST", "funding/sources", newSource, sources);

        // reports and jobs (市政府)
        Supplier<String> reports = reread(w.city(), "reports");
        ObjectNode newReport = NODES.objectNode().put("kind", "ANNUAL").put("year", 2025);
        fieldAttacks("new report", w.city(), "POST", "reports", newReport, fields(
                "kind", plus(hostileText(), NODES.textNode("NO_SUCH"), NODES.textNode("<script>")),
                "year", hostileWhole(),
                "asOf", hostileDate()), reports);
        bodyAttacks("new report", w.city(), "POST", "reports", newReport, reports);
        Supplier<String> jobs = reread(w.city(), "reports/jobs");
        ObjectNode job = NODES.objectNode().put("type", "PLAN_PDF").put("asOf", "2025-06-30");
        fieldAttacks("new job", w.city(), "POST", "reports/jobs", job, fields(
                "type", plus(hostileText(), NODES.textNode("NO_SUCH")),
                "asOf", hostileDate(),
                "chapter", hostileWhole()), jobs);
        bodyAttacks("new job", w.city(), "POST", "reports/jobs", job, jobs);

        assertNoFailures();
        assertThat(SENT.get()).as("hostile requests so far").isGreaterThanOrEqualTo(300);
    }

    @Test
    void hostileQueryParametersAreRefused() throws Exception {
        World w = world();
        List<String> dates = List.of("%2B999999999-12-31", "9999-12-31", "0000-01-01", "1989-12-31", "2023-02-30", "abc",
                "2025-1-1", "%27%20OR%201%3D1--", "%3Cscript%3E", "2025-06-30%00", LONG.substring(0, 5000));
        for (String d : dates) {
            refused("evaluation targets asOf", w.city(), "GET", "evaluation/targets?asOf=" + d, null, null, null);
            refused("evaluation projects asOf", w.office(), "GET", "evaluation/projects?asOf=" + d, null, null, null);
            refused("evaluation project asOf", w.office(), "GET", "evaluation/projects/" + w.project() + "?asOf=" + d, null, null, null);
            refused("evaluation indicators asOf", w.city(), "GET", "evaluation/indicators?asOf=" + d, null, null, null);
            refused("report plan asOf", w.city(), "GET", "reports/plan?asOf=" + d, null, null, null);
            refused("snapshot asOf", w.city(), "POST", "evaluation/snapshots?asOf=" + d, null, null,
                    reread(w.city(), "evaluation/snapshots"));
        }
        for (String v : List.of("-1", "0", "501", "abc", "1e3", "99999999999", "%27")) {
            refused("projects size", w.city(), "GET", "projects?size=" + v, null, null, null);
            refused("projects limit", w.city(), "GET", "projects?limit=" + v, null, null, null);
        }
        for (String v : List.of("NO_SUCH", "%27%20OR%201%3D1--", "%3Cscript%3E", "name;DROP", "code%00")) {
            refused("projects sort", w.city(), "GET", "projects?sort=" + v, null, null, null);
            refused("projects stage", w.city(), "GET", "projects?stage=" + v, null, null, null);
            refused("report plan status", w.city(), "GET", "reports/plan?status=" + v, null, null, null);
            refused("evaluation band", w.city(), "GET", "evaluation/projects?band=" + v, null, null, null);
        }
        for (String v : List.of("abc", "-5", "1e3", "99999999999999999999")) {
            refused("snapshots max", w.city(), "GET", "evaluation/snapshots?max=" + v, null, null, null);
            refused("report plan chapter", w.city(), "GET", "reports/plan?chapter=" + v, null, null, null);
        }
        assertNoFailures();
    }

    @Test
    void frameworkErrorsSpeakOurLanguage() throws Exception {
        World w = world();
        refused("unknown path", w.city(), "GET", "no/such/path", null, null, null);
        refused("method not allowed", w.city(), "DELETE", "plans", null, null, null);
        refused("method not allowed on a write", w.office(), "PATCH", "projects/" + w.project() + "/funding-lines", "application/json",
                utf8("{}"), null);
        HttpResponse<String> notAcceptable = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/plans"))
                .header("Accept", "application/xml").header("Accept-Language", "en")
                .header("Authorization", basic(w.city())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        assertThat(notAcceptable.body()).doesNotContain("RESTEASY");
        for (String lang : List.of("zh-CN", "en")) {
            HttpResponse<String> r = call(w.office(), "POST", "projects/" + w.project() + "/funding-lines", "text/plain",
                    utf8("{}"), lang);
            assertThat(r.statusCode()).isEqualTo(415);
            String message = JSON.readTree(r.body()).get("message").asText();
            assertThat(message).doesNotContain("RESTEASY");
            assertThat(CJK.matcher(message).find()).isEqualTo(lang.startsWith("zh"));
            HttpResponse<String> unknownSource = call(w.office(), "POST", "projects/" + w.project() + "/funding-lines",
                    "application/json", utf8("{\"source\":\"NO_SUCH\",\"year\":2025,\"requested\":100}"), lang);
            String text = JSON.readTree(unknownSource.body()).get("message").asText();
            if (lang.startsWith("zh")) {
                assertThat(text).as("no English kind in a Chinese sentence").doesNotContain("funding source").doesNotContain("null");
            }
        }
        assertNoFailures();
    }

    @Test
    void anOfficeCannotTellAnUnknownProjectFromAnotherUnits() throws Exception {
        World w = world();
        HttpResponse<String> foreign = call(w.otherOffice(), "GET", "projects/" + w.project(), null, null, "zh");
        HttpResponse<String> unknown = call(w.otherOffice(), "GET", "projects/NO-SUCH-PROJECT", null, null, "zh");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(unknown.body()).get("message").asText())
                .isEqualTo(JSON.readTree(foreign.body()).get("message").asText().replace(w.project(), "NO-SUCH-PROJECT"));
        HttpResponse<String> foreignFunding = call(w.otherOffice(), "GET", "projects/" + w.project() + "/funding-lines", null, null, "en");
        HttpResponse<String> unknownFunding = call(w.otherOffice(), "GET", "projects/NO-SUCH-PROJECT/funding-lines", null, null, "en");
        assertThat(unknownFunding.statusCode()).isEqualTo(foreignFunding.statusCode()).isEqualTo(403);
        assertThat(call(w.city(), "GET", "projects/NO-SUCH-PROJECT", null, null, "zh").statusCode())
                .as("the city government may know what does not exist").isEqualTo(404);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + FundingFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser's session: signed in through the login form. */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        c.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + user + "&j_password=" + URLEncoder.encode(FundingFixtures.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).doesNotContain("j_security_check");
        return c;
    }

    @Test
    void crossSiteWritesWithTheSessionCookieAreRefused() throws Exception {
        World w = world();
        HttpClient browser = signedIn(w.city());
        URI snapshots = URI.create(base + "api/v1/evaluation/snapshots");
        Supplier<String> state = reread(w.city(), "evaluation/snapshots");
        String before = state.get();
        // what a cross-site form can send: text/plain, form-encoded, multipart — refused before any resource runs
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(snapshots).header("Content-Type", type)
                    .header("Accept-Language", "zh-CN").POST(HttpRequest.BodyPublishers.ofString("a=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(type).isIn(403, 415);
            assertThat(r.body()).doesNotContain("RESTEASY");
        }
        HttpResponse<String> revision = browser.send(HttpRequest.newBuilder(URI.create(base + "api/v1/reports/1/revisions"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revision.statusCode()).isIn(403, 415);
        // a cookie-authenticated JSON write without the custom header (a script that somehow got past CORS)
        HttpResponse<String> noHeader = browser.send(HttpRequest.newBuilder(snapshots).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(noHeader.body()).get("message").asText()).contains("X-Requested-With");
        assertThat(state.get()).isEqualTo(before);
        // reads with the session stay open; a same-site script with the header may write
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "api/v1/plans")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> withHeader = browser.send(HttpRequest.newBuilder(snapshots).header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withHeader.statusCode()).isEqualTo(201);
    }

    @Test
    void pagesAndTheApiSendTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'self'").contains("object-src 'none'").containsPattern("script-src 'self' 'nonce-[^']+'");
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        java.util.regex.Matcher scripts = Pattern.compile("<script[^>]*>").matcher(login.body());
        while (scripts.find()) {
            assertThat(scripts.group()).as("every script of the page carries the response's nonce").contains("nonce=\"" + nonce + "\"");
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID").contains("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/public/reports")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void pagesRefuseDatesOutsideTheWindowWithOurMessage() throws Exception {
        World w = world();
        HttpClient city = signedIn(w.city());
        for (String page : List.of("reports/plan.xhtml", "cockpit/index.xhtml")) {
            for (String asOf : List.of("abc", "2023-02-30", "9999-12-31", "%2B999999999-12-31")) {
                HttpResponse<String> r = city.send(HttpRequest.newBuilder(URI.create(base + page + "?asOf=" + asOf))
                        .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(page + "?asOf=" + asOf).isEqualTo(400);
                assertThat(r.body()).as(page + "?asOf=" + asOf).containsAnyOf("不是有效日期", "超出允许范围")
                        .doesNotContain("DateTimeParseException").doesNotContain("NullPointerException")
                        .doesNotContain("at org.");
            }
        }
        HttpResponse<String> fine = city.send(HttpRequest.newBuilder(URI.create(base + "reports/plan.xhtml?asOf=2025-06-30")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fine.statusCode()).isEqualTo(200);
    }

    @Test
    void aHostileFundingSourceNameStaysTextOnTheFinanceDashboard() throws Exception {
        World w = world();
        String hostile = "</script><script>alert(1)</script>";
        String code = "XSS_" + w.project().replace("-", "_").toUpperCase();
        HttpResponse<String> created = call(w.finance(), "POST", "funding/sources", "application/json",
                utf8(NODES.objectNode().put("code", code).put("nameZh", hostile).put("nameEn", hostile).toString()), "zh");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> line = call(w.office(), "POST", "projects/" + w.project() + "/funding-lines", "application/json",
                utf8(NODES.objectNode().put("source", code).put("year", 2025).put("requested", 1000000).toString()), "zh");
        assertThat(line.statusCode()).as(line.body()).isEqualTo(201);
        HttpClient finance = signedIn(w.finance());
        HttpResponse<String> dashboard = finance.send(HttpRequest.newBuilder(URI.create(base + "finance/dashboard.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain("<script>alert(1)</script>").contains("\\u003cscript\\u003ealert(1)");
    }
}
