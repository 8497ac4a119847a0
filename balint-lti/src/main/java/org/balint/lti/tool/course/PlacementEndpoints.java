package org.balint.lti.tool.course;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.GradeService;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.message.RosterService;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.CourseKey;

/**
 * The LMS services each placement's launches offer ({@code lti_placement_endpoints}): the course's
 * line-items container and the resource link's own line item (AGS), and the course's membership
 * container (NRPS), as the platform last sent them. Work done outside a launch, such as publishing
 * credit results or syncing the roster, reads them here.
 *
 * <p>Launches write only when something changed: each node remembers what it last wrote for its most
 * recent placements (at most {@value #REMEMBERED} of them, each for ten minutes, since another node may
 * have written other values since), so a launch of an unchanged placement mostly costs no write. An address longer than {@value #MAX_URL} characters is not kept (treated as not offered).
 */
public final class PlacementEndpoints {

    /** Placements whose last written endpoints a node remembers. */
    static final int REMEMBERED = 10_000;
    /** How long a node trusts its memory of what it wrote (another node may have written since). */
    static final java.time.Duration TRUSTED = java.time.Duration.ofMinutes(10);
    /** Longest service address kept (column size). */
    static final int MAX_URL = 2048;
    private static final System.Logger LOG = System.getLogger(PlacementEndpoints.class.getName());

