package org.citygov.plantracker.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test: 50 concurrent users for a bounded time against a running server (or the cluster's balancer),
 * then a check of the final database state against what the clients did.
 * <ul>
 *   <li>30 project offices (the demo office users, round robin) update milestones of their own unit:
 *       read the version ({@code GET /api/v1/projects/{code}/milestones}), {@code PUT /api/v1/projects/{code}/milestones/{id}}
 *       with that version and a unique note. 200 and 409 (someone saved it first) are expected answers.
 *       Every fourth step an office requests funding instead ({@code POST /api/v1/projects/{code}/funding-lines},
 *       a source and year the project already uses, a unique note): 201 expected. These are the lines the
 *       finance users review, so the load does not depend on the demo data's few pending lines.</li>
 *   <li>10 finance users take a pending funding line from {@code GET /api/v1/funding/review-queue} and
 *       approve it for the requested amount ({@code POST /api/v1/funding/lines/{id}/review} with its version).</li>
 *   <li>10 city users read the portfolio ({@code GET /api/v1/projects}) and project details, and the cockpit's
 *       evaluation of the plan targets ({@code GET /api/v1/evaluation/targets?asOf=…}, a few dates).</li>
 * </ul>
 * Passes when: no error (anything other than 2xx and the expected 409), and no lost update: for every
 * milestone, final version − start version = number of 200 answers, and the stored note is the note of
 * the answer with the highest version; every approved line is APPROVED with approved = requested; every
 * requested line exists once with its amount, and is REQUESTED or APPROVED (only by this run's finance users).
 * <p>Needs demo data (the office, finance and city users).
 * Not a unit test (no @Test): run with {@code bin/load-test}.
 * Each client signs in once through the login form and keeps its session (load.auth=session, default) or
 * sends HTTP Basic on every call (load.auth=basic). JDBC only reads the start state and checks the end state.
 * System properties: load.base, load.jdbc, load.jdbcUser, load.jdbcPassword, load.auth, load.seconds, load.users.
 */
public final class LoadRunner {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern QUEUE_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** One PUT of a milestone as sent, and what came back (status -1: no answer). */
    record Put(long sentVersion, java.math.BigDecimal percent, java.time.LocalDate forecast, String note, int status,
               String body) { }
    /** One approval as sent (a unique comment), and what came back (status -1: no answer). */
    record Approval(long sentVersion, java.math.BigDecimal amount, String comment, int status, String body) { }
    /** A milestone as stored: what a PUT's answer must agree with. */
    record MilestoneState(long version, java.math.BigDecimal percent, java.time.LocalDate forecast, String note) { }
    record Target(long id, String projectCode) { }
    record FundingChoice(String projectCode, String source, int year) { }
    record Requested(String projectCode, String note, java.math.BigDecimal amount) { }

    private final String base = System.getProperty("load.base", "http://127.0.0.1:9380/plantracker");
    private final String jdbc = System.getProperty("load.jdbc", "jdbc:postgresql://127.0.0.1:5432/plantracker_cluster");
    private final String jdbcUser = System.getProperty("load.jdbcUser", "plantracker");
    private final String jdbcPassword = System.getProperty("load.jdbcPassword", "plantracker");
    private final int seconds = Integer.getInteger("load.seconds", 60);
    private final int users = Integer.getInteger("load.users", 50);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    /** Every PUT of every milestone touched, whatever its answer (200, 409, error, none). */
    private final Map<Long, List<Put>> milestonePuts = new ConcurrentHashMap<>();
    /** Every approval sent, per line, whatever its answer: two 200 approvals of one line must not collapse into one. */
    private final Map<Long, List<Approval>> approvals = new ConcurrentHashMap<>();
    /** "Today" as the server counts it (Zhengzhou): forecasts are sent from today + 2 days on. */
    private final java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    /** Lines requested by the office clients, by id (from the Location header). */
    private final Map<Long, Requested> requestedLines = new ConcurrentHashMap<>();
    private final AtomicLong evaluations = new AtomicLong();
    private final Map<String, ConcurrentLinkedQueue<Long>> latencyByKind = new ConcurrentHashMap<>();
    /** session: every client signs in once through the login form and keeps its session (as a person in a
     *  browser does); basic: HTTP Basic on every call (as an API integration; one bcrypt check per call). */
    private final String auth = System.getProperty("load.auth", "session");
    private final ThreadLocal<HttpClient> sessionClient = new ThreadLocal<>();
    private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    /** Project codes (the list's JSON also has program, unit and jurisdiction codes under "code"). */
    private final java.util.Set<String> projectCodes = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        System.exit(new LoadRunner().run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Map<String, List<Target>> byOffice = new java.util.TreeMap<>();
        Map<Long, MilestoneState> startStates = new ConcurrentHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement s = c.prepareStatement(
                     "SELECT u.username, m.id, p.code, m.version, m.percent_complete, m.forecast, m.note FROM app_user u JOIN project p ON p.lead_unit_id = u.lead_unit_id "
                             + "JOIN milestone m ON m.project_id = p.id WHERE u.username LIKE 'office-%' AND m.actual IS NULL "
                             + "AND p.stage <> 'WITHDRAWN'");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byOffice.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Target(r.getLong(2), r.getString(3)));
                startStates.put(r.getLong(2), new MilestoneState(r.getLong(4), r.getBigDecimal(5),
                        r.getDate(6) == null ? null : r.getDate(6).toLocalDate(), r.getString(7)));
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement s = c.prepareStatement("SELECT code FROM project");
             ResultSet r = s.executeQuery()) {
            while (r.next()) projectCodes.add(r.getString(1));
        }
        // what an office may request: a source and year one of its projects already has a line for
        Map<String, List<FundingChoice>> fundingByOffice = new ConcurrentHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement s = c.prepareStatement(
                     "SELECT DISTINCT u.username, p.code, s.code, f.fiscal_year FROM app_user u "
                             + "JOIN project p ON p.lead_unit_id = u.lead_unit_id JOIN funding_line f ON f.project_id = p.id "
                             + "JOIN funding_source s ON s.id = f.source_id WHERE u.username LIKE 'office-%' AND s.active "
                             + "AND p.stage NOT IN ('WITHDRAWN', 'COMPLETED', 'IN_USE') "
                             // a year inside the project's span (generated data may hold lines outside it)
                             + "AND f.fiscal_year BETWEEN {fn YEAR(p.planned_start)} AND {fn YEAR(p.planned_finish)}");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                fundingByOffice.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new FundingChoice(r.getString(2), r.getString(3), r.getInt(4)));
            }
        }
        if (byOffice.isEmpty()) {
            System.out.println("No office users with open milestones: run the server in demo mode");
            return false;
        }
        List<String> offices = new ArrayList<>(byOffice.keySet());
        int officeClients = users * 3 / 5, financeClients = users / 5, cityClients = users - officeClients - financeClients;
        System.out.printf("load: %d users (%d offices over %d office accounts, %d finance, %d city) for %d s against %s, "
                + "%s%n", users, officeClients, offices.size(), financeClients, cityClients, seconds, base,
                auth.equals("session") ? "each signed in once (session cookie)" : "HTTP Basic on every call");

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            final int n = i;
            Runnable work;
            String user;
            if (i < officeClients) {
                String office = offices.get(i % offices.size());
                user = office;
                work = () -> officeLoop(n, office, byOffice.get(office), fundingByOffice.getOrDefault(office, List.of()), end);
            } else if (i < officeClients + financeClients) {
                user = "finance";
                work = () -> financeLoop(n, end);
            } else {
                user = "city";
                work = () -> cityLoop(n, end);
            }
            Thread t = new Thread(() -> {
                try {
                    if (auth.equals("session")) {
                        signIn(user);
                    }
                    work.run();
                } catch (RuntimeException e) {
                    errors.add("client " + n + ": " + e);
                } finally {
                    done.countDown();
                }
            }, "load-" + i);
            threads.add(t);
            t.start();
        }
        done.await();

        boolean ok = verify(startStates);
        List<Long> lat = new ArrayList<>(latenciesMicros);
        Collections.sort(lat);
        long total = requests.get();
        System.out.printf("requests %d (%.1f/s), 409 conflicts %d, errors %d, latency p50 %.1f ms p95 %.1f ms p99 %.1f ms%n",
                total, total / (double) seconds, conflicts.get(), errors.size(),
                pct(lat, 50), pct(lat, 95), pct(lat, 99));
        System.out.printf("milestone updates %d accepted of %d sent on %d milestones, funding requests %d, "
                        + "approvals %d accepted of %d sent on %d lines, cockpit evaluations %d%n",
                count(milestonePuts, 200), count(milestonePuts, null), milestonePuts.size(), requestedLines.size(),
                count(approvals, 200), count(approvals, null), approvals.size(), evaluations.get());
        new java.util.TreeMap<>(latencyByKind).forEach((kind, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("  %-40s %6d  p50 %8.1f ms  p95 %8.1f ms%n", kind, sorted.size(), pct(sorted, 50), pct(sorted, 95));
        });
        errors.stream().limit(20).forEach(e -> System.out.println("  error: " + e));
        ok &= errors.isEmpty();
        System.out.println(ok ? "LOAD TEST PASSED: 0 errors, 0 lost updates" : "LOAD TEST FAILED");
        return ok;
    }

    private void officeLoop(int n, String office, List<Target> targets, List<FundingChoice> funding, long end) {
        Random random = new Random(n);
        int seq = 0;
        while (System.nanoTime() < end) {
            if (!funding.isEmpty() && random.nextInt(4) == 0) {
                requestFunding(n, office, funding.get(random.nextInt(funding.size())), ++seq);
                continue;
            }
            Target t = targets.get(random.nextInt(targets.size()));
            // the version as the office sees it: its project's milestones through the API
            HttpResponse<String> list = send(office, "GET", "/api/v1/projects/" + t.projectCode() + "/milestones", null);
            if (list == null || !expect(list, 200, "GET milestones of " + t.projectCode())) continue;
            Long version = field(list.body(), t.id(), VERSION);
            if (version == null) {
                errors.add("GET milestones of " + t.projectCode() + ": milestone " + t.id() + " missing");
                continue;
            }
            // unique across runs too: an unchanged note would be no change, and no new version; percent and
            // forecast change as well, so a lost or stray update shows in every field
            String note = "load " + RUN + " " + n + "-" + (++seq);
            java.math.BigDecimal percent = java.math.BigDecimal.valueOf(random.nextInt(990), 1); // 0.0–98.9
            java.time.LocalDate forecast = today.plusDays(2 + random.nextInt(700));
            HttpResponse<String> res = send(office, "PUT", "/api/v1/projects/" + t.projectCode() + "/milestones/" + t.id(),
                    "{\"version\":" + version + ",\"percentComplete\":" + percent + ",\"forecast\":\"" + forecast
                            + "\",\"note\":\"" + note + "\"}");
            milestonePuts.computeIfAbsent(t.id(), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Put(version, percent, forecast, note, res == null ? -1 : res.statusCode(),
                            res == null ? null : res.body()));
            if (res == null) continue;
            if (res.statusCode() == 409) {
                conflicts.incrementAndGet();
            } else if (res.statusCode() != 200) {
                errors.add("PUT milestone " + t.id() + " as " + office + ": " + res.statusCode() + " " + abbreviate(res.body()));
            }
        }
    }

    private static final Pattern PERCENT = Pattern.compile("\"percentComplete\"\\s*:\\s*([0-9.]+)");
    private static final Pattern FORECAST = Pattern.compile("\"forecast\"\\s*:\\s*\"([0-9-]+)\"");
    private static final Pattern NOTE = Pattern.compile("\"note\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern APPROVED = Pattern.compile("\"approved\"\\s*:\\s*([0-9.]+)");
    private static final Pattern REVIEW_COMMENT = Pattern.compile("\"reviewComment\"\\s*:\\s*\"([^\"]*)\"");

    /** The milestone a PUT's 200 answer shows (null when the body lacks a field). */
    static MilestoneState answered(String body) {
        if (body == null) return null;
        Matcher v = VERSION.matcher(body), p = PERCENT.matcher(body), f = FORECAST.matcher(body), n = NOTE.matcher(body);
        if (!v.find() || !p.find() || !f.find() || !n.find()) return null;
        return new MilestoneState(Long.parseLong(v.group(1)), new java.math.BigDecimal(p.group(1)),
                java.time.LocalDate.parse(f.group(1)), n.group(1));
    }

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern REQUESTED = Pattern.compile("\"requested\"\\s*:\\s*([0-9.]+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    /** In a JSON array of flat objects, the value {@code pattern} finds in the object whose "id" is {@code id}. */
    private static Long field(String json, long id, Pattern pattern) {
        String object = object(json, id);
        if (object == null) return null;
        Matcher m = pattern.matcher(object);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static String object(String json, long id) {
        Matcher o = OBJECT.matcher(json);
        Pattern idPattern = Pattern.compile("\"id\"\\s*:\\s*" + id + "\\s*[,}]");
        while (o.find()) {
            if (idPattern.matcher(o.group()).find()) return o.group();
        }
        return null;
    }

    private void requestFunding(int n, String office, FundingChoice choice, int seq) {
        String note = "load " + RUN + " " + n + "-" + seq;
        java.math.BigDecimal amount = java.math.BigDecimal.valueOf(10_000L * (1 + (n * 31L + seq) % 97));
        HttpResponse<String> res = send(office, "POST", "/api/v1/projects/" + choice.projectCode() + "/funding-lines",
                "{\"source\":\"" + choice.source() + "\",\"year\":" + choice.year() + ",\"requested\":" + amount
                        + ",\"note\":\"" + note + "\"}");
        if (res == null) return;
        String location = res.headers().firstValue("Location").orElse("");
        Matcher m = Pattern.compile("/funding/lines/(\\d+)$").matcher(location);
        if (res.statusCode() == 201 && m.find()) {
            requestedLines.put(Long.parseLong(m.group(1)), new Requested(choice.projectCode(), note, amount));
        } else {
            errors.add("request funding " + choice + " as " + office + ": " + res.statusCode() + " " + location + " "
                    + abbreviate(res.body()));
        }
    }

    private void financeLoop(int n, long end) {
        Random random = new Random(1000 + n);
        int seq = 0;
        while (System.nanoTime() < end) {
            HttpResponse<String> queue = send("finance", "GET", "/api/v1/funding/review-queue", null);
            if (queue == null || !expect(queue, 200, "GET review-queue")) continue;
            List<String> lines = new ArrayList<>();
            Matcher o = OBJECT.matcher(queue.body());
            while (o.find()) {
                Matcher st = STATUS.matcher(o.group());
                if (st.find() && st.group(1).equals("REQUESTED")) lines.add(o.group());
            }
            if (lines.isEmpty()) {
                pause(500);
                continue;
            }
            // the line as finance read it in the queue: id, version, requested amount
            String line = lines.get(random.nextInt(lines.size()));
            Matcher id = QUEUE_ID.matcher(line), version = VERSION.matcher(line), requested = REQUESTED.matcher(line);
            if (!id.find() || !version.find() || !requested.find()) {
                errors.add("review queue entry without id, version or requested: " + abbreviate(line));
                continue;
            }
            long lineId = Long.parseLong(id.group(1));
            long lineVersion = Long.parseLong(version.group(1));
            // a unique comment: the audit trail then tells which approval was applied
            String comment = "load " + RUN + " finance " + n + "-" + (++seq);
            java.math.BigDecimal amount = new java.math.BigDecimal(requested.group(1));
            HttpResponse<String> res = send("finance", "POST", "/api/v1/funding/lines/" + lineId + "/review",
                    "{\"version\":" + lineVersion + ",\"decision\":\"APPROVE\",\"approved\":" + requested.group(1)
                            + ",\"comment\":\"" + comment + "\"}");
            approvals.computeIfAbsent(lineId, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Approval(lineVersion, amount, comment, res == null ? -1 : res.statusCode(),
                            res == null ? null : res.body()));
            if (res == null) continue;
            if (res.statusCode() == 200) continue;
            else if (res.statusCode() == 409) conflicts.incrementAndGet(); // approved by another finance user meanwhile
            else errors.add("review line " + lineId + ": " + res.statusCode() + " " + abbreviate(res.body()));
        }
    }

    private void cityLoop(int n, long end) {
        Random random = new Random(2000 + n);
        String[] filters = {"", "?stage=CONTINUING", "?q=%E5%8C%BB%E9%99%A2", "?page=1&size=20", "?category=HEALTH"};
        String[] asOf = {"2026-11-29", "2025-12-31", "2024-06-30", "2023-12-31"};
        while (System.nanoTime() < end) {
            if (random.nextInt(3) == 0) {
                // the cockpit: every target's required / delivered / forecast / status as of a date
                HttpResponse<String> eval = send("city", "GET", "/api/v1/evaluation/targets?asOf=" + asOf[random.nextInt(asOf.length)], null);
                if (eval != null && expect(eval, 200, "GET evaluation/targets")) evaluations.incrementAndGet();
                continue;
            }
            HttpResponse<String> list = send("city", "GET", "/api/v1/projects" + filters[random.nextInt(filters.length)], null);
            if (list == null || !expect(list, 200, "GET projects")) continue;
            Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(list.body());
            List<String> codes = new ArrayList<>();
            while (m.find()) {
                if (projectCodes.contains(m.group(1))) codes.add(m.group(1));
            }
            if (!codes.isEmpty()) {
                String code = codes.get(random.nextInt(codes.size()));
                HttpResponse<String> detail = send("city", "GET", "/api/v1/projects/" + code, null);
                if (detail != null) expect(detail, 200, "GET project " + code);
            }
        }
    }

    /** Answers in {@code outcomes} with {@code status} (null: all). */
    private static long count(Map<Long, ? extends List<?>> outcomes, Integer status) {
        return outcomes.values().stream().flatMap(List::stream)
                .filter(o -> status == null || status == (o instanceof Put p ? p.status() : ((Approval) o).status())).count();
    }

    /**
     * The final database state against every answer the clients got. A milestone touched by PUTs (whatever the
     * answers) must hold exactly the fields of its highest 200 answer, or its start state if none was accepted;
     * its version went up by exactly the number of 200 answers, no two 200 answers share a version, each 200 answer
     * shows what was sent, and the audit trail holds the note of every accepted PUT once and of no refused one
     * (a 409 that was nevertheless applied). A line reviewed by finance: at most one 200 approval, which shows
     * APPROVED for the amount sent; the stored line is APPROVED for it, with that approval's comment, reviewed by
     * finance, and one approval in the audit trail; a refused approval's comment is nowhere. Every line an office
     * requested exists once as requested, and is still REQUESTED unless an approval of it was accepted.
     */
    private boolean verify(Map<Long, MilestoneState> startStates) throws SQLException {
        int lost = 0, wrong = 0, lostRequests = 0;
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement ms = c.prepareStatement("SELECT version, percent_complete, forecast, note FROM milestone WHERE id = ?");
             PreparedStatement notes = c.prepareStatement("SELECT after_value FROM audit_entry WHERE entity_type = 'Milestone' "
                     + "AND entity_id = ? AND field_name = 'note' AND after_value LIKE ?");
             PreparedStatement ls = c.prepareStatement("SELECT status, approved, requested, review_comment, reviewed_by "
                     + "FROM funding_line WHERE id = ?");
             PreparedStatement approvalsAudited = c.prepareStatement("SELECT comment_text FROM audit_entry "
                     + "WHERE entity_type = 'FundingLine' AND entity_id = ? AND action = 'funding.approve' AND field_name IS NULL")) {
            for (Map.Entry<Long, List<Put>> e : milestonePuts.entrySet()) {
                long id = e.getKey();
                List<Put> puts = List.copyOf(e.getValue());
                MilestoneState start = startStates.get(id), stored;
                ms.setLong(1, id);
                try (ResultSet r = ms.executeQuery()) {
                    r.next();
                    stored = new MilestoneState(r.getLong(1), r.getBigDecimal(2),
                            r.getDate(3) == null ? null : r.getDate(3).toLocalDate(), r.getString(4));
                }
                List<String> problems = new ArrayList<>();
                List<MilestoneState> accepted = new ArrayList<>();
                for (Put put : puts) {
                    if (put.status() != 200) continue;
                    MilestoneState answer = answered(put.body());
                    if (answer == null || answer.percent().compareTo(put.percent()) != 0
                            || !put.forecast().equals(answer.forecast()) || !put.note().equals(answer.note())) {
                        problems.add("a 200 answer does not show what was sent (" + put.note() + "): " + abbreviate(put.body()));
                    } else {
                        accepted.add(answer);
                    }
                }
                long distinctVersions = accepted.stream().mapToLong(MilestoneState::version).distinct().count();
                if (distinctVersions != accepted.size()) problems.add("two 200 answers with the same version");
                MilestoneState expected = accepted.stream().max(java.util.Comparator.comparingLong(MilestoneState::version))
                        .orElse(start);
                long expectedVersion = start.version() + puts.stream().filter(p -> p.status() == 200).count();
                if (stored.version() != expectedVersion) {
                    problems.add("version " + stored.version() + ", expected " + expectedVersion);
                }
                if (stored.percent().compareTo(expected.percent()) != 0 || !java.util.Objects.equals(stored.forecast(), expected.forecast())
                        || !java.util.Objects.equals(stored.note(), expected.note())) {
                    problems.add("stored " + stored + ", the last accepted answer says " + expected);
                }
                Map<String, Integer> audited = new java.util.HashMap<>();
                notes.setLong(1, id);
                notes.setString(2, "load " + RUN + " %");
                try (ResultSet r = notes.executeQuery()) {
                    while (r.next()) audited.merge(r.getString(1), 1, Integer::sum);
                }
                for (Put put : puts) {
                    int times = audited.getOrDefault(put.note(), 0);
                    if (put.status() == 200 && times != 1) problems.add("accepted note '" + put.note() + "' audited " + times + " times");
                    if (put.status() == 409 && times != 0) problems.add("refused (409) note '" + put.note() + "' was applied");
                }
                if (!problems.isEmpty()) {
                    lost++;
                    System.out.printf("  LOST UPDATE milestone %d: %s%n", id, String.join("; ", problems));
                }
            }
            for (Map.Entry<Long, List<Approval>> e : approvals.entrySet()) {
                long id = e.getKey();
                List<Approval> tries = List.copyOf(e.getValue());
                List<Approval> ok = tries.stream().filter(a -> a.status() == 200).toList();
                List<String> problems = new ArrayList<>();
                if (ok.size() > 1) problems.add(ok.size() + " approvals answered 200");
                for (Approval a : ok) {
                    Matcher st = STATUS.matcher(a.body()), am = APPROVED.matcher(a.body());
                    if (!st.find() || !"APPROVED".equals(st.group(1)) || !am.find()
                            || new java.math.BigDecimal(am.group(1)).compareTo(a.amount()) != 0) {
                        problems.add("a 200 approval does not show APPROVED for " + a.amount() + ": " + abbreviate(a.body()));
                    }
                }
                ls.setLong(1, id);
                try (ResultSet r = ls.executeQuery()) {
                    r.next();
                    String status = r.getString(1), comment = r.getString(4);
                    boolean ownComment = comment != null && comment.startsWith("load " + RUN + " ");
                    if (!ok.isEmpty()) {
                        if (!"APPROVED".equals(status) || r.getBigDecimal(2) == null
                                || r.getBigDecimal(2).compareTo(r.getBigDecimal(3)) != 0
                                || !ok.get(0).comment().equals(comment) || !"finance".equals(r.getString(5))) {
                            problems.add("stored " + status + " approved " + r.getBigDecimal(2) + " requested " + r.getBigDecimal(3)
                                    + " comment '" + comment + "', the accepted approval was '" + ok.get(0).comment() + "'");
                        }
                    } else if (ownComment) {
                        problems.add("stored " + status + " with comment '" + comment + "' although no approval was accepted");
                    }
                }
                List<String> audited = new ArrayList<>();
                approvalsAudited.setLong(1, id);
                try (ResultSet r = approvalsAudited.executeQuery()) {
                    while (r.next()) audited.add(r.getString(1));
                }
                if (!ok.isEmpty() && audited.size() != 1) problems.add(audited.size() + " approvals in the audit trail");
                for (Approval a : tries) {
                    if (a.status() == 409 && audited.contains(a.comment())) problems.add("refused (409) approval '" + a.comment() + "' was applied");
                }
                if (!problems.isEmpty()) {
                    wrong++;
                    System.out.printf("  WRONG APPROVAL funding line %d: %s%n", id, String.join("; ", problems));
                }
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement ls = c.prepareStatement("SELECT f.status, f.requested, f.request_note, p.code, f.reviewed_by "
                     + "FROM funding_line f JOIN project p ON p.id = f.project_id WHERE f.id = ?");
             PreparedStatement twice = c.prepareStatement("SELECT count(*) FROM funding_line WHERE request_note = ?")) {
            for (Map.Entry<Long, Requested> e : requestedLines.entrySet()) {
                ls.setLong(1, e.getKey());
                Requested q = e.getValue();
                boolean accepted = approvals.getOrDefault(e.getKey(), List.of()).stream().anyMatch(a -> a.status() == 200);
                try (ResultSet r = ls.executeQuery()) {
                    boolean ok = r.next() && r.getBigDecimal(2).compareTo(q.amount()) == 0 && q.note().equals(r.getString(3))
                            && q.projectCode().equals(r.getString(4))
                            && (accepted ? "APPROVED".equals(r.getString(1)) : "REQUESTED".equals(r.getString(1)));
                    twice.setString(1, q.note());
                    try (ResultSet t = twice.executeQuery()) {
                        t.next();
                        ok &= t.getInt(1) == 1;
                    }
                    if (!ok) {
                        lostRequests++;
                        System.out.printf("  funding request %d (%s): not as requested, or more than once%n", e.getKey(), q);
                    }
                }
            }
        }
        long approvedOwn = requestedLines.keySet().stream()
                .filter(id -> approvals.getOrDefault(id, List.of()).stream().anyMatch(a -> a.status() == 200)).count();
        System.out.printf("final state: %d lost milestone updates (%d milestones touched, also those that got only 409s), "
                + "%d wrong approvals (%d lines reviewed), %d lost funding requests "
                + "(%d requested by the offices, %d of them approved by finance)%n",
                lost, milestonePuts.size(), wrong, approvals.size(), lostRequests, requestedLines.size(), approvedOwn);
        return lost == 0 && wrong == 0 && lostRequests == 0;
    }

    /** The request's kind for the latency table: method and path with ids, codes and the query left out. */
    static String kind(String method, String path) {
        String p = path.replaceAll("\\?.*", "").replaceAll("/projects/[^/]+", "/projects/{code}")
                .replaceAll("/\\d+", "/{id}").replace("/api/v1", "");
        return method + " " + p;
    }

    /** Signs the calling client thread in through the login form; its HttpClient keeps the session cookie. */
    private void signIn(String user) {
        // HTTP/1.1 as a browser speaks to plain http (no h2c upgrade)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)).build();
        sessionClient.set(client);
        long start = System.nanoTime();
        try {
            client.send(HttpRequest.newBuilder(URI.create(base + "/projects/list.xhtml")).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=demo123")).build(),
                    HttpResponse.BodyHandlers.ofString());
            record("login", start);
            if (res.statusCode() != 302 && res.statusCode() != 303) {
                errors.add("login " + user + ": " + res.statusCode() + " " + abbreviate(res.body()));
            }
        } catch (Exception e) {
            errors.add("login " + user + ": " + e);
        }
    }

    private void record(String kind, long startNanos) {
        long micros = (System.nanoTime() - startNanos) / 1000;
        latenciesMicros.add(micros);
        latencyByKind.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(micros);
        requests.incrementAndGet();
    }

    private HttpResponse<String> send(String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
        HttpClient client = sessionClient.get();
        if (client == null) {
            client = http;
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)));
        }
        if (client != http && !"GET".equals(method)) {
            b.header("X-Requested-With", "XMLHttpRequest"); // a session-authenticated API write (CrossSiteWriteGuard)
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> res = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            record(kind(method, path), start);
            return res;
        } catch (Exception e) {
            requests.incrementAndGet();
            errors.add(method + " " + path + ": " + e);
            return null;
        }
    }

    private boolean expect(HttpResponse<String> res, int status, String what) {
        if (res.statusCode() == status) return true;
        errors.add(what + ": " + res.statusCode() + " " + abbreviate(res.body()));
        return false;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
