package org.balint.lti.tool.course;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.store.Jdbc;

/**
 * Which Balint person each LMS user is ({@code lti_user_link}). The Balint id is random, so it tells
 * nothing about the LMS account; the name and e-mail address are kept only as the platform last sent
 * them, and forgotten when it stops sending them.
 */
public final class UserLinks {

    private final DataSource dataSource;
    private final Clock clock;

    /** Links kept in {@code dataSource}, dated by {@code clock}. */
    public UserLinks(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user's link, if they launched before; its name and e-mail are the stored ones. */
    public Optional<UserLink> find(LmsUser user) {
        Objects.requireNonNull(user, "user");
        return Jdbc.inTransaction(dataSource, "read the link of an LMS user", connection -> read(connection, user));
    }

    /**
     * The user's link, created with a new random Balint id on their first launch; the stored name and
     * e-mail become the ones of {@code user}. Of two first launches at the same moment, both get the
     * same link.
     */
    public UserLink link(LmsUser user) {
        Objects.requireNonNull(user, "user");
        Optional<UserLink> existing = find(user);
        if (existing.isEmpty()) {
            MemberId fresh = new MemberId("m-" + UUID.randomUUID());
            long now = clock.millis();
            boolean inserted = Jdbc.insertUnlessDuplicate(dataSource, "link an LMS user", connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_user_link "
                        + "(link_key, issuer, client_id, subject, member_id, name, email, linked_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, user.digest());
                    insert.setString(2, user.issuer());
                    insert.setString(3, user.clientId());
                    insert.setString(4, user.subject());
                    insert.setString(5, fresh.value());
                    Jdbc.setOptional(insert, 6, user.name());
                    Jdbc.setOptional(insert, 7, user.email());
                    insert.setLong(8, now);
                    insert.setLong(9, now);
                    return insert.executeUpdate();
                }
            });
            if (inserted) {
                return new UserLink(user, fresh);
            }
            existing = find(user);
        }
        UserLink stored = existing.orElseThrow(() -> new IllegalStateException("the link of " + user.subject() + " vanished"));
        if (stored.user().name().equals(user.name()) && stored.user().email().equals(user.email())) {
            return stored;
        }
        Jdbc.inTransaction(dataSource, "update the name and e-mail of an LMS user", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lti_user_link SET name = ?, email = ?, updated_at = ? WHERE link_key = ?")) {
                Jdbc.setOptional(update, 1, user.name());
                Jdbc.setOptional(update, 2, user.email());
                update.setLong(3, clock.millis());
                update.setString(4, user.digest());
                return update.executeUpdate();
            }
        });
        return new UserLink(user, stored.member());
    }

    /**
     * The platform's user id of {@code member} at the platform registration ({@code issuer},
     * {@code clientId}); empty when that person never launched through it.
     */
    public Optional<String> subjectOf(MemberId member, String issuer, String clientId) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        return Jdbc.inTransaction(dataSource, "read the LMS user id of a member", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT subject FROM lti_user_link WHERE member_id = ? AND issuer = ? AND client_id = ?")) {
                select.setString(1, member.value());
                select.setString(2, issuer);
                select.setString(3, clientId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static Optional<UserLink> read(Connection connection, LmsUser user) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT member_id, name, email FROM lti_user_link WHERE link_key = ?")) {
            select.setString(1, user.digest());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new UserLink(new LmsUser(user.issuer(), user.clientId(), user.subject(),
                        Optional.ofNullable(row.getString(2)), Optional.ofNullable(row.getString(3))),
                        new MemberId(row.getString(1))));
            }
        }
    }
}
