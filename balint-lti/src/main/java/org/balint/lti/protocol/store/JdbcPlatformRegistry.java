package org.balint.lti.protocol.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.platform.PlatformRegistry;
import org.balint.lti.protocol.store.RegistryChange.Applied;
import org.balint.lti.protocol.store.RegistryChange.Refusal;
import org.balint.lti.protocol.store.RegistryChange.Refused;

/**
 * Platform registrations in the tables {@code lti_platform_registration} and
 * {@code lti_platform_deployment}, shared by every server node.
 *
 * <p><b>Launch-path lookups come from memory.</b> {@link #find} and {@link #findByIssuer} answer from
 * a copy of the whole registry (registries are small: one row per LMS and client_id). Every change
 * increments a counter in {@code lti_platform_registry_generation} in the same transaction. A node
 * uses its copy for {@code checkInterval}; then the next lookup reads the counter (one single-row
 * read) and reloads only if it moved. Changes made through this instance take effect on it at once;
 * other nodes see them within {@code checkInterval}. An unknown issuer never causes a read, so
 * made-up issuers cannot drive load onto the database. While one thread checks, the others keep
 * answering from the copy; if the check fails (database unreachable), the copy stays in use until
 * the next interval.
 *
 * <p><b>Writes</b> validate first and run in one transaction that starts by incrementing the counter,
 * which also serialises concurrent writers on every node, so "is this issuer and client_id taken?"
 * and the insert that follows cannot interleave with another writer. Every change to a registration
 * (its deployments included) increments its {@code version}; updates and deletions can name the
 * version they read and are refused with {@link Refusal#VERSION_CONFLICT} if it moved.
 */
public final class JdbcPlatformRegistry implements PlatformRegistry {

    private static final System.Logger LOG = System.getLogger(JdbcPlatformRegistry.class.getName());

    private static final String COLUMNS = "id, issuer, client_id, authorization_url, token_url, jwks_url, "
            + "token_audience, label, preset, created_at, updated_at, version";

    private record Key(String issuer, String clientId) {
    }

    private record Snapshot(long generation, Map<Key, PlatformRegistration> byKey,
            Map<String, List<PlatformRegistration>> byIssuer, Instant checkedAt) {

        Snapshot checked(Instant at) {
            return new Snapshot(generation, byKey, byIssuer, at);
        }
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration checkInterval;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile Optional<Snapshot> snapshot = Optional.empty();

    /**
     * A registry over {@code dataSource}, whose tables {@link LtiSchema} has migrated.
     *
     * @param checkInterval how long lookups answer from memory before checking for changes made by
     *                      other nodes; zero checks on every lookup
     */
    public JdbcPlatformRegistry(DataSource dataSource, Clock clock, Duration checkInterval) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checkInterval = Objects.requireNonNull(checkInterval, "checkInterval");
        if (checkInterval.isNegative()) {
            throw new IllegalArgumentException("checkInterval must not be negative");
        }
    }

