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
 *       read the version (JDBC, as a page would show it), {@code PUT /api/v1/projects/{code}/milestones/{id}}
 *       with that version and a unique note. 200 and 409 (someone saved it first) are expected answers.</li>
 *   <li>10 finance users take a pending funding line from {@code GET /api/v1/funding/review-queue} and
 *       approve it for the requested amount ({@code POST /api/v1/funding/lines/{id}/review} with its version).</li>
 *   <li>10 city users read the portfolio ({@code GET /api/v1/projects}) and project details.</li>
 * </ul>
 * Passes when: no error (anything other than 2xx and the expected 409), and no lost update: for every
 * milestone, final version − start version = number of 200 answers, and the stored note is the note of
 * the answer with the highest version; every approved line is APPROVED with approved = requested.
 * <p>Needs the offices (milestone PUT), finance (review) and rest (projects list) endpoints and demo data.
 * Not a unit test (no @Test): run with {@code bin/load-test}. HTTP Basic (the API's own filter).
 * System properties: load.base, load.jdbc, load.jdbcUser, load.jdbcPassword, load.seconds, load.users.
 */
public final class LoadRunner {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern QUEUE_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    record Success(long version, String note) { }
    record Target(long id, String projectCode) { }

    private final String base = System.getProperty("load.base", "http://127.0.0.1:9380/plantracker");
    private final String jdbc = System.getProperty("load.jdbc", "jdbc:postgresql://127.0.0.1:5432/plantracker_cluster");
    private final String jdbcUser = System.getProperty("load.jdbcUser", "plantracker");
    private final String jdbcPassword = System.getProperty("load.jdbcPassword", "plantracker");
    private final int seconds = Integer.getInteger("load.seconds", 60);
    private final int users = Integer.getInteger("load.users", 50);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final Map<Long, List<Success>> milestoneSuccesses = new ConcurrentHashMap<>();
    private final Map<Long, Long> approvedLines = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    /** Project codes (the list's JSON also has program, unit and jurisdiction codes under "code"). */
    private final java.util.Set<String> projectCodes = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        System.exit(new LoadRunner().run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Map<String, List<Target>> byOffice = new java.util.TreeMap<>();
        Map<Long, Long> startVersions = new ConcurrentHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement s = c.prepareStatement(
                     "SELECT u.username, m.id, p.code, m.version FROM app_user u JOIN project p ON p.lead_unit_id = u.lead_unit_id "
                             + "JOIN milestone m ON m.project_id = p.id WHERE u.username LIKE 'office-%' AND m.actual IS NULL "
                             + "AND p.stage <> 'WITHDRAWN'");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byOffice.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Target(r.getLong(2), r.getString(3)));
                startVersions.put(r.getLong(2), r.getLong(4));
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement s = c.prepareStatement("SELECT code FROM project");
             ResultSet r = s.executeQuery()) {
            while (r.next()) projectCodes.add(r.getString(1));
        }
        if (byOffice.isEmpty()) {
            System.out.println("No office users with open milestones: run the server in demo mode");
            return false;
        }
        List<String> offices = new ArrayList<>(byOffice.keySet());
        int officeClients = users * 3 / 5, financeClients = users / 5, cityClients = users - officeClients - financeClients;
        System.out.printf("load: %d users (%d offices over %d office accounts, %d finance, %d city) for %d s against %s%n",
                users, officeClients, offices.size(), financeClients, cityClients, seconds, base);

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            final int n = i;
            Runnable work;
            if (i < officeClients) {
                String office = offices.get(i % offices.size());
                work = () -> officeLoop(n, office, byOffice.get(office), end);
            } else if (i < officeClients + financeClients) {
                work = () -> financeLoop(n, end);
            } else {
                work = () -> cityLoop(n, end);
            }
            Thread t = new Thread(() -> {
                try {
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

        boolean ok = verify(startVersions);
        List<Long> lat = new ArrayList<>(latenciesMicros);
        Collections.sort(lat);
        long total = requests.get();
        System.out.printf("requests %d (%.1f/s), 409 conflicts %d, errors %d, latency p50 %.1f ms p95 %.1f ms p99 %.1f ms%n",
                total, total / (double) seconds, conflicts.get(), errors.size(),
                pct(lat, 50), pct(lat, 95), pct(lat, 99));
        System.out.printf("milestone updates %d on %d milestones, funding lines approved %d%n",
                milestoneSuccesses.values().stream().mapToInt(List::size).sum(), milestoneSuccesses.size(), approvedLines.size());
        errors.stream().limit(20).forEach(e -> System.out.println("  error: " + e));
        ok &= errors.isEmpty();
        System.out.println(ok ? "LOAD TEST PASSED: 0 errors, 0 lost updates" : "LOAD TEST FAILED");
        return ok;
    }

    private void officeLoop(int n, String office, List<Target> targets, long end) {
        Random random = new Random(n);
        int seq = 0;
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement read = c.prepareStatement("SELECT version FROM milestone WHERE id = ?")) {
            while (System.nanoTime() < end) {
                Target t = targets.get(random.nextInt(targets.size()));
                read.setLong(1, t.id());
                long version;
                try (ResultSet r = read.executeQuery()) {
                    r.next();
                    version = r.getLong(1);
                }
                // unique across runs too: an unchanged note would be no change, and no new version
                String note = "load " + RUN + " " + n + "-" + (++seq);
                HttpResponse<String> res = send(office, "PUT", "/api/v1/projects/" + t.projectCode() + "/milestones/" + t.id(),
                        "{\"version\":" + version + ",\"note\":\"" + note + "\"}");
                if (res == null) continue;
                if (res.statusCode() == 200) {
                    Matcher m = VERSION.matcher(res.body());
                    if (!m.find()) {
                        errors.add("PUT milestone " + t.id() + ": no version in " + res.body());
                        continue;
                    }
                    milestoneSuccesses.computeIfAbsent(t.id(), k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(new Success(Long.parseLong(m.group(1)), note));
                } else if (res.statusCode() == 409) {
                    conflicts.incrementAndGet();
                } else {
                    errors.add("PUT milestone " + t.id() + " as " + office + ": " + res.statusCode() + " " + abbreviate(res.body()));
                }
            }
        } catch (SQLException e) {
            errors.add("office client " + n + ": " + e);
        }
    }

    private void financeLoop(int n, long end) {
        Random random = new Random(1000 + n);
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement read = c.prepareStatement("SELECT version, requested FROM funding_line WHERE id = ? AND status = 'REQUESTED'")) {
            while (System.nanoTime() < end) {
                HttpResponse<String> queue = send("finance", "GET", "/api/v1/funding/review-queue", null);
                if (queue == null || !expect(queue, 200, "GET review-queue")) continue;
                List<Long> ids = new ArrayList<>();
                Matcher m = QUEUE_ID.matcher(queue.body());
                while (m.find()) ids.add(Long.parseLong(m.group(1)));
                if (ids.isEmpty()) {
                    pause(500);
                    continue;
                }
                long id = ids.get(random.nextInt(Math.min(ids.size(), 10)));
                read.setLong(1, id);
                long version;
                String requested;
                try (ResultSet r = read.executeQuery()) {
                    if (!r.next()) continue; // approved by another finance client meanwhile
                    version = r.getLong(1);
                    requested = r.getBigDecimal(2).toPlainString();
                }
                HttpResponse<String> res = send("finance", "POST", "/api/v1/funding/lines/" + id + "/review",
                        "{\"version\":" + version + ",\"decision\":\"APPROVE\",\"approved\":" + requested + ",\"comment\":\"load " + n + "\"}");
                if (res == null) continue;
                if (res.statusCode() == 200) approvedLines.put(id, version);
                else if (res.statusCode() == 409) conflicts.incrementAndGet();
                else errors.add("review line " + id + ": " + res.statusCode() + " " + abbreviate(res.body()));
            }
        } catch (SQLException e) {
            errors.add("finance client " + n + ": " + e);
        }
    }

    private void cityLoop(int n, long end) {
        Random random = new Random(2000 + n);
        String[] filters = {"", "?stage=CONTINUING", "?q=%E5%8C%BB%E9%99%A2", "?page=1&size=20", "?category=HEALTH"};
        while (System.nanoTime() < end) {
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

    private boolean verify(Map<Long, Long> startVersions) throws SQLException {
        int lost = 0, wrong = 0;
        try (Connection c = DriverManager.getConnection(jdbc, jdbcUser, jdbcPassword);
             PreparedStatement ms = c.prepareStatement("SELECT version, note FROM milestone WHERE id = ?");
             PreparedStatement ls = c.prepareStatement("SELECT status, approved, requested FROM funding_line WHERE id = ?")) {
            for (Map.Entry<Long, List<Success>> e : milestoneSuccesses.entrySet()) {
                ms.setLong(1, e.getKey());
                try (ResultSet r = ms.executeQuery()) {
                    r.next();
                    long version = r.getLong(1);
                    String note = r.getString(2);
                    long expectedVersion = startVersions.get(e.getKey()) + e.getValue().size();
                    Success last = e.getValue().stream().max((a, b) -> Long.compare(a.version(), b.version())).orElseThrow();
                    if (version != expectedVersion || !last.note().equals(note)) {
                        lost++;
                        System.out.printf("  LOST UPDATE milestone %d: version %d (expected %d), note '%s' (expected '%s')%n",
                                e.getKey(), version, expectedVersion, note, last.note());
                    }
                }
            }
            for (Long id : approvedLines.keySet()) {
                ls.setLong(1, id);
                try (ResultSet r = ls.executeQuery()) {
                    r.next();
                    if (!"APPROVED".equals(r.getString(1)) || r.getBigDecimal(2) == null
                            || r.getBigDecimal(2).compareTo(r.getBigDecimal(3)) != 0) {
                        wrong++;
                        System.out.printf("  funding line %d: %s approved %s requested %s%n", id, r.getString(1),
                                r.getBigDecimal(2), r.getBigDecimal(3));
                    }
                }
            }
        }
        System.out.printf("final state: %d lost milestone updates, %d wrong approvals%n", lost, wrong);
        return lost == 0 && wrong == 0;
    }

    private HttpResponse<String> send(String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            latenciesMicros.add((System.nanoTime() - start) / 1000);
            requests.incrementAndGet();
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
