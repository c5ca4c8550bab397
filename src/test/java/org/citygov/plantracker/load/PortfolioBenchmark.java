package org.citygov.plantracker.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Portfolio benchmark (bin/benchmark): p50/p95 latency of the portfolio page ({@code projects/list.xhtml},
 * first page of 20 of the lazy table, signed in as city) and of the REST list ({@code GET /api/v1/projects},
 * the same filters, {@code limit=20}, HTTP Basic as city on every call, as an API client sends it) at 1 and at
 * N concurrent users, against the baseline of a raw JDBC read of the same rows (the same joins, count + first
 * 20 ordered by code) at the same concurrency, in the same run. Prints absolute figures and ratios.
 * System properties: bench.base, bench.jdbc, bench.jdbcUser, bench.jdbcPassword, bench.users (50),
 * bench.requests (requests per user at N users, default 6), bench.single (requests at 1 user, default 40),
 * bench.query (query string of the page, e.g. "stage=CONTINUING&q=BENCH"), bench.pid (the server JVM: its CPU time
 * per request at 1 user, which does not depend on what else runs on the machine).
 * "REST (session)" is the same list read with the page's signed-in session instead of HTTP Basic: the difference
 * to "REST list" is the cost of checking the password (bcrypt) on every Basic call.
 */
public final class PortfolioBenchmark {

    private static final String ROWS = "SELECT p.code, p.national_code, p.name_zh, p.name_en, pr.code, pr.title_zh, pr.title_en, "
            + "j.code, j.name_zh, j.name_en, j.unit_level, jp.code, jp.name_zh, jp.name_en, jp.unit_level, "
            + "jg.code, jg.name_zh, jg.name_en, jg.unit_level, u.code, u.name_zh, u.name_en, p.category, p.stage, "
            + "p.planned_start, p.planned_finish, p.total_investment, p.sample ";
    private static final String FROM = "FROM project p JOIN program pr ON pr.id = p.program_id "
            + "JOIN jurisdiction j ON j.id = p.jurisdiction_id LEFT JOIN jurisdiction jp ON jp.id = j.parent_id "
            + "LEFT JOIN jurisdiction jg ON jg.id = jp.parent_id JOIN lead_unit u ON u.id = p.lead_unit_id ";