    // ---- launch path -------------------------------------------------------------------------------

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        return Optional.ofNullable(snapshot().byKey().get(new Key(issuer, clientId)));
    }

    @Override
    public List<PlatformRegistration> findByIssuer(String issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return snapshot().byIssuer().getOrDefault(issuer, List.of());
    }

    private Snapshot snapshot() {
        Optional<Snapshot> current = snapshot;
        if (current.isPresent() && fresh(current.get())) {
            return current.get();
        }
        if (current.isPresent()) {
            if (!checking.tryLock()) {
                return current.get();
            }
        } else {
            checking.lock();
        }
        try {
            Optional<Snapshot> again = snapshot;
            if (again.isPresent() && fresh(again.get())) {
                return again.get();
            }
            if (again.isEmpty()) {
                Snapshot loaded = load();
                snapshot = Optional.of(loaded);
                return loaded;
            }
            Snapshot checked;
            try {
                long generation = Jdbc.inTransaction(dataSource, "read the registry's generation", this::generation);
                checked = generation == again.get().generation() ? again.get().checked(clock.instant()) : load();
            } catch (LtiStoreException e) {
                LOG.log(System.Logger.Level.WARNING, "Platform registrations could not be checked for changes; "
                        + "the copy in memory stays in use: " + e.getMessage());
                checked = again.get().checked(clock.instant());
            }
            snapshot = Optional.of(checked);
            return checked;
        } finally {
            checking.unlock();
        }
    }

    private boolean fresh(Snapshot candidate) {
        return clock.instant().isBefore(candidate.checkedAt().plus(checkInterval));
    }

    private Snapshot load() {
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, "read the platform registrations", connection -> {
            long generation = generation(connection);
            Map<Key, PlatformRegistration> byKey = new HashMap<>();
            Map<String, List<PlatformRegistration>> byIssuer = new HashMap<>();
            for (StoredRegistration stored : readAll(connection)) {
                PlatformRegistration registration = stored.registration();
                byKey.put(new Key(registration.issuer(), registration.clientId()), registration);
                byIssuer.computeIfAbsent(registration.issuer(), i -> new ArrayList<>()).add(registration);
            }
            Map<String, List<PlatformRegistration>> sorted = byIssuer.entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().stream()
                            .sorted(Comparator.comparing(PlatformRegistration::clientId)).toList()));
            return new Snapshot(generation, Map.copyOf(byKey), Map.copyOf(sorted), now);
        });
    }

    /** Forgets the copy in memory: the next lookup reads the registry again. */
    public void invalidate() {
        snapshot = Optional.empty();
    }

    // ---- administration ----------------------------------------------------------------------------

    /** Every registration, read from the database now, ordered by issuer then client_id. */
    public List<StoredRegistration> list() {
        return Jdbc.inTransaction(dataSource, "list the platform registrations", JdbcPlatformRegistry::readAll);
    }

    /** The registration with this id, read from the database now. */
    public Optional<StoredRegistration> get(long id) {
        return Jdbc.inTransaction(dataSource, "read a platform registration", connection -> read(connection, id));
    }

    /** Adds a registration; refused if its issuer and client_id are taken. */
    public RegistryChange create(RegistrationDetails details) {
        Objects.requireNonNull(details, "details");
        Instant now = clock.instant();
        return write("create a platform registration", connection -> {
            Optional<StoredRegistration> taken = find(connection, details.issuer(), details.clientId());
            if (taken.isPresent()) {
                return exists(details, taken.get());
            }
            long id = insert(connection, details, now);
            return new Applied(read(connection, id));
        });
    }

    /**
     * Replaces a registration's details (deployments included) if it still is at
     * {@code expectedVersion}.
     */
    public RegistryChange update(long id, long expectedVersion, RegistrationDetails details) {
        Objects.requireNonNull(details, "details");
        Instant now = clock.instant();
        return write("update a platform registration", connection -> {
            Optional<StoredRegistration> current = read(connection, id);
            if (current.isEmpty()) {
                return notFound(id);
            }
            if (current.get().version() != expectedVersion) {
                return conflict(current.get(), expectedVersion);
            }
            Optional<StoredRegistration> taken = find(connection, details.issuer(), details.clientId());
            if (taken.isPresent() && taken.get().id() != id) {
                return exists(details, taken.get());
            }
            updateRow(connection, id, details, expectedVersion, now);
            replaceDeployments(connection, id, current.get().registration().deploymentIds(),
                    details.registration().deploymentIds());
            return new Applied(read(connection, id));
        });
    }

    /** Deletes a registration and its deployments, if it still is at {@code expectedVersion} (when given). */
    public RegistryChange delete(long id, OptionalLong expectedVersion) {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        return write("delete a platform registration", connection -> {
            Optional<StoredRegistration> current = read(connection, id);
            if (current.isEmpty()) {
                return notFound(id);
            }
            if (expectedVersion.isPresent() && current.get().version() != expectedVersion.getAsLong()) {
                return conflict(current.get(), expectedVersion.getAsLong());
            }
            try (PreparedStatement deployments = connection.prepareStatement(
                    "DELETE FROM lti_platform_deployment WHERE registration_id = ?");
                 PreparedStatement registration = connection.prepareStatement(
                         "DELETE FROM lti_platform_registration WHERE id = ?")) {
                deployments.setLong(1, id);
                deployments.executeUpdate();
                registration.setLong(1, id);
                registration.executeUpdate();
            }
            return new Applied(Optional.empty());
        });
    }

    /** Accepts launches from one more deployment. */
    public RegistryChange addDeployment(long id, OptionalLong expectedVersion, String deploymentId) {
        checkDeploymentId(deploymentId);
        return changeDeployments(id, expectedVersion, deploymentId, true);
    }

    /** Stops accepting launches from a deployment; the last one cannot be removed. */
    public RegistryChange removeDeployment(long id, OptionalLong expectedVersion, String deploymentId) {
        Objects.requireNonNull(deploymentId, "deploymentId");
        return changeDeployments(id, expectedVersion, deploymentId, false);
    }

    /**
     * Makes sure a registration with the issuer and client_id of {@code details} exists: creates it,
     * or brings its endpoints and token audience in line with {@code details} and adds the deployments
     * it lacks (deployments added by other means stay; the label and preset stay as they are). Nothing
     * is written when it already matches, so calling this at every start of every node is cheap and
     * never duplicates the registration.
     *
     * @return the registration afterwards
     */
    public StoredRegistration ensure(RegistrationDetails details) {
        Objects.requireNonNull(details, "details");
        RegistryChange change = ensureOnce(details);
        if (change instanceof Refused) {
            // another node inserted it between our read and our insert: now it exists, so update it
            change = ensureOnce(details);
        }
        if (change instanceof Refused) {
            throw new IllegalStateException(((Refused) change).message());
        }
        return ((Applied) change).registration().orElseThrow();
    }

    private RegistryChange ensureOnce(RegistrationDetails details) {
        Instant now = clock.instant();
        return write("ensure the configured platform registration", connection -> {
            Optional<StoredRegistration> existing = find(connection, details.issuer(), details.clientId());
            if (existing.isEmpty()) {
                long id = insert(connection, details, now);
                return new Applied(read(connection, id));
            }
            StoredRegistration stored = existing.get();
            PlatformRegistration have = stored.registration();
            PlatformRegistration want = details.registration();
            Set<String> deployments = new TreeSet<>(have.deploymentIds());
            deployments.addAll(want.deploymentIds());
            boolean same = have.authorizationEndpoint().equals(want.authorizationEndpoint())
                    && have.tokenEndpoint().equals(want.tokenEndpoint()) && have.jwksUri().equals(want.jwksUri())
                    && stored.details().tokenAudience().equals(details.tokenAudience())
                    && deployments.equals(have.deploymentIds());
            if (same) {
                connection.rollback();
                return new Applied(Optional.of(stored));
            }
            RegistrationDetails merged = new RegistrationDetails(new PlatformRegistration(want.issuer(),
                    want.clientId(), want.authorizationEndpoint(), want.tokenEndpoint(), want.jwksUri(), deployments),
                    details.tokenAudience(), stored.details().label(), stored.details().preset());
            updateRow(connection, stored.id(), merged, stored.version(), now);
            replaceDeployments(connection, stored.id(), have.deploymentIds(), deployments);
            return new Applied(read(connection, stored.id()));
        });
    }

    private RegistryChange changeDeployments(long id, OptionalLong expectedVersion, String deploymentId, boolean add) {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Instant now = clock.instant();
        return write(add ? "add a deployment" : "remove a deployment", connection -> {
            Optional<StoredRegistration> current = read(connection, id);
            if (current.isEmpty()) {
                return notFound(id);
            }
            StoredRegistration stored = current.get();
            if (expectedVersion.isPresent() && stored.version() != expectedVersion.getAsLong()) {
                return conflict(stored, expectedVersion.getAsLong());
            }
            Set<String> deployments = stored.registration().deploymentIds();
            if (add && deployments.contains(deploymentId)) {
                connection.rollback();
                return new Refused(Refusal.DEPLOYMENT_EXISTS, "Registration " + id + " already accepts deployment '"
                        + deploymentId + "'.");
            }
            if (!add && !deployments.contains(deploymentId)) {
                connection.rollback();
                return new Refused(Refusal.DEPLOYMENT_NOT_FOUND, "Registration " + id + " has no deployment '"
                        + deploymentId + "'. List the registration to see its deployments.");
            }
            if (!add && deployments.size() == 1) {
                connection.rollback();
                return new Refused(Refusal.LAST_DEPLOYMENT, "Deployment '" + deploymentId + "' is the only one of "
                        + "registration " + id + ". Add the new deployment first, or delete the registration.");
            }
            String sql = add ? "INSERT INTO lti_platform_deployment (registration_id, deployment_id) VALUES (?, ?)"
                    : "DELETE FROM lti_platform_deployment WHERE registration_id = ? AND deployment_id = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, id);
                statement.setString(2, deploymentId);
                statement.executeUpdate();
            }
            bumpVersion(connection, id, stored.version(), now);
            return new Applied(read(connection, id));
        });
    }

    /**
     * Runs a write in one transaction that first increments the generation (taking its row lock, which
     * serialises writers), then invalidates this node's copy once it committed.
     */
    private RegistryChange write(String what, Jdbc.Work<RegistryChange> work) {
        RegistryChange change;
        try {
            change = Jdbc.inTransaction(dataSource, what, connection -> {
                try (Statement bump = connection.createStatement()) {
                    bump.executeUpdate("UPDATE lti_platform_registry_generation SET generation = generation + 1 WHERE id = 1");
                }
                return work.run(connection);
            });
        } catch (LtiStoreException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return new Refused(Refusal.REGISTRATION_EXISTS, "Another registration has this issuer and client_id.");
            }
            throw e;
        }
        if (change instanceof Applied) {
            invalidate();
        }
        return change;
    }

    private static Refused exists(RegistrationDetails details, StoredRegistration taken) {
        return new Refused(Refusal.REGISTRATION_EXISTS, "Registration " + taken.id() + " already has issuer '"
                + details.issuer() + "' and client_id '" + details.clientId() + "'. Change that one instead.");
    }

    private static Refused notFound(long id) {
        return new Refused(Refusal.REGISTRATION_NOT_FOUND, "There is no platform registration " + id
                + ". List the registrations to find its id.");
    }

    private static Refused conflict(StoredRegistration current, long expected) {
        return new Refused(Refusal.VERSION_CONFLICT, "Registration " + current.id() + " changed since version "
                + expected + " (it is now at version " + current.version() + "). Read it again and repeat the change.");
    }

    private static void checkDeploymentId(String deploymentId) {
        Objects.requireNonNull(deploymentId, "deploymentId");
        if (deploymentId.isBlank() || deploymentId.length() > RegistrationDetails.MAX_IDENTIFIER_LENGTH) {
            throw new IllegalArgumentException("A deployment id has 1 to " + RegistrationDetails.MAX_IDENTIFIER_LENGTH
                    + " characters");
        }
    }

    // ---- SQL ---------------------------------------------------------------------------------------

    private long generation(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT generation FROM lti_platform_registry_generation WHERE id = 1")) {
            if (!row.next()) {
                throw new SQLException("lti_platform_registry_generation has no row; the LTI migrations are incomplete");
            }
            return row.getLong(1);
        }
    }

    private static long insert(Connection connection, RegistrationDetails details, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_platform_registration (issuer, "
                + "client_id, authorization_url, token_url, jwks_url, token_audience, label, preset, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            bindDetails(insert, details);
            insert.setLong(9, Jdbc.millis(now));
            insert.setLong(10, Jdbc.millis(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The database returned no id for the new registration");
                }
                id = keys.getLong(1); // Derby returns the identity alone, PostgreSQL the row with id first
            }
        }
        replaceDeployments(connection, id, Set.of(), details.registration().deploymentIds());
        return id;
    }

    private static void updateRow(Connection connection, long id, RegistrationDetails details, long version,
            Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE lti_platform_registration SET issuer = ?, "
                + "client_id = ?, authorization_url = ?, token_url = ?, jwks_url = ?, token_audience = ?, label = ?, "
                + "preset = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            bindDetails(update, details);
            update.setLong(9, Jdbc.millis(now));
            update.setLong(10, id);
            update.setLong(11, version);
            if (update.executeUpdate() != 1) {
                throw new SQLException("Registration " + id + " changed during the update", "40001");
            }
        }
    }

    private static void bumpVersion(Connection connection, long id, long version, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE lti_platform_registration SET "
                + "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            update.setLong(1, Jdbc.millis(now));
            update.setLong(2, id);
            update.setLong(3, version);
            if (update.executeUpdate() != 1) {
                throw new SQLException("Registration " + id + " changed during the update", "40001");
            }
        }
    }

    private static void bindDetails(PreparedStatement statement, RegistrationDetails details) throws SQLException {
        PlatformRegistration registration = details.registration();
        statement.setString(1, registration.issuer());
        statement.setString(2, registration.clientId());
        statement.setString(3, registration.authorizationEndpoint().toString());
        statement.setString(4, registration.tokenEndpoint().toString());
        statement.setString(5, registration.jwksUri().toString());
        Jdbc.setOptional(statement, 6, details.tokenAudience());
        statement.setString(7, details.label());
        statement.setString(8, details.preset());
    }

    private static void replaceDeployments(Connection connection, long id, Set<String> before, Set<String> after)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM lti_platform_deployment WHERE registration_id = ? AND deployment_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO lti_platform_deployment (registration_id, deployment_id) VALUES (?, ?)")) {
            for (String gone : before) {
                if (!after.contains(gone)) {
                    delete.setLong(1, id);
                    delete.setString(2, gone);
                    delete.executeUpdate();
                }
            }
            for (String added : after) {
                if (!before.contains(added)) {
                    insert.setLong(1, id);
                    insert.setString(2, added);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static Optional<StoredRegistration> read(Connection connection, long id) throws SQLException {
        return select(connection, " WHERE id = ?", statement -> statement.setLong(1, id)).stream().findFirst();
    }

    private static Optional<StoredRegistration> find(Connection connection, String issuer, String clientId)
            throws SQLException {
        return select(connection, " WHERE issuer = ? AND client_id = ?", statement -> {
            statement.setString(1, issuer);
            statement.setString(2, clientId);
        }).stream().findFirst();
    }

    private static List<StoredRegistration> readAll(Connection connection) throws SQLException {
        return select(connection, "", statement -> { });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static List<StoredRegistration> select(Connection connection, String where, Binder binder)
            throws SQLException {
        Map<Long, Set<String>> deployments = new HashMap<>();
        String deploymentWhere = where.isEmpty() ? ""
                : " WHERE registration_id IN (SELECT id FROM lti_platform_registration" + where + ")";
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT registration_id, deployment_id FROM lti_platform_deployment" + deploymentWhere)) {
            binder.bind(select);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    deployments.computeIfAbsent(row.getLong(1), i -> new LinkedHashSet<>()).add(row.getString(2));
                }
            }
        }
        List<StoredRegistration> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM lti_platform_registration" + where + " ORDER BY issuer, client_id")) {
            binder.bind(select);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("id");
                    PlatformRegistration registration = new PlatformRegistration(row.getString("issuer"),
                            row.getString("client_id"), URI.create(row.getString("authorization_url")),
                            URI.create(row.getString("token_url")), URI.create(row.getString("jwks_url")),
                            deployments.getOrDefault(id, Set.of()));
                    found.add(new StoredRegistration(id, new RegistrationDetails(registration,
                            Optional.ofNullable(row.getString("token_audience")), row.getString("label"),
                            row.getString("preset")), Instant.ofEpochMilli(row.getLong("created_at")),
                            Instant.ofEpochMilli(row.getLong("updated_at")), row.getLong("version")));
                }
            }
        }
        return found;
    }
}
