package org.balint.lti.tool.deeplinking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.Digests;
import org.balint.persistence.tenant.Tenant;

/**
 * The groups created in the content picker, by tenant ({@code lti_deep_linked_group}), so that a later
 * deep-linking request of the same tenant can offer those no placement leads to yet (no row in
 * {@code lti_course_binding}). A group is recorded here before it is stored in Balint's records, so a
 * row may name a group that was never stored: callers look each one up.
 */
public final class PlaceableGroups {

    /** The most groups a content picker offers, newest first. */
    public static final int MAX_OFFERED = 50;

    private final DataSource dataSource;
    private final Clock clock;

    /** Records kept in {@code dataSource}, dated by {@code clock}. */
    public PlaceableGroups(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records that {@code group} was created in {@code tenant}'s content picker. */
    public void record(Tenant tenant, GroupId group) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Jdbc.inTransaction(dataSource, "record a group created in the content picker", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_deep_linked_group "
                    + "(group_id, tenant_key, issuer, deployment_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, group.value());
                insert.setString(2, key(tenant));
                insert.setString(3, tenant.platformIssuer());
                insert.setString(4, tenant.deploymentId());
                insert.setLong(5, clock.millis());
                return insert.executeUpdate();
            }
        });
    }

    /** The groups of {@code tenant}'s content pickers that no placement leads to, newest first, at most {@value #MAX_OFFERED}. */
    public List<GroupId> unplaced(Tenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return Jdbc.inTransaction(dataSource, "list the groups not placed yet", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT g.group_id FROM lti_deep_linked_group g "
                    + "WHERE g.tenant_key = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM lti_course_binding b WHERE b.group_id = g.group_id) "
                    + "ORDER BY g.created_at DESC, g.group_id FETCH FIRST " + MAX_OFFERED + " ROWS ONLY")) {
                select.setString(1, key(tenant));
                List<GroupId> groups = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        groups.add(new GroupId(rows.getString(1)));
                    }
                }
                return groups;
            }
        });
    }

    /** Whether {@code group} was created in a content picker of {@code tenant}. */
    public boolean belongsTo(Tenant tenant, GroupId group) {
        return Jdbc.inTransaction(dataSource, "read a group created in the content picker", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM lti_deep_linked_group WHERE group_id = ? AND tenant_key = ?")) {
                select.setString(1, group.value());
                select.setString(2, key(tenant));
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    private static String key(Tenant tenant) {
        return Digests.sha256Hex(tenant.platformIssuer(), tenant.deploymentId());
    }
}
