package org.balint.persistence.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.balint.persistence.schema.SchemaMigrator;
import org.balint.persistence.schema.SchemaReport;
import org.balint.persistence.time.UtcPlatforms;

/**
 * Balint's records outside an application server: migrates the database to the current schema, then
 * opens the {@value #PERSISTENCE_UNIT} persistence unit with application-managed (resource-local)
 * transactions on it. Tests, benchmarks and command-line tools use it; inside Open Liberty the
 * container opens the unit on its JTA data source instead, after the application has run the
 * {@link SchemaMigrator}.
 *
 * <p>A Jakarta Persistence provider (EclipseLink) and the JDBC driver must be on the class path.
 */
public final class StandaloneDatabase implements AutoCloseable {

    /** The persistence unit declared in {@code META-INF/persistence.xml}. */
    public static final String PERSISTENCE_UNIT = "balint";

    private final DatabaseConnection connection;
    private final SchemaReport schema;
    private final EntityManagerFactory entityManagerFactory;

    private StandaloneDatabase(DatabaseConnection connection, SchemaReport schema, EntityManagerFactory factory) {
        this.connection = connection;
        this.schema = schema;
        this.entityManagerFactory = factory;
    }

    /**
     * Migrates the database at {@code connection} to the latest schema and opens the persistence unit
     * on it.
     *
     * @throws IllegalStateException when the database cannot be reached or migrated
     */
    public static StandaloneDatabase open(DatabaseConnection connection) {
        Objects.requireNonNull(connection, "connection");
        SchemaReport schema = new SchemaMigrator(connection.dataSource()).migrate();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, resourceLocal(connection));
        try {
            UtcPlatforms.verify(factory);
        } catch (IllegalStateException misconfigured) {
            factory.close();
            throw misconfigured;
        }
        return new StandaloneDatabase(connection, schema, factory);
    }

    /**
     * The properties that turn the container-managed unit into one a plain Java program can use:
     * transactions through {@link EntityManager#getTransaction()}, connections from the JDBC URL
     * (pooled by the provider), no JTA data source.
     */
    static Map<String, Object> resourceLocal(DatabaseConnection connection) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", connection.jdbcUrl());
        properties.put("jakarta.persistence.jdbc.user", connection.user());
        properties.put("jakarta.persistence.jdbc.password", connection.password());
        properties.put(UtcPlatforms.PROPERTY, UtcPlatforms.forEngine(connection.engine()));
        // Without a Java agent EclipseLink cannot weave classes at load time; say so instead of
        // letting it guess.
        properties.put("eclipselink.weaving", "false");
        return properties;
    }

    /** The database product. */
    public DatabaseEngine engine() {
        return schema.engine();
    }

    /** What the schema migration at opening did. */
    public SchemaReport schema() {
        return schema;
    }

    /** Where the database is. */
    public DatabaseConnection connection() {
        return connection;
    }

    /** The open persistence unit, for callers that manage entity managers themselves. */
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /**
     * Runs {@code work} in a new transaction and commits it, or rolls everything back when
     * {@code work} throws (the exception is passed on). This is the application edge for standalone
     * use: adapters take the entity manager and never begin or end transactions themselves.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        Objects.requireNonNull(work, "work");
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /** {@link #inTransaction(Function)} for work without a result. */
    public void useTransaction(Consumer<EntityManager> work) {
        Objects.requireNonNull(work, "work");
        inTransaction(entityManager -> {
            work.accept(entityManager);
            return Boolean.TRUE;
        });
    }

    /**
     * Closes the persistence unit. An in-memory Derby database is dropped as well, and a Derby
     * database in a directory is shut down cleanly; every other database is left as it is.
     */
    @Override
    public void close() {
        entityManagerFactory.close();
        connection.dropDerbyInMemory().ifPresent(url -> derbyCommand(url, "drop"));
        connection.shutDownDerbyDirectory().ifPresent(url -> derbyCommand(url, "shut down"));
    }

    private static void derbyCommand(String url, String what) {
        try {
            DriverManager.getConnection(url).close();
        } catch (SQLException done) {
            // Derby reports a successful drop or shutdown of one database as SQLState 08006.
            if (!"08006".equals(done.getSQLState())) {
                throw new IllegalStateException("Could not " + what + " the Derby database: " + done.getMessage(), done);
            }
            return;
        }
        throw new IllegalStateException("Derby did not " + what + " the database at " + url);
    }
}
