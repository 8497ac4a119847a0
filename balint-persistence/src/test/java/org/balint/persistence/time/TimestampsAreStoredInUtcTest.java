package org.balint.persistence.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.outbox.ClaimedMessage;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.OutboxEntry;
import org.balint.persistence.outbox.OutboxMessage;
import org.balint.persistence.outbox.RetryPolicy;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build runs these tests with the JVM in America/St_Johns (UTC−03:30, daylight saving from
 * 2026-03-08 02:00 local time to 2026-11-01 02:00 local time), where a silent conversion through the
 * JVM's zone would shift instants or corrupt them in the spring-forward gap.
 */
@DisplayName("Timestamps are stored as UTC on a server whose JVM runs in another zone")
class TimestampsAreStoredInUtcTest {

    private final StandaloneDatabase database = TestDatabases.shared();

    @BeforeAll
    static void theJvmRunsInAZoneWithDaylightSavingGaps() {
        ZoneId zone = ZoneId.systemDefault();
        assertThat(zone.getRules().getValidOffsets(LocalDateTime.parse("2026-03-08T02:30:00")))
                .as("run with -Duser.timezone=America/St_Johns (the build does): the JVM zone %s has no gap at that time", zone)
                .isEmpty();
    }

    static Stream<Arguments> instants() {
        return Stream.of(
                Arguments.of("2026-03-08T02:30:00Z", "2026-03-08 02:30", "UTC time that does not exist on the St. John's wall clock"),
                Arguments.of("2026-11-01T01:30:00Z", "2026-11-01 01:30", "UTC time that occurs twice on the St. John's wall clock"),
                Arguments.of("2026-07-01T23:59:59.999999Z", "2026-07-01 23:59", "a different date in St. John's"),
                Arguments.of("2026-01-15T12:00:00.000001Z", "2026-01-15 12:00", "winter, to the microsecond"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("instants")
    @DisplayName("an instant reads back unchanged and the column holds its UTC wall-clock time")
    void instantRoundTrips(String instantText, String utcWallClock, String why) throws SQLException {
        Instant instant = Instant.parse(instantText);
        MutableClock clock = new MutableClock(instant);
        TenantScope tenant = TenantFixture.registered(database, clock);
        Outbox outbox = new Outbox(tenant, database.engine(), RetryPolicy.standard(), clock, new SplittableRandom(7));
        String key = "utc-check:" + instantText;
        database.useTransaction(em -> outbox.enqueue(em, new OutboxMessage("gradebook-score", key, "{}")));

        OutboxEntry entry = database.inTransaction(em -> outbox.find(em, key)).orElseThrow();

        assertThat(entry.createdAt()).isEqualTo(instant);
        assertThat(entry.nextAttemptAt()).isEqualTo(instant);
        assertThat(storedWallClock(key)).isEqualTo(utcWallClock);
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("instants")
    @DisplayName("an instant used as a query bound compares in UTC: a message due at that instant is claimed then, not a moment before")
    void instantAsQueryBound(String instantText, String utcWallClock, String why) {
        Instant instant = Instant.parse(instantText);
        MutableClock clock = new MutableClock(instant.minus(Duration.ofDays(1)));
        TenantScope tenant = TenantFixture.registered(database, clock);
        Outbox outbox = new Outbox(tenant, database.engine(), RetryPolicy.standard(), clock, new SplittableRandom(7));
        database.useTransaction(em -> outbox.enqueue(em, new OutboxMessage("gradebook-score", "due-check", "{}")));
        ClaimedMessage claim = database.inTransaction(em -> outbox.claimDue(em, 1)).get(0);
        database.useTransaction(em -> outbox.retryLater(em, claim, "HTTP 429", Optional.of(instant)));

        clock.set(instant.minusNanos(1000));
        List<ClaimedMessage> aMicrosecondEarly = database.inTransaction(em -> outbox.claimDue(em, 1));
        clock.set(instant);
        List<ClaimedMessage> onTime = database.inTransaction(em -> outbox.claimDue(em, 1));

        assertThat(aMicrosecondEarly).isEmpty();
        assertThat(onTime).hasSize(1);
    }

    /**
     * The column's date, hour and minute as the database itself reports them: computed from the
     * stored value by the database's date functions, without any conversion through Java or the JVM's
     * zone (Derby's CAST to text would pass through the JVM's zone).
     */
    private String storedWallClock(String key) throws SQLException {
        String sql = database.engine() == DatabaseEngine.DERBY
                ? "SELECT YEAR(created_at), MONTH(created_at), DAY(created_at), HOUR(created_at), MINUTE(created_at)"
                        + " FROM outbox WHERE idempotency_key = ?"
                : "SELECT EXTRACT(YEAR FROM created_at), EXTRACT(MONTH FROM created_at), EXTRACT(DAY FROM created_at),"
                        + " EXTRACT(HOUR FROM created_at), EXTRACT(MINUTE FROM created_at) FROM outbox WHERE idempotency_key = ?";
        try (Connection connection = database.connection().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d",
                        row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5));
            }
        }
    }
}
