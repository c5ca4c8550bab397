package org.citygov.plantracker.benchmark;

import org.citygov.plantracker.benchmark.PortfolioGenerator.Size;
import org.citygov.plantracker.benchmark.PortfolioGenerator.Written;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;
import org.citygov.plantracker.infrastructure.persistence.sql.MonthlyReportFactsSql;
import org.citygov.plantracker.infrastructure.persistence.sql.PortfolioSql;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The slippage benchmark: generates 20,000 projects / 200,000 milestones / 3,000 units into an
 * embedded Derby database with the application's schema (a fresh one under the given directory),
 * then times the full evaluation — the one-pass read of the portfolio plus the pure engine (rules
 * 1–6, every target × unit with roll-ups and breakdowns) — against one SQL aggregate pass over the
 * same tables ({@link SqlAggregate}). Run it with {@code mvn -B -Pbenchmark test} (see docs/slippage.md).
 * <p>
 * Arguments: [directory] [projects] [milestones per project] [units] [runs].
 */
public final class EvaluationBenchmark {

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        Size size = new Size(arg(args, 1, Size.BENCHMARK.projects()), arg(args, 2, Size.BENCHMARK.milestonesPerProject()),
                arg(args, 3, Size.BENCHMARK.units()));
        int runs = arg(args, 4, 5);
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        delete(dir);
        Files.createDirectories(dir);
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());

        long t0 = System.nanoTime();
        DataSource db = SchemaDatabase.derby(dir.resolve("derby").toString());
        double migrate = seconds(t0);
        Written written;
        t0 = System.nanoTime();
        try (Connection c = db.getConnection()) {
            dropChangeFeedTriggers(c);
            written = new PortfolioGenerator(c, 42, 10_000).generate("BM", size);
        }
        double generate = seconds(t0);
        System.out.printf(Locale.ROOT, "%nslippage benchmark — %s, %d cores, max heap %d MB, Derby embedded (on disk)%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1_048_576);
        System.out.printf(Locale.ROOT, "schema %.1f s; generated %d projects, %d milestones, %d outputs, %d funding lines, "
                        + "%d monthly reports, %d units, %d targets in %.1f s%n", migrate, written.projects(),
                written.milestones(), written.outputs(), written.fundingLines(), written.reports(), written.units(),
                written.targets(), generate);

        PortfolioSql sql = new PortfolioSql(MonthlyReportFactsSql.fromOfficesContext());
        List<double[]> full = new ArrayList<>();
        List<Double> aggregate = new ArrayList<>();
        int rows = 0;
        long projects = 0;
        for (int run = -1; run <= runs; run++) { // runs -1 and 0 warm up (JIT)
            System.gc();
            long start = System.nanoTime();
            PortfolioFacts facts;
            try (Connection c = db.getConnection()) {
                facts = sql.read(c);
            }
            long read = System.nanoTime();
            PortfolioEvaluation e = PortfolioEvaluator.evaluate(facts, asOf, SlippageThresholds.DEFAULTS);
            long done = System.nanoTime();
            rows = e.targetRows().size();
            projects = e.projects().size();
            long a0 = System.nanoTime();
            int groups;
            try (Connection c = db.getConnection()) {
                groups = SqlAggregate.run(c, asOf).values().stream().mapToInt(java.util.Map::size).sum();
            }
            double agg = seconds(a0);
            if (run > 0) {
                full.add(new double[]{(read - start) / 1e9, (done - read) / 1e9, (done - start) / 1e9});
                aggregate.add(agg);
            }
            System.out.printf(Locale.ROOT, "run %d: read %.2f s + engine %.2f s = full %.2f s (%d projects, %d target rows); "
                    + "SQL aggregate %.2f s (%d target×unit groups)%s%n", run, (read - start) / 1e9, (done - read) / 1e9,
                    (done - start) / 1e9, projects, rows, agg, groups, run <= 0 ? "  [warm-up]" : "");
        }
        System.out.printf(Locale.ROOT, "%nmedian of %d runs: full evaluation %.2f s (read %.2f s, engine %.2f s); "
                        + "one SQL aggregate pass %.2f s; ratio %.1f×%n", runs, median(full, 2), median(full, 0),
                median(full, 1), aggregate.stream().sorted().toList().get(aggregate.size() / 2),
                median(full, 2) / aggregate.stream().sorted().toList().get(aggregate.size() / 2));
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "heap in use after the runs: %d MB%n", used / 1_048_576);
    }

    private static double median(List<double[]> values, int column) {
        List<Double> sorted = values.stream().map(v -> v[column]).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The change feed's row triggers (slippage/030-evaluation-change-feed.sql) write one feed row per generated
     * milestone and report: on Derby they turned the 12 s of generating into more than 10 minutes. This benchmark
     * times the full read and evaluation, which never read the feed, so the generated database goes without them.
     */
    private static void dropChangeFeedTriggers(Connection c) throws java.sql.SQLException {
        try (var statement = c.createStatement()) {
            for (String table : List.of("project", "milestone", "output", "funding", "report")) {
                for (String op : List.of("ins", "upd", "del")) {
                    statement.executeUpdate("DROP TRIGGER tr_ec_" + table + "_" + op);
                }
            }
        }
    }
}
