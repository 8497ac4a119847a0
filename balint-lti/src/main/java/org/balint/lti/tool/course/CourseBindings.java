package org.balint.lti.tool.course;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.CourseKey;

/**
 * Which Balint group each placement of the tool leads to ({@code lti_course_binding}). A placement is
 * bound once: of several leaders binding it at the same moment, the first write wins and every other
 * gets the winner's binding back.
 */
public final class CourseBindings {

    private final DataSource dataSource;
    private final Clock clock;

    /** Bindings kept in {@code dataSource}, dated by {@code clock}. */
    public CourseBindings(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The placement's binding, if it has one. */
    public Optional<CourseBinding> find(CourseKey key) {
        Objects.requireNonNull(key, "key");
        return Jdbc.inTransaction(dataSource, "read the course binding", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT group_id, bound_at FROM lti_course_binding WHERE binding_key = ?")) {
                select.setString(1, key.digest());
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new CourseBinding(key, new GroupId(row.getString(1)),
                                    Instant.ofEpochMilli(row.getLong(2))))
                            : Optional.<CourseBinding>empty();
                }
            }
        });
    }

    /** The placement the group is bound to, if any: a group is bound at most once ({@code UNIQUE(group_id)}). */
    public Optional<CourseKey> placementOf(GroupId group) {
        Objects.requireNonNull(group, "group");
        return Jdbc.inTransaction(dataSource, "read the group's placement", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT issuer, client_id, deployment_id, "
                    + "context_id, resource_link_id FROM lti_course_binding WHERE group_id = ?")) {
                select.setString(1, group.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new CourseKey(new PlatformDeployment(row.getString(1), row.getString(2),
                                    row.getString(3)), Optional.of(row.getString(4)).filter(c -> !c.isEmpty()),
                                    row.getString(5)))
                            : Optional.<CourseKey>empty();
                }
            }
        });
    }

    /**
     * Binds the placement to {@code group}, an existing group that is not placed yet, unless the
     * placement is bound already. Answers the binding that holds for the placement, or empty when the
     * group is bound to another placement (now or by a concurrent launch): then nothing was written.
     */
    public Optional<CourseBinding> bindExisting(CourseKey key, GroupId group) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(group, "group");
        Optional<CourseBinding> existing = find(key);
        if (existing.isPresent()) {
            return existing;
        }
        if (placementOf(group).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(bindIfAbsent(key, group));
        } catch (IllegalStateException boundElsewhere) {
            return Optional.empty();
        }
    }

    /**
     * Binds the placement to {@code proposed} unless it is bound already, and returns the binding that
     * holds: the new one, or the one another leader wrote first. Calling it again is harmless.
     */
    public CourseBinding bindIfAbsent(CourseKey key, GroupId proposed) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(proposed, "proposed");
        Optional<CourseBinding> existing = find(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        boolean inserted = Jdbc.insertUnlessDuplicate(dataSource, "bind the course to its group", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_course_binding "
                    + "(binding_key, issuer, client_id, deployment_id, context_id, resource_link_id, group_id, bound_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, key.digest());
                insert.setString(2, key.deployment().issuer());
                insert.setString(3, key.deployment().clientId());
                insert.setString(4, key.deployment().deploymentId());
                insert.setString(5, key.contextId().orElse(""));
                insert.setString(6, key.resourceLinkId());
                insert.setString(7, proposed.value());
                insert.setLong(8, now.toEpochMilli());
                return insert.executeUpdate();
            }
        });
        if (inserted) {
            return new CourseBinding(key, proposed, Instant.ofEpochMilli(now.toEpochMilli()));
        }
        return find(key).orElseThrow(() -> new IllegalStateException(
                "the group " + proposed + " is bound to another placement already"));
    }
}
