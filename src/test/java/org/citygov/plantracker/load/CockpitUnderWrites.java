package org.citygov.plantracker.load;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cockpit while the offices write (bin/benchmark cockpit-under-writes; docs/production.md): on the
 * benchmark dataset, {@code writers} office clients each write once a second — a milestone update
 * ({@code PUT /api/v1/projects/{code}/milestones/{id}} with the version it holds) or a monthly report
 * ({@code POST /api/v1/projects/{code}/reports}) of bench-office-a's projects, each client its own
 * milestones and projects — while {@code readers} city users read the cockpit without pause, alternately
 * {@code GET /api/v1/evaluation/targets} and the cockpit page. Each client signs in once (session).
 * <p>
 * <b>Stale answers, checked</b>: {@code probes} of the writers update one open milestone each of a sample
 * project whose outputs count toward the plan's targets, every time to a later, unique forecast date far in
 * the future, which becomes that project's forecast finish in the targets' contributions. Every REST read
 * records, before it is sent, which probe write was the last one answered; the answer must show that write
 * or a later one, else it is a stale answer. A preflight checks the probes are visible at all.
 * <p>
 * <b>Conditional GETs</b> (unless {@code bench.conditional=false}): a reader sends the ETag of the targets answer it
 * holds ({@code If-None-Match}); on 304 the answer it holds is the answer, and is checked for staleness the same way.
 * So a 304 given while a probe write changed the rows counts as a stale answer.
 * <p>
 * <b>Lost writes, checked</b> at the end against the database: every milestone's version went up by
 * exactly its accepted updates and holds the last forecast written; every accepted report is stored.
 * Last line: {@code cockpit-under-writes: reads p50 … ms p95 … ms; writes … ok … conflicts … lost; stale answers …}.
 */
public final class CockpitUnderWrites {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern FLAT_OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern FORECAST_FINISH = Pattern.compile("\"forecastFinish\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final LocalDate PROBE_BASE = LocalDate.of(2031, 1, 1);

    record Milestone(long id, String projectCode, long startVersion) { }
    record Report(String projectCode, YearMonth month, BigDecimal cumulative) { }
    record Probe(String user, String projectCode, long milestoneId, long startVersion) { }
    /** A probe's write: its forecast and when its answer came (nanoTime), 0 while in flight. */
    static final class ProbeWrite {
        final LocalDate forecast;
        volatile long answeredAt;
        ProbeWrite(LocalDate forecast) {
            this.forecast = forecast;
        }
    }

    private final String base = System.getProperty("bench.base", "http://127.0.0.1:9080/plantracker");
    private final String jdbc = System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/plantracker_bench");
    private final int seconds = Integer.getInteger("bench.seconds", 180);
    private final int writers = Integer.getInteger("bench.writers", 30);
    private final int readers = Integer.getInteger("bench.readers", 10);
    private final int probes = Integer.getInteger("bench.probes", 3);
    private final String label = System.getProperty("bench.label", "cockpit-under-writes");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final ConcurrentLinkedQueue<Long> targetReads = new ConcurrentLinkedQueue<>();
    /** Readers send the ETag of the answer they hold (If-None-Match) unless bench.conditional=false. */
    private final boolean conditional = Boolean.parseBoolean(System.getProperty("bench.conditional", "true"));
    private final Map<HttpClient, String[]> heldAnswers = new ConcurrentHashMap<>();
    private final AtomicLong notModified = new AtomicLong();
    private final ConcurrentLinkedQueue<Long> pageReads = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> writeLatencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private final AtomicLong checked = new AtomicLong();
    private final Map<Long, List<LocalDate>> milestoneWrites = new ConcurrentHashMap<>();
    private final Map<String, Report> reportsFiled = new ConcurrentHashMap<>();
    private final Map<String, List<ProbeWrite>> probeWrites = new ConcurrentHashMap<>();
    private final List<Probe> probeList = new ArrayList<>();
    private volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        System.exit(new CockpitUnderWrites().run() ? 0 : 1);
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(jdbc, System.getProperty("bench.jdbcUser", "plantracker"),
                System.getProperty("bench.jdbcPassword", "plantracker"));
    }