    private final String base = System.getProperty("bench.base", "http://127.0.0.1:9080/plantracker");
    private final String jdbc = System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/plantracker_bench");
    private final String jdbcUser = System.getProperty("bench.jdbcUser", "plantracker");
    private final String jdbcPassword = System.getProperty("bench.jdbcPassword", "plantracker");
    private final int users = Integer.getInteger("bench.users", 50);
    private final int perUser = Integer.getInteger("bench.requests", 6);
    private final int single = Integer.getInteger("bench.single", 40);
    private final String query = System.getProperty("bench.query", "");

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.cpuOnly")) {
            new PortfolioBenchmark().cpu();
        } else if (Boolean.getBoolean("bench.apiToken")) {
            new PortfolioBenchmark().apiToken();
        } else {
            new PortfolioBenchmark().run();
        }
    }

    /**
     * CPU per portfolio page against CPU per raw JDBC read of its rows (bin/benchmark portfolio-cpu), one
     * request after the other so nothing else of this benchmark runs meanwhile: the page costs the server JVM's
     * CPU (bench.pid, /proc: every thread, GC and JIT included) plus the CPU of this database's PostgreSQL
     * backends (their /proc entries, found in pg_stat_activity); the raw read costs this client thread's CPU
     * (JDBC driver, reading every column) plus the same backends'. Other helpers' processes are not counted.
     * The last line: {@code portfolio-cpu: page <ms> ms CPU vs raw JDBC <ms> ms CPU = <ratio>x}.
     */
    void cpu() throws Exception {
        int n = Integer.getInteger("bench.cpuRequests", 200);
        String page = base + "/projects/list.xhtml" + (query.isEmpty() ? "" : "?" + query);
        String where = whereOf(query);
        HttpClient client = signedIn();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // warm-up: 50 requests left the JIT compiling through the timed rounds (page CPU 90 → 60 → 42 ms in three
        // rounds of 200, 2026-12-07); 300 by default, then 5 rounds and their median
        int warmup = Integer.getInteger("bench.cpuWarmup", 300);
        int rounds = Integer.getInteger("bench.cpuRounds", 5);
        for (int i = 0; i < warmup; i++) {
            get(client, page);
            jdbcRead(where);
        }
        double[] pageCpu = new double[rounds];
        double[] rawCpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long server0 = serverCpuMillis();
            long pg0 = postgresCpuMillis();
            for (int i = 0; i < n; i++) {
                get(client, page);
            }
            long server1 = serverCpuMillis();
            long pg1 = postgresCpuMillis();
            long client0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                jdbcRead(where);
            }
            long client1 = threads.getCurrentThreadCpuTime();
            long pg2 = postgresCpuMillis();
            pageCpu[round] = (server1 - server0 + pg1 - pg0) / (double) n;
            rawCpu[round] = ((client1 - client0) / 1e6 + pg2 - pg1) / n;
            System.out.printf(java.util.Locale.ROOT, "RESULT round %d, %d requests each: page: server JVM %.1f ms + PostgreSQL %.1f ms; "
                            + "raw JDBC: client %.1f ms + PostgreSQL %.1f ms (per request, CPU); load average %s%n", round + 1, n,
                    (server1 - server0) / (double) n, (pg1 - pg0) / (double) n, (client1 - client0) / 1e6 / n,
                    (pg2 - pg1) / (double) n, java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        }
        java.util.Arrays.sort(pageCpu);
        java.util.Arrays.sort(rawCpu);
        System.out.printf(java.util.Locale.ROOT, "portfolio-cpu: page %.1f ms CPU vs raw JDBC %.1f ms CPU = %.1fx%n",
                pageCpu[rounds / 2], rawCpu[rounds / 2], pageCpu[rounds / 2] / rawCpu[rounds / 2]);
    }

    /**
     * The REST list with a personal API token against the raw JDBC read (bin/benchmark api-token): as the demo
     * {@code admin} (HTTP Basic) it creates a CITY_GOV user through {@code POST /api/v1/admin/users}, that user
     * replaces its one-time password and creates a token ({@code POST /api/v1/account/tokens}); then, at
     * bench.users concurrent clients, bench.requests calls each: the list with {@code Authorization: Bearer},
     * the same list with HTTP Basic (city, bcrypt on every call) and the raw JDBC read of the same rows, in
     * this run. The last line: {@code api-token: list p95 <ms> ms vs raw JDBC p95 <ms> ms = <ratio>x}.
     */
    void apiToken() throws Exception {
        String api = base + "/api/v1/projects?limit=20" + (query.isEmpty() ? "" : "&" + query.replace("district=", "jurisdiction="));
        String where = whereOf(query);
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String admin = "Basic " + java.util.Base64.getEncoder().encodeToString(
                System.getProperty("bench.admin", "admin:demo123").getBytes(StandardCharsets.UTF_8));
        String username = "bench.token." + Long.toString(System.nanoTime(), 36);
        String created = post(c, base + "/api/v1/admin/users", admin, "{\"username\":\"" + username
                + "\",\"displayName\":\"Benchmark token user\",\"roles\":[\"CITY_GOV\"],\"enabled\":true}", 201);
        String oneTime = jsonString(created, "oneTimePassword");
        String password = "Bench-Token-" + Long.toString(System.nanoTime(), 36) + "!";
        post(c, base + "/api/v1/account/password", basic(username, oneTime), "{\"currentPassword\":\"" + oneTime
                + "\",\"newPassword\":\"" + password + "\"}", 204);
        String expires = java.time.LocalDate.ofEpochDay(System.currentTimeMillis() / 86_400_000L + 30).toString();
        String token = post(c, base + "/api/v1/account/tokens", basic(username, password),
                "{\"name\":\"bin/benchmark api-token\",\"expiresOn\":\"" + expires + "\"}", 201);
        String bearer = "Bearer " + jsonString(token, "secret");
        System.out.printf("REST %s as %s with a personal API token (Bearer) and as city with HTTP Basic; baseline: JDBC count "
                + "+ first 20 rows %s; %d clients × %d calls%n", api, username, where.isEmpty() ? "(no filter)" : where, users, perUser);
        for (int i = 0; i < 20; i++) {
            rest(c, api, bearer);
            rest(c, api, BASIC);
            jdbcRead(where);
        }
        List<Long> tokenN = measure(users, perUser, n -> rest(c, api, bearer));
        List<Long> basicN = measure(users, perUser, n -> rest(c, api, BASIC));
        List<Long> sqlN = measure(users, perUser, n -> jdbcRead(where));
        report(users + " users", "REST Basic", basicN, sqlN);
        report(users + " users", "REST Bearer", tokenN, sqlN);
        System.out.printf(java.util.Locale.ROOT, "RESULT load average %s%n",
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        System.out.printf(java.util.Locale.ROOT, "api-token: list p95 %.1f ms vs raw JDBC p95 %.1f ms = %.1fx%n",
                pct(tokenN, 95), pct(sqlN, 95), pct(tokenN, 95) / pct(sqlN, 95));
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String post(HttpClient c, String url, String authorization, String json, int expected) throws Exception {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String jsonString(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) throw new IllegalStateException("no " + field + " in " + json);
        return m.group(1);
    }

    /** User + system CPU of this database's PostgreSQL backends (pg_stat_activity, /proc), in ms. */
    private long postgresCpuMillis() throws Exception {
        long total = 0;
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             java.sql.Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND pid <> pg_backend_pid()")) {
            while (r.next()) {
                total += cpuMillis(r.getString(1));
            }
        }
        return total;
    }

    void run() throws Exception {
        String page = base + "/projects/list.xhtml" + (query.isEmpty() ? "" : "?" + query);
        // the API names the place filter "jurisdiction" where the page says "district"
        String api = base + "/api/v1/projects?limit=20" + (query.isEmpty() ? "" : "&" + query.replace("district=", "jurisdiction="));
        String where = whereOf(query);
        System.out.printf("portfolio page %s and REST %s; baseline: JDBC count + first 20 rows %s%n", page, api,
                where.isEmpty() ? "(no filter)" : where);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < users; i++) clients.add(signedIn());
        HttpClient apiClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // warm-up: JIT, EclipseLink and PostgreSQL caches
        for (int i = 0; i < 10; i++) get(clients.get(0), page);
        for (int i = 0; i < 10; i++) rest(apiClient, api);
        for (int i = 0; i < 10; i++) jdbcRead(where);

        long cpu0 = serverCpuMillis();
        List<Long> web1 = measure(1, single, n -> get(clients.get(0), page));
        long cpu1 = serverCpuMillis();
        List<Long> rest1 = measure(1, single, n -> rest(apiClient, api));
        long cpu2 = serverCpuMillis();
        List<Long> restSession = measure(1, single, n -> get(clients.get(0), api));
        long cpu3 = serverCpuMillis();
        List<Long> sql1 = measure(1, single, n -> jdbcRead(where));
        List<Long> webN = measure(users, perUser, n -> get(clients.get(n), page));
        List<Long> restN = measure(users, perUser, n -> rest(apiClient, api));
        List<Long> sqlN = measure(users, perUser, n -> jdbcRead(where));

        report("1 user", "portfolio page", web1, sql1);
        report("1 user", "REST list", rest1, sql1);
        report("1 user", "REST (session)", restSession, sql1);
        if (cpu0 >= 0) {
            System.out.printf("RESULT 1 user    server CPU per request: portfolio page %.0f ms, REST list %.0f ms "
                            + ", the same REST list with a signed-in session (no bcrypt) %.0f ms%n",
                    (cpu1 - cpu0) / (double) single, (cpu2 - cpu1) / (double) single, (cpu3 - cpu2) / (double) single);
        }
        report(users + " users", "portfolio page", webN, sqlN);
        report(users + " users", "REST list", restN, sqlN);
    }

    private void report(String label, String what, List<Long> web, List<Long> sql) {
        double w50 = pct(web, 50), w95 = pct(web, 95), s50 = pct(sql, 50), s95 = pct(sql, 95);
        System.out.printf("RESULT %-9s %-14s p50 %8.1f ms p95 %8.1f ms | raw JDBC p50 %7.1f ms p95 %7.1f ms | ratio p50 %6.1f× p95 %6.1f× (n=%d/%d)%n",
                label, what, w50, w95, s50, s95, w50 / s50, w95 / s95, web.size(), sql.size());
    }

    interface Action { void run(int client) throws Exception; }

    private static List<Long> measure(int threads, int each, Action action) throws InterruptedException {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1), done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            final int n = t;
            new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        long s = System.nanoTime();
                        action.run(n);
                        micros.add((System.nanoTime() - s) / 1000);
                    }
                } catch (Exception e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        start.countDown();
        done.await();
        if (!failures.isEmpty()) throw new IllegalStateException("failed: " + failures.peek(), failures.peek());
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted;
    }

    private HttpClient signedIn() throws Exception {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        c.send(HttpRequest.newBuilder(URI.create(base + "/projects/list.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=city&j_password=" + URLEncoder.encode("demo123", StandardCharsets.UTF_8);
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.body().contains("j_security_check")) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
        return c;
    }

    private void get(HttpClient c, String url) throws Exception {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.body().contains("j_security_check")) {
            throw new IllegalStateException("portfolio page answered " + r.statusCode());
        }
    }

    private static final String BASIC = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("city:demo123".getBytes(StandardCharsets.UTF_8));

    private void rest(HttpClient c, String url) throws Exception {
        rest(c, url, BASIC);
    }

    private void rest(HttpClient c, String url, String authorization) throws Exception {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"total\"")) {
            throw new IllegalStateException("REST list answered " + r.statusCode());
        }
    }

    private void jdbcRead(String where) throws Exception {
        // a new connection per read would measure connection set-up; the server uses a pool, so do we (one per thread)
        Connection c = CONNECTIONS.get();
        if (c == null) {
            c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
            CONNECTIONS.set(c);
        }
        try (PreparedStatement count = c.prepareStatement("SELECT count(*) " + FROM + where);
             ResultSet r = count.executeQuery()) {
            r.next();
        }
        try (PreparedStatement rows = c.prepareStatement(ROWS + FROM + where + " ORDER BY p.code LIMIT 20 OFFSET 0");
             ResultSet r = rows.executeQuery()) {
            while (r.next()) {
                for (int i = 1; i <= 28; i++) r.getObject(i);
            }
        }
    }

    private static final ThreadLocal<Connection> CONNECTIONS = new ThreadLocal<>();

    /** User + system CPU of the server JVM (bench.pid, Linux /proc), or -1 without it. */
    private static long serverCpuMillis() {
        String pid = System.getProperty("bench.pid", "");
        if (pid.isEmpty()) {
            return -1;
        }
        return cpuMillis(pid);
    }

    private static long cpuMillis(String pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // fields 14 and 15, in 1/100 s
        } catch (Exception e) {
            return -1;
        }
    }

    /** The page's filters as SQL (stage and words only, enough for the benchmark's variants). */
    private static String whereOf(String query) {
        List<String> terms = new ArrayList<>();
        for (String kv : query.split("&")) {
            if (kv.startsWith("stage=")) terms.add("p.stage = '" + kv.substring(6).replace("'", "") + "'");
            if (kv.startsWith("q=")) {
                String w = kv.substring(2).replace("'", "").toLowerCase();
                terms.add("(lower(p.code) LIKE '%" + w + "%' OR lower(p.name_zh) LIKE '%" + w + "%' OR lower(p.name_en) LIKE '%" + w + "%')");
            }
        }
        return terms.isEmpty() ? "" : "WHERE " + String.join(" AND ", terms);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
