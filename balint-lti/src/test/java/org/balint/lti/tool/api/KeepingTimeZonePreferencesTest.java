package org.balint.lti.tool.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping the time zone each person chose for their schedule")
class KeepingTimeZonePreferencesTest {

    private static final PlatformDeployment MOODLE = new PlatformDeployment("https://moodle.example.edu", "tool", "1");
    private static final PlatformDeployment CANVAS = new PlatformDeployment("https://canvas.example.edu", "tool", "1");
    private static final MemberId SAM = new MemberId("m-sam");

    private final DataSource tool = TestDataSources.fresh("timezones");
    private final TimeZonePreferences preferences = new TimeZonePreferences(tool,
            new MutableClock(Instant.parse("2026-11-29T10:00:00Z")));

    @Test
    @DisplayName("a choice is kept, replaced by the next one and forgotten on request, per platform registration")
    void chooseReplaceForget() {
        assertThat(preferences.find(MOODLE, SAM)).isEmpty();

        preferences.choose(MOODLE, SAM, ZoneId.of("Europe/Berlin"));
        preferences.choose(MOODLE, SAM, ZoneId.of("America/Toronto"));

        assertThat(preferences.find(MOODLE, SAM)).contains(ZoneId.of("America/Toronto"));
        assertThat(preferences.find(CANVAS, SAM)).isEmpty();

        preferences.forget(MOODLE, SAM);
        assertThat(preferences.find(MOODLE, SAM)).isEmpty();
    }

    @Test
    @DisplayName("only IANA zone ids are accepted: no offsets, abbreviations or typing errors")
    void ianaOnly() {
        assertThat(TimeZones.iana("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.iana("UTC")).contains(ZoneId.of("UTC"));
        assertThat(TimeZones.iana("+01:00")).isEmpty();
        assertThat(TimeZones.iana("CEST")).isEmpty();
        assertThat(TimeZones.iana("Europe/Berlim")).isEmpty();
        assertThat(TimeZones.iana("")).isEmpty();
        assertThat(TimeZones.iana(null)).isEmpty();
    }
}
