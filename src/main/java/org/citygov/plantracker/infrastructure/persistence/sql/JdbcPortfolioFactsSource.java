package org.citygov.plantracker.infrastructure.persistence.sql;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.citygov.plantracker.application.evaluation.PortfolioFactsSource;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The engine's facts from PlanTrackerDS with {@link PortfolioSql}. The connection joins the caller's
 * JTA transaction when there is one.
 */
@ApplicationScoped
public class JdbcPortfolioFactsSource implements PortfolioFactsSource {

    @Resource(lookup = "java:jboss/datasources/PlanTrackerDS")
    private DataSource dataSource;

    private final PortfolioSql sql = new PortfolioSql(MonthlyReports.fromOfficesContext());

    @Override
    public PortfolioFacts readAll() {
        try (Connection c = dataSource.getConnection()) {
            return sql.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the portfolio: " + e.getMessage(), e);
        }
    }

    @Override
    public PortfolioFacts readProject(String projectCode) {
        try (Connection c = dataSource.getConnection()) {
            return sql.read(c, projectCode);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read project " + projectCode + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String fingerprint() {
        try (Connection c = dataSource.getConnection()) {
            return sql.fingerprint(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the portfolio's fingerprint: " + e.getMessage(), e);
        }
    }
}
