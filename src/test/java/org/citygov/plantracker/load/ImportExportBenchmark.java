package org.citygov.plantracker.load;

import org.citygov.plantracker.infrastructure.spreadsheet.MilestoneWorkbook;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import and export benchmark (bin/benchmark), against a server on the benchmark dataset
 * (bin/benchmark-data.sql):
 * <ol>
 *   <li><b>Milestone workbook import</b> — the office user bench-office-a (lead unit BENCH-LU-A, 5,000 projects
 *   under way, 10 milestones each) downloads its workbook ({@code GET /api/v1/milestones/workbook}), changes the
 *   note of every row (as an office does when it files the month) and uploads it
 *   ({@code PUT}, all or nothing, one transaction). Times both; the upload must answer 200 with every row changed.</li>
 *   <li><b>OC4IDS export</b> ({@code GET /api/v1/oc4ids}, streamed) of 5,000 (bench-office-a), 10,000
 *   (bench-office-b) and all ~20,000 projects (city): time, size, and the server's <b>live heap</b> while it runs —
 *   every second {@code jcmd GC.class_histogram} on the server's pid (bench.pid), which collects and then counts
 *   the live objects in the same pause: the peak of those totals minus the total before the export. Flat memory means
 *   that peak does not grow with the number of projects.</li>
 * </ol>
 * System properties: bench.base, bench.pid (the server JVM; without it no memory figures), bench.parts
 * (default "import,export").
 * Classpath: the WAR's classes and libraries (POI), for reading and writing the workbook.
 */
public final class ImportExportBenchmark {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final String base = System.getProperty("bench.base", "http://127.0.0.1:9080/plantracker");
    private final String pid = System.getProperty("bench.pid", "");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        ImportExportBenchmark benchmark = new ImportExportBenchmark();
        String parts = System.getProperty("bench.parts", "import,export");
        if (parts.contains("import")) {
            benchmark.workbookImport();
        }
        if (parts.contains("export")) {
            benchmark.export("bench-office-a");
            benchmark.export("bench-office-b");
            benchmark.export("city");
        }
    }

    void workbookImport() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> download = http.send(request("bench-office-a", "/api/v1/milestones/workbook")
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        long downloadMs = (System.nanoTime() - t0) / 1_000_000;
        check(download.statusCode() == 200, "workbook download answered " + download.statusCode());

        // the office's edit: a note on every row (the locked columns are written back as placeholders;
        // the upload reads only the row's identity and the editable cells)
        MilestoneWorkbook.Read read = MilestoneWorkbook.read(new ByteArrayInputStream(download.body()));
        check(read.problems().isEmpty(), "downloaded workbook unreadable: " + read.problems());
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<MilestoneWorkbook.Line> lines = new ArrayList<>();
        for (MilestoneWorkbook.ReadRow r : read.rows()) {
            lines.add(new MilestoneWorkbook.Line(r.projectCode(), "-", r.milestoneId(), r.version(), "-", "-", null,
                    null, r.forecast(), r.actual(), r.percent(), "基准 " + run + " 月度更新", false));
        }
        byte[] edited = MilestoneWorkbook.write(lines, key -> key);
        long projects = read.rows().stream().map(MilestoneWorkbook.ReadRow::projectCode).distinct().count();

        AtomicLong peakUsed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = sampler(running, peakUsed, false);
        long t1 = System.nanoTime();
        HttpResponse<String> upload = http.send(request("bench-office-a", "/api/v1/milestones/workbook")
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(edited)).build(), HttpResponse.BodyHandlers.ofString());
        long uploadMs = (System.nanoTime() - t1) / 1_000_000;
        running.set(false);
        sampler.join();
        check(upload.statusCode() == 200, "upload answered " + upload.statusCode() + ": " + abbreviate(upload.body()));
        check(upload.body().contains("\"rowsChanged\":" + lines.size()), "not every row changed: " + abbreviate(upload.body()));
        System.out.printf("RESULT milestone workbook download: %d projects, %d milestones, %.1f MB in %.1f s%n",
                projects, lines.size(), download.body().length / 1e6, downloadMs / 1000.0);
        System.out.printf("RESULT milestone workbook import (one transaction, every row changed): %d projects, %d milestones in %.1f s "
                        + "(target ≤ 30 s)%s%n", projects, lines.size(), uploadMs / 1000.0,
                pid.isEmpty() ? "" : String.format(", server heap used at most %d MB (sampled, not after GC)", peakUsed.get() / 1024));
    }

    void export(String user) throws Exception {
        long before = pid.isEmpty() ? 0 : liveHeapKb();
        AtomicLong peakLive = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = sampler(running, peakLive, true);
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request(user, "/api/v1/oc4ids").timeout(Duration.ofMinutes(20)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long projects = 0;
        byte[] buffer = new byte[1 << 16];
        byte[] marker = "\"id\":\"oc4ids-".getBytes(StandardCharsets.UTF_8);
        int matched = 0;
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) { // count the projects as they stream by
                    matched = buffer[i] == marker[matched] ? matched + 1 : buffer[i] == marker[0] ? 1 : 0;
                    if (matched == marker.length) {
                        projects++;
                        matched = 0;
                    }
                }
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        running.set(false);
        sampler.join();
        if (response.statusCode() == 400) { // a smaller dataset (BENCH_PROJECTS) leaves this user without projects
            System.out.printf("RESULT OC4IDS export as %-14s no projects in this dataset%n", user);
            return;
        }
        check(response.statusCode() == 200, "OC4IDS export answered " + response.statusCode());
        System.out.printf("RESULT OC4IDS export as %-14s %6d projects, %6.1f MB in %6.1f s%s%n", user, projects, bytes / 1e6, ms / 1000.0,
                pid.isEmpty() ? "" : String.format(", server live heap %d MB before, peak %d MB during (+%d MB)",
                        before / 1024, peakLive.get() / 1024, (peakLive.get() - before) / 1024));
    }

    /** Samples the server's heap: live objects every second when {@code live}, else the used heap every 250 ms. */
    private Thread sampler(AtomicBoolean running, AtomicLong peak, boolean live) {
        Thread t = new Thread(() -> {
            while (running.get() && !pid.isEmpty()) {
                try {
                    long kb = live ? liveHeapKb() : usedHeapKb();
                    peak.accumulateAndGet(kb, Math::max);
                    Thread.sleep(live ? 1000 : 250);
                } catch (Exception e) {
                    return;
                }
            }
        });
        t.start();
        return t;
    }

    /** The bytes of all live objects: GC.class_histogram collects first and counts in the same pause. */
    private long liveHeapKb() throws Exception {
        Matcher m = TOTAL.matcher(jcmd("GC.class_histogram"));
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : 0;
    }

    private long usedHeapKb() throws Exception {
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private HttpRequest.Builder request(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
