package org.balint.persistence.time;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Moves {@code TIMESTAMP} values between Java and the JDBC driver in UTC. JDBC's plain
 * {@code setTimestamp}/{@code getTimestamp} interpret a timestamp in the JVM's default zone, which
 * shifts UTC wall-clock times that fall into a daylight-saving gap of that zone; passing a UTC
 * calendar makes the driver read and write the wall-clock time exactly as given.
 */
final class UtcTimestampBinding {

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private UtcTimestampBinding() {
    }

    static void bind(PreparedStatement statement, int index, LocalDateTime utc) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(utc.toInstant(ZoneOffset.UTC)), utcCalendar());
    }

    static void bind(CallableStatement statement, String name, LocalDateTime utc) throws SQLException {
        statement.setTimestamp(name, Timestamp.from(utc.toInstant(ZoneOffset.UTC)), utcCalendar());
    }

    /** The column's UTC wall-clock time; {@code null} for SQL NULL, as the provider expects. */
    static LocalDateTime read(ResultSet resultSet, int column) throws SQLException {
        Timestamp timestamp = resultSet.getTimestamp(column, utcCalendar());
        return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
    }

    private static Calendar utcCalendar() {
        // Calendars are mutable and drivers write into them: a new one per call.
        return new GregorianCalendar(UTC, Locale.ROOT);
    }
}