    boolean run() throws Exception {
        List<Milestone> milestones = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        YearMonth thisMonth = YearMonth.from(today);
        try (Connection c = db()) {
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, p.code, m.version FROM milestone m "
                    + "JOIN project p ON p.id = m.project_id JOIN lead_unit u ON u.id = p.lead_unit_id "
                    + "WHERE u.code = 'BENCH-LU-A' AND m.actual IS NULL AND p.stage <> 'WITHDRAWN' ORDER BY m.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    milestones.add(new Milestone(r.getLong(1), r.getString(2), r.getLong(3)));
                }
            }
            // one report per project: the earliest of last month and this month it has not filed, cumulative above
            // everything it filed
            try (PreparedStatement s = c.prepareStatement("SELECT p.code, "
                    + "(SELECT COUNT(*) FROM progress_report r WHERE r.project_id = p.id AND r.report_month = ?), "
                    + "(SELECT COUNT(*) FROM progress_report r WHERE r.project_id = p.id AND r.report_month = ?), "
                    + "(SELECT COALESCE(MAX(investment_cumulative), 0) FROM progress_report r WHERE r.project_id = p.id) "
                    + "FROM project p JOIN lead_unit u ON u.id = p.lead_unit_id WHERE u.code = 'BENCH-LU-A' "
                    + "AND p.stage IN ('PREPARATION', 'NEW_START', 'CONTINUING') ORDER BY p.code")) {
                s.setObject(1, thisMonth.minusMonths(1).atDay(1));
                s.setObject(2, thisMonth.atDay(1));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        YearMonth month = r.getLong(2) == 0 ? thisMonth.minusMonths(1) : r.getLong(3) == 0 ? thisMonth : null;
                        if (month != null) {
                            reports.add(new Report(r.getString(1), month, r.getBigDecimal(4).add(BigDecimal.valueOf(1000))));
                        }
                    }
                }
            }
            // probes: sample projects under way whose outputs count toward a dated target, with an open milestone
            try (PreparedStatement s = c.prepareStatement("SELECT u.username, p.code, m.id, m.version FROM project p "
                    + "JOIN app_user u ON u.lead_unit_id = p.lead_unit_id JOIN milestone m ON m.project_id = p.id "
                    + "WHERE u.username LIKE 'office-%' AND p.stage IN ('CONTINUING', 'NEW_START') AND m.actual IS NULL "
                    + "AND EXISTS (SELECT 1 FROM project_output o JOIN plan_target t ON t.id = o.target_id "
                    + "            WHERE o.project_id = p.id AND t.deadline IS NOT NULL) "
                    + "AND m.seq_no = (SELECT MAX(x.seq_no) FROM milestone x WHERE x.project_id = p.id AND x.actual IS NULL) "
                    + "ORDER BY p.code")) {
                try (ResultSet r = s.executeQuery()) {
                    List<String> seen = new ArrayList<>();
                    while (r.next() && probeList.size() < probes) {
                        if (!seen.contains(r.getString(2))) {
                            seen.add(r.getString(2));
                            probeList.add(new Probe(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
                        }
                    }
                }
            }
        }
        int plain = writers - probeList.size();
        if (plain <= 0 || milestones.size() < plain || reports.size() < plain || probeList.size() < probes) {
            System.out.printf("not enough to write: %d open milestones, %d reports to file, %d probe projects "
                    + "(run bin/benchmark-data.sql on a demo database)%n", milestones.size(), reports.size(), probeList.size());
            return false;
        }
        Collections.shuffle(milestones, new Random(7));
        Collections.shuffle(reports, new Random(8));
        System.out.printf(Locale.ROOT, "%s: %d writers (%d probes) at 1/s, %d readers without pause, %d s, against %s; "
                        + "%d open milestones and %d reports to write; probes %s%n", label, writers, probeList.size(),
                readers, seconds, base, milestones.size(), reports.size(),
                probeList.stream().map(Probe::projectCode).toList());

        // every client signs in first
        List<HttpClient> readerClients = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            readerClients.add(signIn("city"));
        }
        List<HttpClient> writerClients = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            writerClients.add(signIn(i < probeList.size() ? probeList.get(i).user() : "bench-office-a"));
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> System.out.println("  " + e));
            return false;
        }
        // preflight: one probe write each, then one read must show every probe's forecast
        for (int i = 0; i < probeList.size(); i++) {
            probeWrite(writerClients.get(i), probeList.get(i));
        }
        if (probeList.stream().anyMatch(p -> probeWrites.get(p.projectCode()).isEmpty())) {
            System.out.println("preflight: a probe write was refused:");
            errors.forEach(e -> System.out.println("  " + e));
            return false;
        }
        String answer = get(readerClients.get(0), "/api/v1/evaluation/targets?asOf=" + today);
        for (Probe p : probeList) {
            LocalDate shown = answer == null ? null : forecastShown(answer, p.projectCode());
            LocalDate written = probeWrites.get(p.projectCode()).get(0).forecast;
            if (!written.equals(shown)) {
                System.out.printf("preflight: probe %s shows forecast finish %s after writing %s: the probe cannot "
                        + "see stale answers%n", p.projectCode(), shown, written);
                return false;
            }
        }
        targetReads.clear();
        notModified.set(0);

        CountDownLatch done = new CountDownLatch(readers + writers);
        long start = System.nanoTime();
        for (int i = 0; i < readers; i++) {
            HttpClient client = readerClients.get(i);
            boolean pageFirst = i % 2 == 1;
            new Thread(() -> {
                try {
                    for (long n = 0; running; n++) {
                        if ((n % 2 == 0) != pageFirst) {
                            readTargets(client);
                        } else {
                            long t0 = System.nanoTime();
                            String page = get(client, "/cockpit/index.xhtml");
                            if (page != null) {
                                pageReads.add((System.nanoTime() - t0) / 1000);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        for (int i = 0; i < writers; i++) {
            HttpClient client = writerClients.get(i);
            int w = i;
            Probe probe = i < probeList.size() ? probeList.get(i) : null;
            List<Milestone> mine = new ArrayList<>();
            List<Report> myReports = new ArrayList<>();
            for (int k = w - probeList.size(); probe == null && k < milestones.size(); k += plain) {
                mine.add(milestones.get(k));
            }
            for (int k = w - probeList.size(); probe == null && k < reports.size(); k += plain) {
                myReports.add(reports.get(k));
            }
            new Thread(() -> {
                Random random = new Random(w);
                Map<Long, Long> versions = new java.util.HashMap<>();
                mine.forEach(m -> versions.put(m.id(), m.startVersion()));
                try {
                    long next = System.nanoTime() + random.nextInt(1000) * 1_000_000L;
                    for (int n = 0; running; n++) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            sleep(wait / 1_000_000);
                        }
                        next += 1_000_000_000L;
                        if (!running) {
                            break;
                        }
                        if (probe != null) {
                            probeWrite(client, probe);
                        } else if (n % 2 == 0 && n / 2 < myReports.size()) {
                            fileReport(client, myReports.get(n / 2));
                        } else {
                            Milestone m = mine.get((n / 2) % mine.size());
                            Long v = updateMilestone(client, m, versions.get(m.id()), random);
                            if (v != null) {
                                versions.put(m.id(), v);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        sleep(seconds * 1000L);
        running = false;
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;

        // lost writes: the database against what the server accepted
        long lost = 0;
        try (Connection c = db();
             PreparedStatement ms = c.prepareStatement("SELECT version, forecast FROM milestone WHERE id = ?");
             PreparedStatement rs = c.prepareStatement("SELECT investment_cumulative FROM progress_report r JOIN project p "
                     + "ON p.id = r.project_id WHERE p.code = ? AND r.report_month = ?")) {
            Map<Long, Long> startVersions = new java.util.HashMap<>();
            milestones.forEach(m -> startVersions.put(m.id(), m.startVersion()));
            probeList.forEach(p -> startVersions.put(p.milestoneId(), p.startVersion()));
            for (Map.Entry<Long, List<LocalDate>> e : milestoneWrites.entrySet()) {
                ms.setLong(1, e.getKey());
                try (ResultSet r = ms.executeQuery()) {
                    r.next();
                    long expected = startVersions.get(e.getKey()) + e.getValue().size();
                    LocalDate last = e.getValue().get(e.getValue().size() - 1);
                    if (r.getLong(1) != expected || !last.equals(r.getObject(2, LocalDate.class))) {
                        lost++;
                        System.out.printf("  LOST milestone %d: version %d (expected %d), forecast %s (expected %s)%n",
                                e.getKey(), r.getLong(1), expected, r.getObject(2, LocalDate.class), last);
                    }
                }
            }
            for (Report report : reportsFiled.values()) {
                rs.setString(1, report.projectCode());
                rs.setObject(2, report.month().atDay(1));
                try (ResultSet r = rs.executeQuery()) {
                    if (!r.next() || r.getBigDecimal(1).compareTo(report.cumulative()) != 0) {
                        lost++;
                        System.out.printf("  LOST report %s %s%n", report.projectCode(), report.month());
                    }
                }
            }
        }

        List<Long> reads = new ArrayList<>(targetReads);
        reads.addAll(pageReads);
        Collections.sort(reads);
        List<Long> targets = new ArrayList<>(targetReads);
        Collections.sort(targets);
        List<Long> pages = new ArrayList<>(pageReads);
        Collections.sort(pages);
        List<Long> writes = new ArrayList<>(writeLatencies);
        Collections.sort(writes);
        System.out.printf(Locale.ROOT, "%.0f s: GET /evaluation/targets %d (%d not modified) p50 %.0f ms p95 %.0f ms max %.0f ms; cockpit page %d "
                        + "p50 %.0f ms p95 %.0f ms; writes p50 %.0f ms p95 %.0f ms (%d milestone updates, %d reports, %d probe "
                        + "writes); stale checks %d; errors %d%n", elapsed, targets.size(), notModified.get(), pct(targets, 50), pct(targets, 95),
                pct(targets, 100), pages.size(), pct(pages, 50), pct(pages, 95), pct(writes, 50), pct(writes, 95),
                milestoneWrites.entrySet().stream().filter(e -> !isProbe(e.getKey())).mapToLong(e -> e.getValue().size()).sum(),
                reportsFiled.size(), probeWrites.values().stream().mapToLong(List::size).sum(), checked.get(), errors.size());
        errors.stream().limit(20).forEach(e -> System.out.println("  ERROR " + e));
        System.out.printf(Locale.ROOT, "%s: reads p50 %.0f ms p95 %.0f ms; writes %d ok %d conflicts %d lost; stale answers %d%n",
                label, pct(reads, 50), pct(reads, 95), ok.get(), conflicts.get(), lost, stale.get());
        return errors.isEmpty() && lost == 0 && stale.get() == 0 && checked.get() > 0;
    }

    private boolean isProbe(long milestoneId) {
        return probeList.stream().anyMatch(p -> p.milestoneId() == milestoneId);
    }

    private void readTargets(HttpClient client) {
        // what the answer must include: for each probe the last write answered before the request leaves
        Map<String, Integer> mustShow = new java.util.HashMap<>();
        for (Map.Entry<String, List<ProbeWrite>> e : probeWrites.entrySet()) {
            List<ProbeWrite> list = e.getValue();
            synchronized (list) {
                for (int k = list.size() - 1; k >= 0; k--) {
                    if (list.get(k).answeredAt != 0) {
                        mustShow.put(e.getKey(), k);
                        break;
                    }
                }
            }
        }
        long t0 = System.nanoTime();
        String path = "/api/v1/evaluation/targets?asOf=" + today;
        // a conditional GET, as a poller does: the answer held with its ETag; 304 means it is still the answer
        String[] held = conditional ? heldAnswers.get(client) : null;
        HttpResponse<String> res = send(client, "GET", path, null, held == null ? null : held[0]);
        if (res == null) {
            return;
        }
        String answer;
        if (res.statusCode() == 304 && held != null) {
            answer = held[1];
            notModified.incrementAndGet();
        } else if (res.statusCode() == 200) {
            answer = res.body();
            res.headers().firstValue("ETag").ifPresent(tag -> heldAnswers.put(client, new String[]{tag, answer}));
        } else {
            errors.add("GET " + path + ": " + res.statusCode() + " " + abbreviate(res.body()));
            return;
        }
        targetReads.add((System.nanoTime() - t0) / 1000);
        for (Map.Entry<String, Integer> e : mustShow.entrySet()) {
            LocalDate shown = forecastShown(answer, e.getKey());
            List<ProbeWrite> list = probeWrites.get(e.getKey());
            boolean fresh = false;
            synchronized (list) {
                for (int k = e.getValue(); k < list.size() && !fresh; k++) {
                    fresh = list.get(k).forecast.equals(shown);
                }
            }
            checked.incrementAndGet();
            if (!fresh) {
                stale.incrementAndGet();
                errors.add("STALE: " + e.getKey() + " shows forecast finish " + shown + ", the write answered before the read was "
                        + list.get(e.getValue()).forecast);
            }
        }
    }

    /** The forecast finish of a project's contributions in a targets answer (the earliest, if they differ). */
    static LocalDate forecastShown(String answer, String projectCode) {
        LocalDate shown = null;
        String code = "\"projectCode\":\"" + projectCode + "\"";
        Matcher m = FLAT_OBJECT.matcher(answer);
        while (m.find()) {
            String object = m.group();
            if (object.contains(code)) {
                Matcher f = FORECAST_FINISH.matcher(object);
                if (f.find()) {
                    LocalDate d = LocalDate.parse(f.group(1));
                    shown = shown == null || d.isBefore(shown) ? d : shown;
                }
            }
        }
        return shown;
    }

    private void probeWrite(HttpClient client, Probe p) {
        List<ProbeWrite> list = probeWrites.computeIfAbsent(p.projectCode(), k -> new ArrayList<>());
        ProbeWrite write;
        synchronized (list) {
            write = new ProbeWrite(PROBE_BASE.plusDays(list.size()));
            list.add(write);
        }
        List<LocalDate> accepted = milestoneWrites.computeIfAbsent(p.milestoneId(), k -> new ArrayList<>());
        long version = p.startVersion() + accepted.size();
        HttpResponse<String> res = send(client, "PUT", "/api/v1/projects/" + p.projectCode() + "/milestones/" + p.milestoneId(),
                "{\"version\":" + version + ",\"forecast\":\"" + write.forecast + "\"}");
        if (res != null && res.statusCode() == 200) {
            accepted.add(write.forecast);
            write.answeredAt = System.nanoTime();
            ok.incrementAndGet();
        } else {
            synchronized (list) {
                list.remove(write); // not written: no read has to show it
            }
            count(res, "probe " + p.projectCode());
        }
    }

    private Long updateMilestone(HttpClient client, Milestone m, long version, Random random) {
        LocalDate forecast = today.plusDays(30 + random.nextInt(700));
        HttpResponse<String> res = send(client, "PUT", "/api/v1/projects/" + m.projectCode() + "/milestones/" + m.id(),
                "{\"version\":" + version + ",\"percentComplete\":" + random.nextInt(100) + ",\"forecast\":\"" + forecast + "\"}");
        if (res != null && res.statusCode() == 200) {
            milestoneWrites.computeIfAbsent(m.id(), k -> Collections.synchronizedList(new ArrayList<>())).add(forecast);
            ok.incrementAndGet();
            Matcher v = VERSION.matcher(res.body());
            return v.find() ? Long.valueOf(v.group(1)) : version + 1;
        }
        count(res, "milestone " + m.id());
        return null;
    }

    private void fileReport(HttpClient client, Report r) {
        HttpResponse<String> res = send(client, "POST", "/api/v1/projects/" + r.projectCode() + "/reports",
                "{\"month\":\"" + r.month() + "\",\"investmentThisMonth\":1000,\"cumulativeInvestment\":"
                        + r.cumulative().toPlainString() + ",\"physicalProgress\":50}");
        if (res != null && res.statusCode() == 201) {
            reportsFiled.put(r.projectCode() + "/" + r.month(), r);
            ok.incrementAndGet();
        } else {
            count(res, "report " + r.projectCode() + " " + r.month());
        }
    }

    private void count(HttpResponse<String> res, String what) {
        if (res != null && res.statusCode() == 409) {
            conflicts.incrementAndGet();
        } else if (res != null) {
            errors.add(what + ": " + res.statusCode() + " " + abbreviate(res.body()));
        }
    }

    private HttpClient signIn(String user) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)).build();
        try {
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/projects/list.xhtml"))
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            // the container's form (j_security_check) or the application's own sign-in (/signin)
            boolean container = login.body().contains("j_security_check");
            HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(base
                            + (container ? "/j_security_check" : "/signin")))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(container ? "j_username=" + user + "&j_password=demo123"
                            : "username=" + user + "&password=demo123")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 302 && res.statusCode() != 303) {
                errors.add("login " + user + ": " + res.statusCode());
            }
        } catch (Exception e) {
            errors.add("login " + user + ": " + e);
        }
        return client;
    }

    private String get(HttpClient client, String path) {
        HttpResponse<String> res = send(client, "GET", path, null);
        if (res == null) {
            return null;
        }
        if (res.statusCode() != 200) {
            errors.add("GET " + path + ": " + res.statusCode() + " " + abbreviate(res.body()));
            return null;
        }
        return res.body();
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String json) {
        return send(client, method, path, json, null);
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String json, String ifNoneMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        if (json != null) {
            // a session-authenticated API write must say it comes from a script of the site (CrossSiteWriteGuard)
            b.header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> res = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (json != null) {
                writeLatencies.add((System.nanoTime() - t0) / 1000);
            }
            return res;
        } catch (Exception e) {
            errors.add(method + " " + path + ": " + e);
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
