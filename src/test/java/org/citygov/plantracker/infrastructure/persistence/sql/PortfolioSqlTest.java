package org.citygov.plantracker.infrastructure.persistence.sql;

import org.citygov.plantracker.benchmark.PortfolioGenerator;
import org.citygov.plantracker.benchmark.PortfolioGenerator.Size;
import org.citygov.plantracker.benchmark.SchemaDatabase;
import org.citygov.plantracker.benchmark.SqlAggregate;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.ProjectFacts;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio reader on embedded Derby with the application's whole schema: it reads everything
 * the engine needs with a fixed number of statements however large the portfolio (no N+1), and the
 * engine's delivered figures agree with a plain SQL aggregate over the same tables.
 */
class PortfolioSqlTest {

    /** One schema for the class (migrating takes seconds); each test writes its own portfolio, own codes and ids. */
    private static final DataSource db = SchemaDatabase.derby("memory:portfolio-" + UUID.randomUUID());

    @Test
    void readsTheWholePortfolioWithAFixedNumberOfStatements() throws Exception {
        AtomicInteger statements = new AtomicInteger();
        PortfolioFacts small;
        try (Connection c = db.getConnection()) {
            new PortfolioGenerator(c, 1, 10_000_000).generate("S", new Size(50, 5, 120));
            small = new PortfolioSql(MonthlyReportFactsSql.fromOfficesContext()).read(counting(c, statements));
        }
        int forFifty = statements.getAndSet(0);
        var mine = small.projects().stream().filter(p -> p.code().startsWith("S-")).toList();
        assertThat(mine).hasSize(50);
        assertThat(mine.stream().mapToInt(p -> p.milestones().size()).sum()).isEqualTo(250);
        assertThat(small.units().stream().filter(u -> u.code().startsWith("SC"))).hasSize(120);
        assertThat(small.targets().stream().filter(t -> t.planCode().equals("BENCH-S"))).hasSize(12);
        assertThat(small.reportsTracked()).isTrue();
        assertThat(mine.stream().mapToInt(p -> p.reports().size()).sum()).isPositive();
        int before = small.projects().size();

        PortfolioFacts bigger;
        try (Connection c = db.getConnection()) {
            new PortfolioGenerator(c, 2, 20_000_000).generate("B", new Size(1_000, 5, 600));
            bigger = new PortfolioSql(MonthlyReportFactsSql.fromOfficesContext()).read(counting(c, statements));
        }
        assertThat(bigger.projects()).hasSize(before + 1_000);
        // the same statements for 1,050 projects as for 50: one per table, none per project
        assertThat(statements.get()).isEqualTo(forFifty).isLessThanOrEqualTo(12);
    }

    @Test
    void theFingerprintChangesWithEveryKindOfChangeAndOnlyThen() throws Exception {
        try (Connection c = db.getConnection()) {
            new PortfolioGenerator(c, 5, 50_000_000).generate("F", new Size(20, 3, 40));
            PortfolioSql sql = new PortfolioSql(MonthlyReportFactsSql.fromOfficesContext());
            String before = sql.fingerprint(c);
            assertThat(sql.fingerprint(c)).as("nothing changed").isEqualTo(before);

            // an update through the application bumps the row's version
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE milestone SET percent_complete = 55, version = version + 1 WHERE id = "
                        + "(SELECT MIN(m.id) FROM milestone m JOIN project p ON p.id = m.project_id WHERE p.code LIKE 'F-%')");
            }
            String updated = sql.fingerprint(c);
            assertThat(updated).isNotEqualTo(before);

            // a deleted row (a monthly report withdrawn) changes the count
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM progress_report WHERE id = (SELECT MAX(r.id) FROM progress_report r "
                        + "JOIN project p ON p.id = r.project_id WHERE p.code LIKE 'F-%')");
            }
            assertThat(sql.fingerprint(c)).isNotEqualTo(updated);
        }
    }

    @Test
    void oneProjectIsReadOnItsOwn() throws Exception {
        try (Connection c = db.getConnection()) {
            new PortfolioGenerator(c, 3, 30_000_000).generate("O", new Size(20, 4, 60));
            PortfolioFacts one = new PortfolioSql(MonthlyReportFactsSql.fromOfficesContext()).read(c, "O-7");
            assertThat(one.projects()).extracting(ProjectFacts::code).containsExactly("O-7");
            assertThat(one.projects().get(0).milestones()).hasSize(4);
            assertThat(one.projects().get(0).plannedInvestmentByYear()).isNotEmpty();
            assertThat(one.targets().stream().filter(t -> t.planCode().equals("BENCH-O"))).hasSize(12);
            assertThat(new PortfolioSql().read(c, "NO-SUCH").projects()).isEmpty();
        }
    }

    @Test
    void deliveredAgreesWithAPlainSqlAggregate() throws Exception {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        try (Connection c = db.getConnection()) {
            new PortfolioGenerator(c, 4, 40_000_000).generate("A", new Size(400, 6, 200));
            PortfolioFacts facts = new PortfolioSql(MonthlyReportFactsSql.fromOfficesContext()).read(c);
            PortfolioEvaluation e = PortfolioEvaluator.evaluate(facts, asOf, SlippageThresholds.DEFAULTS);
            Map<Long, Map<Long, BigDecimal[]>> sql = SqlAggregate.run(c, asOf);
            // the citywide housing target (no stock, no pooling): D(engine) = Σ delivered(SQL) over all places
            TargetFacts housing = e.target("BENCH-A", "A-Q1").orElseThrow();
            TargetEvaluation city = e.headline(housing.id()).orElseThrow();
            BigDecimal sqlDelivered = sql.get(housing.id()).values().stream().map(v -> v[0])
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(city.delivered()).isPositive().isEqualByComparingTo(sqlDelivered);
        }
    }

    /** A connection that counts the statements prepared or created through it. */
    static Connection counting(Connection c, AtomicInteger count) {
        return (Connection) Proxy.newProxyInstance(PortfolioSqlTest.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        count.incrementAndGet();
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
