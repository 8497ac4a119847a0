package org.balint.lti.tool.course;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.balint.core.group.GroupDraft;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.protocol.message.ResourceLinkLaunch;

/**
 * The "set up this Balint group" form as typed in: every value a raw string, so a form with mistakes
 * can be shown again exactly as it was sent, with the reasons beside the fields.
 *
 * @param title         the group's title
 * @param leaderName    the leader's name as it appears to members and on certificates
 * @param leaderEmail   the leader's e-mail address
 * @param firstDate     the first session's date, {@code yyyy-mm-dd}
 * @param firstTime     the first session's start, {@code hh:mm}, in {@code zone}
 * @param sessions      how many weekly sessions
 * @param minutes       how long each session lasts, in minutes
 * @param zone          the time zone the group meets in (an IANA id such as {@code Europe/Zurich})
 * @param videoLink     the https link of the video meeting
 */
public record SetupRequest(String title, String leaderName, String leaderEmail, String firstDate, String firstTime,
        String sessions, String minutes, String zone, String videoLink) {

    /** Field names, as the form posts them. */
    public static final String TITLE = "title";
    public static final String LEADER_NAME = "leader_name";
    public static final String LEADER_EMAIL = "leader_email";
    public static final String FIRST_DATE = "first_date";
    public static final String FIRST_TIME = "first_time";
    public static final String SESSIONS = "sessions";
    public static final String MINUTES = "minutes";
    public static final String ZONE = "zone";
    public static final String VIDEO_LINK = "video_link";

    /** Minutes a session lasts unless the leader says otherwise. */
    public static final int DEFAULT_MINUTES = 90;

    /** Custom launch parameters a platform can fill with the user's time zone (Canvas: {@code $Person.address.timezone}). */
    static final String[] ZONE_PARAMETERS = {"timezone", "time_zone", "tz"};

    /** Every value stripped (a field the form did not send is empty). */
    public SetupRequest {
        title = strip(title);
        leaderName = strip(leaderName);
        leaderEmail = strip(leaderEmail);
        firstDate = strip(firstDate);
        firstTime = strip(firstTime);
        sessions = strip(sessions);
        minutes = strip(minutes);
        zone = strip(zone);
        videoLink = strip(videoLink);
    }

    /**
     * The form as a leader first sees it: title from the resource link (or the course), name and e-mail
     * from the launch when the platform sent them, 8 sessions of 90 minutes, and the time zone from a
     * custom launch parameter when the platform passes one.
     */
    public static SetupRequest prefilled(ResourceLinkLaunch launch) {
        Objects.requireNonNull(launch, "launch");
        String title = launch.resourceLink().title()
                .or(() -> launch.context().flatMap(LtiContext::title))
                .or(() -> launch.context().flatMap(LtiContext::label))
                .orElse("");
        Optional<LmsUser> user = launch.user().map(u -> LmsUser.of(launch.deployment(), u));
        return new SetupRequest(title, user.flatMap(LmsUser::name).orElse(""), user.flatMap(LmsUser::email).orElse(""),
                "", "", Integer.toString(GroupDraft.DEFAULT_NUMBER_OF_SESSIONS), Integer.toString(DEFAULT_MINUTES),
                zoneOf(launch.details().custom()).map(ZoneId::getId).orElse(""), "");
    }

    /** The form with nothing from a launch: 8 sessions of 90 minutes, everything else to fill in. */
    public static SetupRequest empty() {
        return new SetupRequest("", "", "", "", "", Integer.toString(GroupDraft.DEFAULT_NUMBER_OF_SESSIONS),
                Integer.toString(DEFAULT_MINUTES), "", "");
    }

    /** The time zone named by a custom launch parameter, if any names a known one. */
    public static Optional<ZoneId> zoneOf(Map<String, String> custom) {
        return Stream.of(ZONE_PARAMETERS).map(custom::get).filter(Objects::nonNull).map(String::strip)
                .flatMap(value -> parseZone(value).stream()).findFirst();
    }

    static Optional<ZoneId> parseZone(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(value));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static String strip(String value) {
        return Objects.requireNonNull(value, "a form value (empty when not sent)").strip();
    }
}
