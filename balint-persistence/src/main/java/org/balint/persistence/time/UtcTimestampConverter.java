package org.balint.persistence.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Stores every {@link Instant} attribute in a {@code TIMESTAMP} column as the UTC wall-clock time,
 * whatever time zone the JVM or the database session runs in.
 *
 * <p>The column type has no zone, so the value handed to the JDBC driver must be a zone-less
 * {@link LocalDateTime}: converting through {@code java.sql.Timestamp} would apply the JVM's default
 * zone and shift (or, in a daylight-saving gap, corrupt) the stored time. Instants are kept to the
 * microsecond, the finest precision both Derby and PostgreSQL store, so a value reads back exactly as
 * it was written on either engine.
 */
@Converter(autoApply = true)
public final class UtcTimestampConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** The precision every stored instant is kept to: {@code instant} as it will read back. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