    private final DataSource dataSource;
    private final Clock clock;
    private final Map<String, Endpoints> written = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Endpoints> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** Endpoints kept in {@code dataSource}, dated by {@code clock}. */
    public PlacementEndpoints(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the services a launch of {@code key} offered, unless they are what this node last recorded.
     *
     * @param grades the launch's AGS endpoint claim, if any
     * @param roster the launch's NRPS claim, if any
     */
    public void record(CourseKey key, Optional<GradeService> grades, Optional<RosterService> roster) {
        Objects.requireNonNull(key, "key");
        Endpoints seen = new Endpoints(key, kept(grades.flatMap(GradeService::lineItems), key),
                kept(grades.flatMap(GradeService::lineItem), key),
                grades.map(GradeService::scopes).orElse(Set.of()),
                kept(roster.map(RosterService::contextMembershipsUrl), key),
                roster.map(RosterService::serviceVersions).orElse(List.of()), Instant.EPOCH);
        String digest = key.digest();
        long now = clock.millis();
        Endpoints remembered = written.get(digest);
        if (seen.sameServices(remembered) && now - remembered.updatedAt().toEpochMilli() < TRUSTED.toMillis()) {
            return;
        }
        boolean updated = update(digest, seen, now);
        if (!updated) {
            boolean inserted = Jdbc.insertUnlessDuplicate(dataSource, "record the services of a placement",
                    connection -> insert(connection, digest, seen, now));
            if (!inserted) {
                update(digest, seen, now);
            }
        }
        written.put(digest, new Endpoints(seen.key(), seen.lineItems(), seen.lineItem(), seen.gradeScopes(),
                seen.memberships(), seen.rosterVersions(), Instant.ofEpochMilli(now)));
    }

    /** The services last recorded for {@code key}. */
    public Optional<Endpoints> find(CourseKey key) {
        Objects.requireNonNull(key, "key");
        return Jdbc.inTransaction(dataSource, "read the services of a placement", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE e.placement_key = ?")) {
                select.setString(1, key.digest());
                return one(select);
            }
        });
    }

    /** The services of the placement {@code group} is bound to, when it is bound and has launched. */
    public Optional<Endpoints> findForGroup(GroupId group) {
        Objects.requireNonNull(group, "group");
        return Jdbc.inTransaction(dataSource, "read the services of a group's placement", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT
                    + " JOIN lti_course_binding b ON b.binding_key = e.placement_key WHERE b.group_id = ?")) {
                select.setString(1, group.value());
                return one(select);
            }
        });
    }

    private static final String SELECT = "SELECT e.issuer, e.client_id, e.deployment_id, e.context_id, "
            + "e.resource_link_id, e.line_items_url, e.line_item_url, e.ags_scopes, e.memberships_url, "
            + "e.nrps_versions, e.updated_at FROM lti_placement_endpoints e";

    private static Optional<Endpoints> one(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            String context = row.getString(4);
            CourseKey key = new CourseKey(new PlatformDeployment(row.getString(1), row.getString(2), row.getString(3)),
                    context.isEmpty() ? Optional.empty() : Optional.of(context), row.getString(5));
            return Optional.of(new Endpoints(key, uri(row.getString(6)), uri(row.getString(7)), words(row.getString(8)),
                    uri(row.getString(9)), List.copyOf(words(row.getString(10))), Instant.ofEpochMilli(row.getLong(11))));
        }
    }

    private boolean update(String digest, Endpoints seen, long now) {
        return Jdbc.inTransaction(dataSource, "record the services of a placement", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lti_placement_endpoints SET "
                    + "line_items_url = ?, line_item_url = ?, ags_scopes = ?, memberships_url = ?, nrps_versions = ?, "
                    + "updated_at = ? WHERE placement_key = ?")) {
                setServices(update, 1, seen);
                update.setLong(6, now);
                update.setString(7, digest);
                return update.executeUpdate() > 0;
            }
        });
    }

    private static int insert(Connection connection, String digest, Endpoints seen, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_placement_endpoints "
                + "(line_items_url, line_item_url, ags_scopes, memberships_url, nrps_versions, updated_at, "
                + "placement_key, issuer, client_id, deployment_id, context_id, resource_link_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            setServices(insert, 1, seen);
            insert.setLong(6, now);
            insert.setString(7, digest);
            insert.setString(8, seen.key().deployment().issuer());
            insert.setString(9, seen.key().deployment().clientId());
            insert.setString(10, seen.key().deployment().deploymentId());
            insert.setString(11, seen.key().contextId().orElse(""));
            insert.setString(12, seen.key().resourceLinkId());
            return insert.executeUpdate();
        }
    }

    private static void setServices(PreparedStatement statement, int first, Endpoints seen) throws SQLException {
        Jdbc.setOptional(statement, first, seen.lineItems().map(URI::toString));
        Jdbc.setOptional(statement, first + 1, seen.lineItem().map(URI::toString));
        statement.setString(first + 2, String.join(" ", new TreeSet<>(seen.gradeScopes())));
        Jdbc.setOptional(statement, first + 3, seen.memberships().map(URI::toString));
        statement.setString(first + 4, String.join(" ", seen.rosterVersions()));
    }

    private static Optional<URI> kept(Optional<URI> address, CourseKey key) {
        return address.filter(uri -> {
            if (uri.toString().length() <= MAX_URL) {
                return true;
            }
            LOG.log(System.Logger.Level.WARNING, () -> "A launch of resource link " + key.resourceLinkId() + " offered a "
                    + "service address of " + uri.toString().length() + " characters; addresses longer than " + MAX_URL
                    + " are not kept, so that service is treated as not offered");
            return false;
        });
    }

    private static Optional<URI> uri(String stored) {
        return Optional.ofNullable(stored).map(URI::create);
    }

    private static Set<String> words(String stored) {
        return stored.isBlank() ? Set.of()
                : Arrays.stream(stored.trim().split(" +")).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /**
     * The services one placement offers.
     *
     * @param key            the placement
     * @param lineItems      the course's line-items container (AGS), if offered
     * @param lineItem       the line item of the resource link itself, if the platform made one
     * @param gradeScopes    the AGS scopes granted
     * @param memberships    the course's membership container (NRPS), if offered
     * @param rosterVersions the NRPS versions the platform supports
     * @param updatedAt      when they were last recorded ({@link Instant#EPOCH} before they are stored)
     */
    public record Endpoints(CourseKey key, Optional<URI> lineItems, Optional<URI> lineItem, Set<String> gradeScopes,
            Optional<URI> memberships, List<String> rosterVersions, Instant updatedAt) {

        /** Validates the parts and copies the collections. */
        public Endpoints {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(lineItems, "lineItems");
            Objects.requireNonNull(lineItem, "lineItem");
            gradeScopes = Set.copyOf(Objects.requireNonNull(gradeScopes, "gradeScopes"));
            Objects.requireNonNull(memberships, "memberships");
            rosterVersions = List.copyOf(Objects.requireNonNull(rosterVersions, "rosterVersions"));
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        /** The AGS claim these endpoints came from, when the platform offered AGS. */
        public Optional<GradeService> grades() {
            return lineItems.isEmpty() && lineItem.isEmpty() && gradeScopes.isEmpty() ? Optional.empty()
                    : Optional.of(new GradeService(lineItems, lineItem, gradeScopes));
        }

        /** The NRPS claim these endpoints came from, when the platform offered NRPS. */
        public Optional<RosterService> roster() {
            return memberships.map(url -> new RosterService(url, rosterVersions));
        }

        boolean sameServices(Endpoints other) {
            return other != null && key.equals(other.key) && lineItems.equals(other.lineItems)
                    && lineItem.equals(other.lineItem) && gradeScopes.equals(other.gradeScopes)
                    && memberships.equals(other.memberships) && rosterVersions.equals(other.rosterVersions);
        }
    }
}
