package org.balint.lti.tool.api;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.Digests;

/**
 * The time zone each person chose for their schedule ({@code lti_time_zone_preference}), per platform
 * registration and Balint member. Without a choice the group's own zone applies.
 */
public final class TimeZonePreferences {

    private final DataSource dataSource;
    private final Clock clock;

    /** Preferences kept in {@code dataSource}, dated by {@code clock}. */
    public TimeZonePreferences(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The zone {@code member} of {@code registration} chose, if they chose one. */
    public Optional<ZoneId> find(PlatformDeployment registration, MemberId member) {
        String key = key(registration, member);
        return Jdbc.inTransaction(dataSource, "read a time-zone preference", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT time_zone FROM lti_time_zone_preference WHERE preference_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? TimeZones.iana(row.getString(1)) : Optional.<ZoneId>empty();
                }
            }
        });
    }

    /** Keeps {@code zone} as the choice of {@code member}, replacing any earlier one. */
    public void choose(PlatformDeployment registration, MemberId member, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        String key = key(registration, member);
        long now = clock.millis();
        boolean inserted = Jdbc.insertUnlessDuplicate(dataSource, "keep a time-zone preference", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_time_zone_preference "
                    + "(preference_key, issuer, client_id, member_id, time_zone, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, registration.issuer());
                insert.setString(3, registration.clientId());
                insert.setString(4, member.value());
                insert.setString(5, zone.getId());
                insert.setLong(6, now);
                return insert.executeUpdate();
            }
        });
        if (!inserted) {
            Jdbc.inTransaction(dataSource, "change a time-zone preference", connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE lti_time_zone_preference SET time_zone = ?, updated_at = ? WHERE preference_key = ?")) {
                    update.setString(1, zone.getId());
                    update.setLong(2, now);
                    update.setString(3, key);
                    return update.executeUpdate();
                }
            });
        }
    }

    /** Forgets the choice of {@code member}: the group's zone applies again. */
    public void forget(PlatformDeployment registration, MemberId member) {
        String key = key(registration, member);
        Jdbc.inTransaction(dataSource, "forget a time-zone preference", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM lti_time_zone_preference WHERE preference_key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate();
            }
        });
    }

    private static String key(PlatformDeployment registration, MemberId member) {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(member, "member");
        return Digests.sha256Hex(registration.issuer(), registration.clientId(), member.value());
    }
}
