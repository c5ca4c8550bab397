package org.citygov.plantracker.benchmark;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.citygov.plantracker.infrastructure.persistence.DatabaseMigrator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An embedded Derby database with the application's whole schema (the master changelog, exactly as
 * the server migrates it), for plain-JUnit SQL tests and the benchmark.
 */
public final class SchemaDatabase {

    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private SchemaDatabase() {
    }

    /** {@code memory:name} for a throw-away database, or a directory path for one kept on disk. */
    public static DataSource derby(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            if (database instanceof DerbyDatabase derby) {
                derby.setShutdownEmbeddedDerby(false);
            }
            new Liquibase(DatabaseMigrator.CHANGELOG, new ClassLoaderResourceAccessor(), database).update("");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot migrate " + name + ": " + e.getMessage(), e);
        }
        return ds;
    }
}
