package org.citygov.plantracker.infrastructure.persistence.sql;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.citygov.plantracker.application.evaluation.ChangePosition;
import org.citygov.plantracker.application.evaluation.PortfolioChanges;
import org.citygov.plantracker.application.evaluation.PortfolioFactsSource;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.ProjectFacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The engine's facts from PlanTrackerDS with {@link PortfolioSql} and {@link ChangeFeed}. The connection
 * joins the caller's JTA transaction when there is one.
 */
@ApplicationScoped
public class JdbcPortfolioFactsSource implements PortfolioFactsSource {

    @Resource(lookup = "java:jboss/datasources/PlanTrackerDS")
    private DataSource dataSource;

    private final PortfolioSql sql = new PortfolioSql(MonthlyReportFactsSql.fromOfficesContext());

    public JdbcPortfolioFactsSource() {
        // CDI: the data source is injected
    }

    /** Outside the server (tests, benchmarks): on a given data source. */
    public JdbcPortfolioFactsSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    private interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T read(String what, Read<T> read) {
        try (Connection c = dataSource.getConnection()) {
            return read.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PortfolioFacts readAll() {
        return read("the portfolio", sql::read);
    }

    @Override
    public PortfolioFacts readProject(String projectCode) {
        return read("project " + projectCode, c -> sql.read(c, projectCode));
    }

    @Override
    public List<ProjectFacts> readProjects(Collection<Long> projectIds) {
        return read(projectIds.size() + " projects", c -> sql.readProjects(c, projectIds));
    }

    @Override
    public String fingerprint() {
        return read("the portfolio's fingerprint", sql::fingerprint);
    }

    @Override
    public String planFingerprint() {
        return read("the plan's fingerprint", sql::planFingerprint);
    }

    @Override
    public ChangePosition changePosition(Instant now) {
        return read("the evaluation change feed", c -> ChangeFeed.position(c, now));
    }

    @Override
    public PortfolioChanges changesSince(ChangePosition position, int limit, Instant now) {
        return read("the evaluation change feed", c -> ChangeFeed.since(c, position, limit, now));
    }

    @Override
    public void forgetChangesBefore(Instant before) {
        read("the evaluation change feed", c -> ChangeFeed.forget(c, before));
    }
}
