package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.documents.DocumentsFixture.TITLE;
import static org.balint.lti.tool.documents.DocumentsFixture.VIDEO;
import static org.balint.lti.tool.documents.DocumentsFixture.group;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The series calendar (.ics) members import")
class SeriesCalendarTest {

    private static final Instant NOW = Instant.parse("2026-02-20T10:00:00Z");

    @Test
    @DisplayName("one event per session in the group's time zone, local time kept across the change to summer time")
    void eventsInTheGroupsZone() throws Exception {
        Calendar calendar = parse(SeriesCalendar.of(group(), "balint.example.org", NOW));

        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(8);
        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin"));
        for (VEvent event : events) {
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Berlin");
            ZonedDateTime start = start(event);
            ZonedDateTime end = end(event);
            assertThat(start.toLocalTime()).hasToString("19:00");
            assertThat(end.toLocalTime()).hasToString("20:30");
        }
        ZonedDateTime first = start(events.get(0));
        ZonedDateTime last = start(events.get(7));
        assertThat(first.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 4, 19, 0));
        assertThat(first.toInstant()).isEqualTo(Instant.parse("2026-03-04T18:00:00Z"));
        assertThat(last.toInstant()).isEqualTo(Instant.parse("2026-04-22T17:00:00Z"));
    }

    @Test
    @DisplayName("each event has the title, the session number and the video link as URL and location")
    void titleAndLink() throws Exception {
        VEvent first = parse(SeriesCalendar.of(group(), "balint.example.org", NOW)).<VEvent>getComponents(VEvent.VEVENT).get(0);

        assertThat(value(first, Property.SUMMARY)).isEqualTo(TITLE + ": session 1 of 8");
        assertThat(value(first, Property.URL)).isEqualTo(VIDEO);
        assertThat(value(first, Property.LOCATION)).isEqualTo(VIDEO);
    }

    @Test
    @DisplayName("UIDs are unique per session and the same in every download, so a re-import updates instead of duplicating")
    void stableUids() throws Exception {
        List<String> today = uids(SeriesCalendar.of(group(), "balint.example.org", NOW));
        List<String> later = uids(SeriesCalendar.of(group(), "balint.example.org", NOW.plusSeconds(86_400)));

        assertThat(today).doesNotHaveDuplicates().hasSize(8).isEqualTo(later)
                .allSatisfy(uid -> assertThat(uid).endsWith("@balint.example.org"));
    }

    @Test
    @DisplayName("the file carries the schedule only: no member's name, e-mail or presenter")
    void noPersonalContent() {
        String text = new String(SeriesCalendar.of(group(), "balint.example.org", NOW), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("Zo").doesNotContain("Carter").doesNotContain("@example.org")
                .doesNotContain("Weiss");
        assertThat(SeriesCalendar.fileName(group())).isEqualTo("balint-group-for-family-physicians-spring-2026.ics");
    }

    private static ZonedDateTime start(VEvent event) {
        return (ZonedDateTime) event.getDateTimeStart().getDate();
    }

    private static ZonedDateTime end(VEvent event) {
        return (ZonedDateTime) event.getDateTimeEnd().getDate();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private static List<String> uids(byte[] ics) throws Exception {
        return parse(ics).<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(event -> value(event, Property.UID)).toList();
    }

    private static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }
}
