package org.balint.lti.tool.grievance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.Digests;
import org.balint.persistence.tenant.Tenant;

/**
 * Who sits on each tenant's grievance committee ({@code lti_grievance_committee}): one row per tenant and
 * seat. Nothing here is shared between tenants: each platform deployment has its own committee.
 */
public final class CommitteeSeats {

    private final DataSource dataSource;
    private final Clock clock;

    /** Seats kept in {@code dataSource}, dated by {@code clock}. */
    public CommitteeSeats(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code tenant}'s committee. */
    public Committee find(Tenant tenant) {
        String key = key(tenant);
        Map<CommitteeSeat, Seated> seats = Jdbc.inTransaction(dataSource, "read the grievance committee", connection -> {
            Map<CommitteeSeat, Seated> found = new EnumMap<>(CommitteeSeat.class);
            try (PreparedStatement select = connection.prepareStatement("SELECT seat, member_id, person_name, email"
                    + " FROM lti_grievance_committee WHERE tenant_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.put(CommitteeSeat.valueOf(row.getString(1)),
                                new Seated(new MemberId(row.getString(2)), row.getString(3), row.getString(4)));
                    }
                }
            }
            return found;
        });
        return new Committee(Optional.ofNullable(seats.get(CommitteeSeat.CHAIR)),
                Optional.ofNullable(seats.get(CommitteeSeat.DEPUTY)));
    }

    /** Puts {@code seated} in {@code seat} of {@code tenant}'s committee, in place of whoever held it. */
    public void take(Tenant tenant, CommitteeSeat seat, Seated seated) {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(seated, "seated");
        String key = key(tenant);
        long now = clock.millis();
        boolean inserted = Jdbc.insertUnlessDuplicate(dataSource, "take a grievance committee seat", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_grievance_committee"
                    + " (tenant_key, seat, issuer, deployment_id, member_id, person_name, email, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, seat.name());
                insert.setString(3, tenant.platformIssuer());
                insert.setString(4, tenant.deploymentId());
                insert.setString(5, seated.member().value());
                insert.setString(6, seated.name());
                insert.setString(7, seated.email());
                insert.setLong(8, now);
                return insert.executeUpdate();
            }
        });
        if (!inserted) {
            Jdbc.inTransaction(dataSource, "change a grievance committee seat", connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE lti_grievance_committee"
                        + " SET member_id = ?, person_name = ?, email = ?, updated_at = ? WHERE tenant_key = ? AND seat = ?")) {
                    update.setString(1, seated.member().value());
                    update.setString(2, seated.name());
                    update.setString(3, seated.email());
                    update.setLong(4, now);
                    update.setString(5, key);
                    update.setString(6, seat.name());
                    return update.executeUpdate();
                }
            });
        }
    }

    /** Empties {@code seat} of {@code tenant}'s committee when {@code member} holds it; whether it did. */
    public boolean leave(Tenant tenant, CommitteeSeat seat, MemberId member) {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(member, "member");
        String key = key(tenant);
        int deleted = Jdbc.inTransaction(dataSource, "leave a grievance committee seat", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM lti_grievance_committee WHERE tenant_key = ? AND seat = ? AND member_id = ?")) {
                delete.setString(1, key);
                delete.setString(2, seat.name());
                delete.setString(3, member.value());
                return delete.executeUpdate();
            }
        });
        return deleted > 0;
    }

    private static String key(Tenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return Digests.sha256Hex(tenant.platformIssuer(), tenant.deploymentId());
    }
}
