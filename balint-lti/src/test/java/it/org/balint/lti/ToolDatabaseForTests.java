package it.org.balint.lti;

import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;

/**
 * The database the test nodes share, opened from the test's own JVM the way node 2 reaches it: node 1's
 * embedded Derby database through Derby's network server, or the run's PostgreSQL database with
 * {@code -Ppostgres}. Tests use it only to arrange what no page offers yet, such as a series that has
 * already taken place.
 */
final class ToolDatabaseForTests {

    private ToolDatabaseForTests() {
    }

    /** The shared database, with Balint's persistence unit open on it. */
    static StandaloneDatabase open() {
        String engine = ToolOnLiberty.required("balint.it.node2.db");
        String port = ToolOnLiberty.required("balint.it.node2.db.port");
        String name = ToolOnLiberty.required("balint.it.node2.db.name");
        DatabaseConnection connection = engine.equals("postgres")
                ? DatabaseConnection.postgres("127.0.0.1", Integer.parseInt(port), name, "postgres", "")
                : new DatabaseConnection("jdbc:derby://127.0.0.1:" + port + "/" + name, "APP", "APP");
        return StandaloneDatabase.open(connection);
    }

    /** Whether the shared database is PostgreSQL (else Derby). */
    static boolean postgres() {
        return ToolOnLiberty.required("balint.it.node2.db").equals("postgres");
    }
}
