package org.citygov.plantracker.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers for the cluster failover test ({@code bin/cluster-failover-test}): while the script kills one node with
 * kill -9 and later restarts it, clients keep writing through the balancer —
 * <ul>
 *   <li>REST milestone updates with the version read (three writers, each on its own open milestones of the offices),</li>
 *   <li>REST monthly reports (the other offices' projects, one per project and open month),</li>
 *   <li>REST funding requests (office-housing) and disbursements (拨付, finance, with the line's version and a unique
 *       voucher number),</li>
 *   <li>JSF postbacks of the monthly report form ({@code offices/report.xhtml}, multipart, with the view state) from
 *       one session signed in through the login form as office-housing, as a browser does.</li>
 * </ul>
 * REST calls use HTTP Basic (no session, so the balancer spreads them over both nodes). Every write carries a
 * unique text (note, problems, request note), so it can be found again. The script names the node that holds the
 * browser session (file {@code route}), kills it, writes the kill's time ({@code killed}) and finally asks the
 * writers to stop ({@code stop}). Then, for every write:
 * <ul>
 *   <li>acknowledged (200/201, or the postback's redirect to the project page): present in the database exactly once;</li>
 *   <li>not acknowledged (an error status or no answer): absent or present exactly once, and the client tells which
 *       by re-reading through the API (history, report, funding lines) — what it reads must agree with the database;</li>
 *   <li>every milestone ends with the note of the last of its writes that is present, and its version went up by
 *       exactly the number of its writes present;</li>
 *   <li>the browser session was never sent to the login form, and a postback made after the kill was acknowledged.</li>
 * </ul>
 * It prints {@code acknowledged N, present N, lost 0, doubled 0} and exits 0 when all of that holds and at least one
 * write was in flight when the node died. The same writers serve bin/fault-test (one node killed and restarted:
 * durability) and bin/backup-restore-test (files {@code pause} / {@code paused}, {@code journal.tsv}, no kill).
 * System properties: fo.base, fo.jdbc, fo.jdbcUser, fo.jdbcPassword, fo.dir (the files above), fo.maxSeconds,
 * fo.kinds (milestone,report,funding,disbursement,postback), fo.expectKill (true), fo.spare (a project code left
 * alone), fo.pauseMillis (100).
 */
public final class FailoverWriters {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    enum Kind { MILESTONE, REPORT, FUNDING, DISBURSEMENT, POSTBACK }

    /** One write: what it was, which unique text marks it, what came back, when. status -1: no answer. */
    record Write(Kind kind, String project, String key, String text, long startMillis, long endMillis, int status,
                 boolean acknowledged, String upstream) { }

    record Milestone(long id, String project, long version, String office) { }

    private final String base = System.getProperty("fo.base", "http://127.0.0.1:9380/plantracker");
    private final String jdbc = System.getProperty("fo.jdbc", "jdbc:postgresql://127.0.0.1:5432/plantracker_cluster");
    private final String jdbcUser = System.getProperty("fo.jdbcUser", "plantracker");
    private final String jdbcPassword = System.getProperty("fo.jdbcPassword", "plantracker");
    private final Path dir = Path.of(System.getProperty("fo.dir", "target/cluster/failover"));
    private final long deadline = System.currentTimeMillis() + 1000L * Integer.getInteger("fo.maxSeconds", 600);
    private final LocalDate today = LocalDate.now(CITY);
    /** A project no writer touches (fo.spare): the failover script compares its page before and after the kill. */
    private final String spare = System.getProperty("fo.spare", "");
    /** A pause before each write (fo.pauseMillis, default 100), so a long run does not file every open month. */
    private final long pauseMillis = Long.getLong("fo.pauseMillis", 100);
    /** Without a kill (fo.expectKill=false, bin/backup-restore-test) only the database check counts. */
    private final boolean expectKill = Boolean.parseBoolean(System.getProperty("fo.expectKill", "true"));
    /** Which writers run (fo.kinds, default all): bin/fault-test runs some of them against one node. */
    private final java.util.Set<Kind> kinds = java.util.Arrays.stream(System.getProperty("fo.kinds",
            "milestone,report,funding,disbursement,postback").split(",")).map(k -> Kind.valueOf(k.trim().toUpperCase()))
            .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Kind.class)));

    private final HttpClient basic = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        System.exit(new FailoverWriters().run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("stop"));
        Files.deleteIfExists(dir.resolve("killed"));
        Files.deleteIfExists(dir.resolve("route"));
        Files.deleteIfExists(dir.resolve("pause"));
        Files.deleteIfExists(dir.resolve("paused"));
        List<Milestone> milestones = new ArrayList<>();
        List<String[]> funding = new ArrayList<>();
        List<String[]> restMonths = new ArrayList<>(), formMonths = new ArrayList<>();
        List<Long> payable = new ArrayList<>();
        try (Connection c = connection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, p.code, m.version, u.username FROM milestone m JOIN project p ON p.id = m.project_id "
                    + "JOIN app_user u ON u.lead_unit_id = p.lead_unit_id WHERE u.username LIKE 'office-%' AND m.actual IS NULL "
                    + "AND p.stage <> 'WITHDRAWN' ORDER BY m.id"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!r.getString(2).equals(spare)) milestones.add(new Milestone(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4)));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT p.code, s.code, f.fiscal_year FROM funding_line f "
                    + "JOIN project p ON p.id = f.project_id JOIN funding_source s ON s.id = f.source_id "
                    + "JOIN app_user u ON u.lead_unit_id = p.lead_unit_id WHERE u.username = 'office-housing' AND s.active "
                    + "AND p.stage NOT IN ('WITHDRAWN', 'COMPLETED', 'IN_USE') "
                    + "AND f.fiscal_year BETWEEN EXTRACT(YEAR FROM p.planned_start) AND EXTRACT(YEAR FROM p.planned_finish)");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!r.getString(1).equals(spare)) funding.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT f.id, p.code FROM funding_line f JOIN project p ON p.id = f.project_id "
                    + "WHERE f.status = 'APPROVED' AND f.approved - f.disbursed >= 1000000 ORDER BY f.id"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!r.getString(2).equals(spare)) payable.add(r.getLong(1));
                }
            }
            restMonths.addAll(openMonths(c, "u.username LIKE 'office-%' AND u.username <> 'office-housing'"));
            formMonths.addAll(openMonths(c, "u.username = 'office-housing'"));
        }
        if (milestones.size() < 3 || funding.isEmpty() || restMonths.isEmpty() || formMonths.isEmpty() || payable.isEmpty()) {
            System.out.println("FAILED: the demo data lacks open milestones, funding lines, approved lines or open report months");
            return false;
        }
        Collections.shuffle(restMonths, new Random(1));
        Collections.shuffle(formMonths, new Random(2));
        Map<Long, Long> startVersions = new LinkedHashMap<>();
        milestones.forEach(m -> startVersions.put(m.id(), m.version()));
        System.out.printf("writers %s: milestones ×3 (%d open milestones), monthly reports (%d open project months), "
                + "funding requests, disbursements (%d approved lines), a browser session (report form postbacks, %d open "
                + "months) through %s%n", kinds, milestones.size(), restMonths.size(), payable.size(), formMonths.size(), base);

        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < (kinds.contains(Kind.MILESTONE) ? 3 : 0); w++) {
            final int n = w;
            List<Milestone> own = new ArrayList<>();
            for (int i = n; i < milestones.size(); i += 3) own.add(milestones.get(i));
            threads.add(writer("milestones-" + n, () -> milestoneWriter(n, own)));
        }
        if (kinds.contains(Kind.REPORT)) threads.add(writer("reports", () -> reportWriter(restMonths)));
        if (kinds.contains(Kind.FUNDING)) threads.add(writer("funding", () -> fundingWriter(funding)));
        if (kinds.contains(Kind.DISBURSEMENT)) threads.add(writer("disbursements", () -> disbursementWriter(payable)));
        if (kinds.contains(Kind.POSTBACK)) threads.add(writer("browser", () -> browser(formMonths)));
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        return verify(startVersions);
    }

    /** Unfiled months of the office's reporting projects: this month and the twelve before it, as the form offers. */
    /** Project code, month, office user: the open months of the offices {@code users} (an SQL condition on u). */
    private List<String[]> openMonths(Connection c, String users) throws SQLException {
        List<String[]> open = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.code, (SELECT string_agg(to_char(r.report_month, 'YYYY-MM'), ',') "
                + "FROM progress_report r WHERE r.project_id = p.id), u.username FROM project p "
                + "JOIN app_user u ON u.lead_unit_id = p.lead_unit_id "
                + "WHERE " + users + " AND p.stage NOT IN ('RESERVE', 'WITHDRAWN') ORDER BY p.code")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String filed = r.getString(2) == null ? "" : r.getString(2);
                    for (int i = 1; i <= 12; i++) {
                        String month = YearMonth.now(CITY).minusMonths(i).toString();
                        if (!filed.contains(month) && !r.getString(1).equals(spare)) open.add(new String[] {r.getString(1), month, r.getString(3)});
                    }
                }
            }
        }
        return open;
    }

    private final java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
    private final ThreadLocal<Boolean> inIteration = ThreadLocal.withInitial(() -> false);

    /**
     * Called by each writer before each write: true until the file {@code stop} appears. While the file
     * {@code pause} exists no new write starts, and once none is in flight the file {@code paused} appears
     * (bin/backup-restore-test takes the backup's snapshot then).
     */
    private boolean running() {
        done();
        if (pauseMillis > 0) pause(pauseMillis);
        while (true) {
            if (Files.exists(dir.resolve("stop")) || System.currentTimeMillis() >= deadline) return false;
            if (!Files.exists(dir.resolve("pause"))) {
                busy.incrementAndGet();
                if (!Files.exists(dir.resolve("pause"))) {
                    inIteration.set(true);
                    return true;
                }
                busy.decrementAndGet();
            }
            if (busy.get() == 0 && !Files.exists(dir.resolve("paused"))) {
                try {
                    Files.writeString(dir.resolve("paused"), Long.toString(System.currentTimeMillis()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            pause(50);
        }
    }

    /** The calling writer's write (if any) is over. */
    private void done() {
        if (inIteration.get()) {
            inIteration.set(false);
            busy.decrementAndGet();
        }
    }

    private Thread writer(String name, Runnable work) {
        return new Thread(() -> {
            try {
                work.run();
            } finally {
                done();
            }
        }, name);
    }

    // ---- writers ------------------------------------------------------------------------------------------

    private void milestoneWriter(int n, List<Milestone> own) {
        Random random = new Random(n);
        int seq = 0;
        while (running()) {
            Milestone m = own.get(random.nextInt(own.size()));
            Answer list = rest(m.office(), "GET", "/api/v1/projects/" + m.project() + "/milestones", null);
            String object = list.status == 200 ? object(list.body, m.id()) : null;
            Matcher v = object == null ? null : VERSION.matcher(object);
            if (v == null || !v.find()) {
                pause(200);
                continue;
            }
            String note = "failover " + RUN + " m" + n + "-" + (++seq);
            long start = System.currentTimeMillis();
            Answer a = rest(m.office(), "PUT", "/api/v1/projects/" + m.project() + "/milestones/" + m.id(),
                    "{\"version\":" + v.group(1) + ",\"percentComplete\":" + random.nextInt(99) + ",\"forecast\":\""
                            + today.plusDays(2 + random.nextInt(700)) + "\",\"note\":\"" + note + "\"}");
            writes.add(new Write(Kind.MILESTONE, m.project(), m.id() + " " + m.office(), note, start, System.currentTimeMillis(),
                    a.status, a.status == 200, a.upstream));
            if (a.status == -1) pause(500);
        }
    }

    private void reportWriter(List<String[]> months) {
        int seq = 0;
        for (String[] pm : months) {
            if (!running()) return;
            String problems = "failover " + RUN + " r-" + (++seq);
            long start = System.currentTimeMillis();
            Answer a = rest(pm[2], "POST", "/api/v1/projects/" + pm[0] + "/reports",
                    "{\"month\":\"" + pm[1] + "\",\"investmentThisMonth\":100000,\"cumulativeInvestment\":100000,"
                            + "\"correctionNote\":\"failover test\",\"physicalProgress\":40,\"problems\":\"" + problems + "\"}");
            writes.add(new Write(Kind.REPORT, pm[0], pm[1] + " " + pm[2], problems, start, System.currentTimeMillis(), a.status,
                    a.status == 201, a.upstream));
            if (a.status == -1) pause(500);
        }
        System.out.println("note: the report writer filed every open month before the end");
    }

    private void fundingWriter(List<String[]> choices) {
        Random random = new Random(7);
        int seq = 0;
        while (running()) {
            String[] c = choices.get(random.nextInt(choices.size()));
            String note = "failover " + RUN + " f-" + (++seq);
            long start = System.currentTimeMillis();
            Answer a = rest("office-housing", "POST", "/api/v1/projects/" + c[0] + "/funding-lines",
                    "{\"source\":\"" + c[1] + "\",\"year\":" + c[2] + ",\"requested\":" + (10_000 * (1 + seq % 50))
                            + ",\"note\":\"" + note + "\"}");
            writes.add(new Write(Kind.FUNDING, c[0], c[1] + " " + c[2], note, start, System.currentTimeMillis(), a.status,
                    a.status == 201, a.upstream));
            if (a.status == -1) pause(500);
        }
    }

    /** The finance bureau records payments (拨付) against approved lines: the version read, a unique voucher number. */
    private void disbursementWriter(List<Long> lines) {
        Random random = new Random(11);
        int seq = 0;
        while (running()) {
            long id = lines.get(random.nextInt(lines.size()));
            Answer line = rest("finance", "GET", "/api/v1/funding/lines/" + id, null);
            Matcher v = line.status == 200 ? VERSION.matcher(line.body) : null;
            if (v == null || !v.find()) {
                pause(500);
                continue;
            }
            String voucher = "FO-" + RUN + "-" + (++seq);
            long start = System.currentTimeMillis();
            Answer a = rest("finance", "POST", "/api/v1/funding/lines/" + id + "/disbursements",
                    "{\"version\":" + v.group(1) + ",\"paidOn\":\"" + today + "\",\"amount\":100,\"voucherNo\":\"" + voucher
                            + "\",\"note\":\"failover test\"}");
            writes.add(new Write(Kind.DISBURSEMENT, Long.toString(id), voucher, voucher, start, System.currentTimeMillis(),
                    a.status, a.status == 201, a.upstream));
            if (a.status == -1) pause(500);
        }
    }

    /** A person in a browser: signs in once, then opens the report form and files it (a multipart JSF postback). */
    private void browser(List<String[]> months) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(cookies).build();
        try {
            get(client, "/projects/list.xhtml");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=office-housing&j_password=demo123")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302 && login.statusCode() != 303) {
                failures.add("browser: sign-in answered " + login.statusCode());
                return;
            }
        } catch (Exception e) {
            failures.add("browser: sign-in failed: " + e);
            return;
        }
        int seq = 0;
        for (String[] pm : months) {
            if (!running()) return;
            writeRoute(cookies);
            // open the form (a GET; if the node died under it, open it again, as a person reloads)
            HttpResponse<String> form;
            try {
                form = get(client, "/offices/report.xhtml?code=" + pm[0]);
            } catch (Exception e) {
                pause(500);
                continue;
            }
            if (form.body().contains("j_security_check")) {
                failures.add("browser: the session was lost (login form) at " + form.uri());
                return;
            }
            Matcher vs = VIEW_STATE.matcher(form.body());
            if (form.statusCode() != 200 || !vs.find() || !form.body().contains("value=\"" + pm[1] + "\"")) {
                if (form.statusCode() >= 500) {
                    pause(500);
                    continue;
                }
                failures.add("browser: the report form of " + pm[0] + " for " + pm[1] + " answered " + form.statusCode());
                continue;
            }
            String problems = "failover " + RUN + " form-" + (++seq);
            Multipart body = new Multipart()
                    .field("reportForm", "reportForm")
                    .field("reportForm:projectCode", pm[0])
                    .field("reportForm:month_input", pm[1])
                    .field("reportForm:investmentThisMonth", "10")
                    .field("reportForm:cumulativeInvestment", "10")
                    .field("reportForm:correctionNote", "failover test")
                    .field("reportForm:physicalProgress_input", "40")
                    .field("reportForm:physicalProgress_hinput", "40")
                    .field("reportForm:problems", problems)
                    .field("reportForm:coordinationRows:0:department", "")
                    .field("reportForm:coordinationRows:0:request", "")
                    .file("reportForm:evidence_input")
                    .field("reportForm:submitReport", "")
                    .field("jakarta.faces.ViewState", vs.group(1));
            long start = System.currentTimeMillis();
            int status = -1;
            boolean acknowledged = false;
            String upstream = null;
            try {
                HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(base + "/offices/report.xhtml?code=" + pm[0]))
                        .timeout(Duration.ofSeconds(120)).header("Content-Type", body.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
                status = res.statusCode();
                upstream = res.headers().firstValue("X-Upstream").orElse(null);
                String location = res.headers().firstValue("Location").orElse("");
                acknowledged = (status == 302 || status == 303) && location.contains("projects/project");
                if (!acknowledged && (res.body().contains("j_security_check") || location.contains("login"))) {
                    failures.add("browser: the session was lost (login form) on a postback");
                    return;
                }
                if (!acknowledged && status == 200) {
                    failures.add("browser: the postback for " + pm[0] + " " + pm[1] + " was not accepted: "
                            + abbreviate(res.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")
                            .replaceAll("\\s+", " ")));
                }
            } catch (Exception e) {
                // no answer: the node died under the request
            }
            writes.add(new Write(Kind.POSTBACK, pm[0], pm[1], problems, start, System.currentTimeMillis(), status, acknowledged,
                    upstream));
        }
        System.out.println("note: the browser filed every open month before the end");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void writeRoute(CookieManager cookies) {
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            if (c.getName().equals("JSESSIONID") && c.getValue().contains(".")) {
                try {
                    Files.writeString(dir.resolve("route"), c.getValue().substring(c.getValue().lastIndexOf('.') + 1));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    // ---- the check ----------------------------------------------------------------------------------------

    private boolean verify(Map<Long, Long> startVersions) throws Exception {
        journal();
        long killed = Files.exists(dir.resolve("killed")) ? Long.parseLong(Files.readString(dir.resolve("killed")).trim()) : -1;
        List<Write> all = new ArrayList<>(writes);
        int acknowledged = 0, present = 0, lost = 0, doubled = 0, unacknowledged = 0, unackApplied = 0, unackAbsent = 0,
                misread = 0;
        Map<Kind, int[]> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) byKind.put(k, new int[3]);
        try (Connection c = connection()) {
            for (Write w : all) {
                int times = countInDatabase(c, w);
                int[] k = byKind.get(w.kind());
                k[0]++;
                if (w.acknowledged()) {
                    acknowledged++;
                    k[1]++;
                    if (times == 1) present++;
                    if (times == 0) {
                        lost++;
                        System.out.printf("  LOST %s %s %s (%s, answered %d by %s)%n", w.kind(), w.project(), w.key(), w.text(), w.status(), w.upstream());
                    }
                } else {
                    unacknowledged++;
                    k[2]++;
                    if (times == 1) unackApplied++;
                    if (times == 0) unackAbsent++;
                    // the client tells by re-reading through the API; it must read what the database holds
                    boolean seen = reread(w);
                    System.out.printf("  not acknowledged: %s %s (%s), %s; re-read: %s, in the database %d times%n", w.kind(),
                            w.project(), w.text(), w.status() < 0 ? "no answer" : "HTTP " + w.status(), seen ? "present" : "absent", times);
                    if (seen != (times >= 1)) {
                        misread++;
                        System.out.printf("  RE-READ DISAGREES %s %s %s: the API says %s, the database has it %d times%n",
                                w.kind(), w.project(), w.text(), seen ? "present" : "absent", times);
                    }
                }
                if (times > 1) {
                    doubled++;
                    System.out.printf("  DOUBLED %s %s %s (%s): %d times%n", w.kind(), w.project(), w.key(), w.text(), times);
                }
            }
            // each milestone: the note of its last write that is present, and one version per present write
            Map<String, List<Write>> perMilestone = new LinkedHashMap<>();
            for (Write w : all) {
                if (w.kind() == Kind.MILESTONE) perMilestone.computeIfAbsent(w.key(), x -> new ArrayList<>()).add(w);
            }
            for (Map.Entry<String, List<Write>> e : perMilestone.entrySet()) {
                long id = Long.parseLong(e.getKey().split(" ")[0]);
                String lastPresent = null;
                int presentWrites = 0;
                for (Write w : e.getValue()) {
                    if (countInDatabase(c, w) >= 1) {
                        presentWrites++;
                        lastPresent = w.text();
                    }
                }
                try (PreparedStatement s = c.prepareStatement("SELECT note, version FROM milestone WHERE id = ?")) {
                    s.setLong(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (lastPresent != null && !lastPresent.equals(r.getString(1))
                                || r.getLong(2) != startVersions.get(id) + presentWrites) {
                            lost++;
                            System.out.printf("  LOST UPDATE milestone %d: note '%s' version %d, expected '%s' version %d%n", id,
                                    r.getString(1), r.getLong(2), lastPresent, startVersions.get(id) + presentWrites);
                        }
                    }
                }
            }
        }
        long inFlight = all.stream().filter(w -> killed > 0 && w.startMillis() <= killed && w.endMillis() >= killed).count();
        long postbacksAfterKill = all.stream().filter(w -> w.kind() == Kind.POSTBACK && killed > 0 && w.startMillis() > killed
                && w.acknowledged()).count();
        byKind.forEach((k, n) -> System.out.printf("  %-12s %5d writes, %5d acknowledged, %4d not%n", k, n[0], n[1], n[2]));
        System.out.printf("in flight when the node was killed: %d writes; browser postbacks acknowledged after the kill: %d%n",
                inFlight, postbacksAfterKill);
        System.out.printf("not acknowledged %d: %d applied, %d absent (each re-read through the API: %d disagree with the database)%n",
                unacknowledged, unackApplied, unackAbsent, misread);
        System.out.printf("acknowledged %d, present %d, lost %d, doubled %d%n", acknowledged, present, lost, doubled);
        if (expectKill && killed < 0) failures.add("no kill was recorded");
        if (expectKill && inFlight == 0) failures.add("no write was in flight when the node died");
        if (expectKill && kinds.contains(Kind.POSTBACK) && postbacksAfterKill == 0) failures.add("no postback of the browser session was acknowledged after the kill");
        boolean ok = lost == 0 && doubled == 0 && misread == 0 && present == acknowledged && failures.isEmpty()
                && acknowledged > 0;
        if (!ok) failures.forEach(f -> System.out.println("  FAILURE: " + f));
        return ok;
    }

    /**
     * Every write, one a line, to {@code journal.tsv}: kind, unique text, start and end (epoch ms), status,
     * acknowledged. bin/backup-restore-test loads it into the restored database to tell which writes it must hold.
     */
    private void journal() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Write w : writes) {
            b.append(w.kind()).append('\t').append(w.text()).append('\t').append(w.startMillis()).append('\t')
                    .append(w.endMillis()).append('\t').append(w.status()).append('\t').append(w.acknowledged()).append('\n');
        }
        Files.writeString(dir.resolve("journal.tsv"), b);
    }

    /** How often the write's unique text is in the database (the audit trail for milestones, which keeps each). */
    private int countInDatabase(Connection c, Write w) throws SQLException {
        String sql = switch (w.kind()) {
            case MILESTONE -> "SELECT count(*) FROM audit_entry WHERE entity_type = 'Milestone' AND field_name = 'note' AND after_value = ?";
            case REPORT, POSTBACK -> "SELECT count(*) FROM progress_report WHERE problems = ?";
            case FUNDING -> "SELECT count(*) FROM funding_line WHERE request_note = ?";
            case DISBURSEMENT -> "SELECT count(*) FROM funding_disbursement WHERE voucher_no = ?";
        };
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, w.text());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** What a client that got no (good) answer does: read back whether its write happened. */
    private boolean reread(Write w) {
        Answer a = switch (w.kind()) {
            case MILESTONE -> rest(w.key().split(" ")[1], "GET", "/api/v1/projects/" + w.project() + "/history", null);
            case REPORT -> rest(w.key().split(" ")[1], "GET", "/api/v1/projects/" + w.project() + "/reports/" + w.key().split(" ")[0], null);
            case POSTBACK -> rest("office-housing", "GET", "/api/v1/projects/" + w.project() + "/reports/" + w.key(), null);
            case FUNDING -> rest("office-housing", "GET", "/api/v1/projects/" + w.project() + "/funding-lines", null);
            case DISBURSEMENT -> rest("finance", "GET", "/api/v1/funding/lines/" + w.project(), null);
        };
        if (a.status == 404) return false;
        if (a.status != 200) throw new IllegalStateException("re-reading " + w + " answered " + a.status);
        return a.body.contains("\"" + w.text() + "\"");
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------

    record Answer(int status, String body, String upstream) { }

    private Answer rest(String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)));
        if (json != null) b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        else b.method(method, HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> res = basic.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(res.statusCode(), res.body(), res.headers().firstValue("X-Upstream").orElse(null));
        } catch (Exception e) {
            return new Answer(-1, "", null);
        }
    }

    private static String object(String json, long id) {
        Matcher o = OBJECT.matcher(json);
        Pattern idPattern = Pattern.compile("\"id\"\\s*:\\s*" + id + "\\s*[,}]");
        while (o.find()) {
            if (idPattern.matcher(o.group()).find()) return o.group();
        }
        return null;
    }

    /** A multipart/form-data body as a browser sends a form with a file input (here: no file chosen). */
    static final class Multipart {
        private final String boundary = "----failover" + RUN;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
