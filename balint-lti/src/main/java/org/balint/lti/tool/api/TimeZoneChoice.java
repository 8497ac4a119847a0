package org.balint.lti.tool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A time zone chosen for schedules: the body of {@code PUT /api/v1/me/time-zone} and its answer.
 *
 * @param timeZone an IANA zone id such as {@code Europe/Berlin}
 */
@Schema(name = "TimeZoneChoice", description = "The time zone a person chose for their schedule.")
public record TimeZoneChoice(@Schema(description = "IANA zone id.", examples = "Europe/Berlin", required = true)
        String timeZone) {
}
