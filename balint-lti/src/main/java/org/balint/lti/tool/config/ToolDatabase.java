package org.balint.lti.tool.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.balint.lti.protocol.store.LtiSchema;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.schema.SchemaMigrator;
import org.balint.persistence.schema.SchemaReport;
import org.balint.persistence.time.UtcPlatforms;

/**
 * The tool's database, the server's data source {@value #JNDI_NAME}: embedded Derby or PostgreSQL, as
 * the server configuration chooses ({@code balint.db}). When the application starts, before it takes
 * a request, Balint's tables ({@link SchemaMigrator}) and the tool's own ({@link LtiSchema}) are
 * migrated, and Balint's persistence unit is checked to keep timestamps in UTC; if any of that fails
 * the application does not start.
 *
 * <p>Stores get the {@link DataSource} from {@link #dataSource()} (JDBC, one transaction per operation)
 * or, for Balint's Jakarta Persistence adapters, the container-managed {@link EntityManager} of the
 * {@code balint} unit (JTA: use it inside a transaction, e.g. a {@code @Transactional} method).
 */
@ApplicationScoped
public class ToolDatabase {

    /** The JNDI name of the data source in server.xml. */
    public static final String JNDI_NAME = "jdbc/balint";

    private static final Logger LOG = Logger.getLogger(ToolDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PersistenceUnit(unitName = StandaloneDatabase.PERSISTENCE_UNIT)
    EntityManagerFactory entityManagerFactory;

    @PersistenceContext(unitName = StandaloneDatabase.PERSISTENCE_UNIT)
    EntityManager entityManager;

    private DatabaseEngine engine;

    @PostConstruct
    void migrate() {
        SchemaReport balint = new SchemaMigrator(dataSource).migrate();
        int lti = new LtiSchema(dataSource).migrate();
        engine = balint.engine();
        LOG.info(() -> "Database " + engine.productName() + ": Balint schema at version " + balint.version() + " ("
                + balint.migrationsApplied() + " migrations applied now), LTI tables " + lti + " migrations applied now");
    }

    /** Migrates and checks the database as the application starts, so a broken database stops the start. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        UtcPlatforms.verify(entityManagerFactory);
    }

    /** The database product behind the data source. */
    public DatabaseEngine engine() {
        return engine;
    }

    /** The server's data source, with the tool's and Balint's tables migrated. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Balint's persistence unit, for Balint's Jakarta Persistence adapters. */
    @Produces
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /**
     * The container-managed entity manager of Balint's persistence unit, bound to the current JTA
     * transaction; adapters take it as {@code () -> entityManager}.
     */
    @Produces
    public EntityManager entityManager() {
        return entityManager;
    }
}
