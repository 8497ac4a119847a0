package org.balint.lti.tool.api;

import java.time.ZoneId;
import java.util.Optional;

/** Time-zone names as the API accepts them: IANA zone ids such as {@code Europe/Berlin}, nothing else. */
public final class TimeZones {

    private TimeZones() {
    }

    /** The IANA zone named {@code name}; empty for anything else (offsets, abbreviations, typing errors). */
    public static Optional<ZoneId> iana(String name) {
        if (name == null || name.isBlank() || name.length() > 64 || !ZoneId.getAvailableZoneIds().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(name));
    }

    /** The zone named {@code name}, or the refusal {@code 400 time-zone-invalid}. */
    static ZoneId required(String name) {
        return iana(name).orElseThrow(() -> new ApiRefused(ApiRefusal.of(400, "time-zone-invalid",
                "The time zone must be an IANA zone id such as 'Europe/Berlin' or 'America/Toronto'. "
                        + "Choose one from the list of time zones and try again.")));
    }
}
