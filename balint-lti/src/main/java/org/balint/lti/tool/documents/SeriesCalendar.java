package org.balint.lti.tool.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.ScheduledSession;
import org.balint.lti.tool.placement.Digests;

/**
 * A group series as an iCalendar file (RFC 5545) that members import into their calendar: one event
 * per session, in the group's time zone (with its {@code VTIMEZONE}, so a weekly session keeps its
 * local time across daylight-saving changes), titled with the series title and the session number,
 * with the video link as the event's URL and location.
 *
 * <p>Each event's UID is derived from the group and the session number only, so importing the file
 * again after the schedule changed updates the events instead of adding copies. The file holds the
 * schedule alone: no members, no presenters, no case content.
 */
public final class SeriesCalendar {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final String PRODUCT = "-//Balint//Balint group series//EN";

    private SeriesCalendar() {
    }

    /**
     * The calendar of {@code group}'s sessions, stamped {@code now}.
     *
     * @param uidDomain the host name the event UIDs end in, e.g. the tool's host
     */
    public static byte[] of(BalintGroup group, String uidDomain, Instant now) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(uidDomain, "uidDomain");
        Objects.requireNonNull(now, "now");
        GroupSchedule schedule = group.schedule();
        java.util.Optional<net.fortuna.ical4j.model.component.VTimeZone> timeZone = timeZone(schedule.zone());
        // a zone without published rules (a fixed offset) is written as UTC times, which every calendar reads
        ZoneId zone = timeZone.isPresent() ? schedule.zone() : java.time.ZoneOffset.UTC;
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
        timeZone.ifPresent(calendar::add);
        int count = schedule.size();
        for (ScheduledSession session : schedule.sessions()) {
            ZonedDateTime start = session.start().atZone(zone);
            ZonedDateTime end = session.end().atZone(zone);
            String summary = group.title() + ": session " + session.number().value() + " of " + count;
            VEvent event = new VEvent(start, end, summary);
            event.replace(new DtStamp(now));
            event.add(new Uid(uid(group, session, uidDomain)));
            event.add(new Url(group.videoLink()));
            event.add(new Location(group.videoLink().toString()));
            event.add(new Description("Balint group session " + session.number().value() + " of " + count
                    + ". Join the video meeting: " + group.videoLink()));
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The file name for {@code group}'s calendar. */
    public static String fileName(BalintGroup group) {
        return FileNames.safe(group.title(), "balint-group") + ".ics";
    }

    /** The stable UID of a session: the same group and session number always give the same UID. */
    static String uid(BalintGroup group, ScheduledSession session, String uidDomain) {
        return "session-" + session.number().value() + "-" + Digests.sha256Hex(group.id().value()).substring(0, 32)
                + "@" + uidDomain;
    }

    private static java.util.Optional<net.fortuna.ical4j.model.component.VTimeZone> timeZone(ZoneId zone) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone timeZone = registry.getTimeZone(zone.getId());
        return timeZone == null ? java.util.Optional.empty() : java.util.Optional.of(timeZone.getVTimeZone());
    }
}
