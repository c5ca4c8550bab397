package org.citygov.plantracker.test.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fresh database with the given Liquibase changelogs applied, and an EclipseLink entity manager
 * factory over it, for plain-JUnit persistence tests (no server, no persistence.xml). Embedded
 * in-memory Derby by default; PostgreSQL when the environment variable PLANTRACKER_TEST_PG_URL
 * (plus _USER, _PASSWORD) is set, in a throw-away schema.
 * <p>
 * The ID_GEN table of core/010 is created here, as core/010 does, so a context's changelog can be
 * applied on its own.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_URL = "PLANTRACKER_TEST_PG_URL";

    /** Held so the level sticks: Liquibase reports every changeset at INFO. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private final DataSource dataSource;
    private final String schemaToDrop;
    private final String name;
    private final EntityManagerFactory emf;

    private TestDatabase(DataSource dataSource, String schemaToDrop, String name, List<Class<?>> entities,
                         List<String> changelogs) {
        this.dataSource = dataSource;
        this.schemaToDrop = schemaToDrop;
        this.name = name;
        migrate(changelogs);
        this.emf = new PersistenceProvider().createContainerEntityManagerFactory(unit(entities), Map.of());
    }

    /** Derby in memory, or PostgreSQL when PLANTRACKER_TEST_PG_URL is set. */
    public static TestDatabase create(List<Class<?>> entities, String... changelogs) {
        String pgUrl = System.getenv(PG_URL);
        return pgUrl == null || pgUrl.isBlank() ? derby(entities, changelogs) : postgres(pgUrl, entities, changelogs);
    }

    public static TestDatabase derby(List<Class<?>> entities, String... changelogs) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        String db = "plantest-" + UUID.randomUUID();
        ds.setDatabaseName("memory:" + db);
        ds.setCreateDatabase("create");
        return new TestDatabase(ds, null, "Derby " + db, entities, List.of(changelogs));
    }

    public static TestDatabase postgres(String url, List<Class<?>> entities, String... changelogs) {
        String schema = "plantest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = pg(url);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema on " + url, e);
        }
        PGSimpleDataSource ds = pg(url);
        ds.setCurrentSchema(schema);
        return new TestDatabase(ds, schema, "PostgreSQL " + schema, entities, List.of(changelogs));
    }

    private static PGSimpleDataSource pg(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        String user = System.getenv(PG_URL + "_USER");
        if (user != null) {
            ds.setUser(user);
        }
        String password = System.getenv(PG_URL + "_PASSWORD");
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    private void migrate(List<String> changelogs) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE id_gen (gen_name VARCHAR(64) NOT NULL PRIMARY KEY, gen_value BIGINT NOT NULL)");
                // the one generator row of META-INF/orm.xml, as core/010 seeds it
                s.execute("INSERT INTO id_gen (gen_name, gen_value) VALUES ('ids', 1000)");
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            for (String changelog : changelogs) {
                Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                        Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor()), () ->
                        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                                .execute());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot migrate " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /** Runs {@code work} in one transaction with a new entity manager, committing at the end. */
    public <T> T call(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} in one transaction with a new entity manager, committing at the end. */
    public void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Counts rows with plain JDBC, past any JPA cache. */
    public long count(String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        emf.close();
        if (schemaToDrop != null) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schemaToDrop + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private PersistenceUnitInfo unit(List<Class<?>> entities) {
        Properties properties = new Properties();
        // without weaving (no agent in Surefire) EclipseLink warns that LAZY to-one mappings load eagerly
        properties.setProperty("eclipselink.logging.level", "SEVERE");
        properties.setProperty("eclipselink.weaving", "false");
        properties.setProperty("eclipselink.jdbc.batch-writing", "JDBC");
        ClassLoader loader = TestDatabase.class.getClassLoader();
        URL root = entities.isEmpty() ? null : entities.get(0).getProtectionDomain().getCodeSource().getLocation();
        return new PersistenceUnitInfo() {
            @Override
            public String getPersistenceUnitName() {
                return "plantracker-test";
            }

            @Override
            public String getPersistenceProviderClassName() {
                return PersistenceProvider.class.getName();
            }

            @Override
            public PersistenceUnitTransactionType getTransactionType() {
                return PersistenceUnitTransactionType.RESOURCE_LOCAL;
            }

            @Override
            public DataSource getJtaDataSource() {
                return null;
            }

            @Override
            public DataSource getNonJtaDataSource() {
                return dataSource;
            }

            @Override
            public List<String> getMappingFileNames() {
                return List.of("META-INF/orm.xml");
            }

            @Override
            public List<URL> getJarFileUrls() {
                return List.of();
            }

            @Override
            public URL getPersistenceUnitRootUrl() {
                return root;
            }

            @Override
            public List<String> getManagedClassNames() {
                return entities.stream().map(Class::getName).toList();
            }

            @Override
            public boolean excludeUnlistedClasses() {
                return true;
            }

            @Override
            public SharedCacheMode getSharedCacheMode() {
                return SharedCacheMode.NONE;
            }

            @Override
            public ValidationMode getValidationMode() {
                return ValidationMode.NONE;
            }

            @Override
            public Properties getProperties() {
                return properties;
            }

            @Override
            public String getPersistenceXMLSchemaVersion() {
                return "3.0";
            }

            @Override
            public ClassLoader getClassLoader() {
                return loader;
            }

            @Override
            public void addTransformer(ClassTransformer transformer) {
                // no weaving in tests
            }

            @Override
            public ClassLoader getNewTempClassLoader() {
                return loader;
            }
        };
    }
}
