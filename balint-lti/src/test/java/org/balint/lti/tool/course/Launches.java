package org.balint.lti.tool.course;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.balint.lti.protocol.message.LaunchDetails;
import org.balint.lti.protocol.message.LaunchPresentation;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.protocol.message.LtiRoles;
import org.balint.lti.protocol.message.LtiUser;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.message.ResourceLink;
import org.balint.lti.protocol.message.ResourceLinkLaunch;

/** Accepted resource-link launches for the course tests, as the validation chain would hand them over. */
final class Launches {

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    static final String INSTRUCTOR = MEMBERSHIP + "#Instructor";
    static final String TEACHING_ASSISTANT = MEMBERSHIP + "/Instructor#TeachingAssistant";
    static final String LEARNER = MEMBERSHIP + "#Learner";
    static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    static final PlatformDeployment MOODLE = new PlatformDeployment("https://moodle.example.edu", "moodle-client", "1");

    private final PlatformDeployment deployment;
    private final String contextId;
    private final String resourceLinkId;
    private final Optional<String> linkTitle;
    private final Map<String, String> custom;

    private Launches(PlatformDeployment deployment, String contextId, String resourceLinkId, Optional<String> linkTitle,
            Map<String, String> custom) {
        this.deployment = deployment;
        this.contextId = contextId;
        this.resourceLinkId = resourceLinkId;
        this.linkTitle = linkTitle;
        this.custom = custom;
    }

    /** Launches of the resource link "Balint group, spring" in course 42 of the Moodle site. */
    static Launches ofTheSpringGroup() {
        return new Launches(MOODLE, "42", "link-7", Optional.of("Balint group, spring"), Map.of());
    }

    Launches through(PlatformDeployment other) {
        return new Launches(other, contextId, resourceLinkId, linkTitle, custom);
    }

    Launches titled(String title) {
        return new Launches(deployment, contextId, resourceLinkId, Optional.of(title), custom);
    }

    Launches withCustom(Map<String, String> parameters) {
        return new Launches(deployment, contextId, resourceLinkId, linkTitle, parameters);
    }

    Launches link(String id) {
        return new Launches(deployment, contextId, id, linkTitle, custom);
    }

    /** A launch by a user the platform names with their e-mail address. */
    ResourceLinkLaunch by(String subject, String name, String email, String... roles) {
        return launch(Optional.of(new LtiUser(subject, Optional.of(name), Optional.empty(), Optional.empty(),
                Optional.of(email), Optional.empty(), Optional.empty())), roles);
    }

    /** A launch by a user the platform sends no name or e-mail for. */
    ResourceLinkLaunch byAnonymised(String subject, String... roles) {
        return launch(Optional.of(new LtiUser(subject, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())), roles);
    }

    /** A launch that names no user at all. */
    ResourceLinkLaunch anonymous(String... roles) {
        return launch(Optional.empty(), roles);
    }

    private ResourceLinkLaunch launch(Optional<LtiUser> user, String... roles) {
        LaunchDetails details = new LaunchDetails(deployment, URI.create("https://balint.example.org/lti/launch"), user,
                LtiRoles.parse(List.of(roles)), Optional.of(new LtiContext(contextId, Optional.of("PSY-7"),
                        Optional.of("Psychotherapy seminar"), List.of("CourseOffering"))),
                Optional.empty(), Optional.of(new LaunchPresentation(Optional.of("iframe"), Optional.empty(),
                        Optional.of("en"), OptionalInt.empty(), OptionalInt.empty())),
                custom, Optional.empty(), Optional.empty(), Instant.parse("2026-11-29T10:00:00Z"));
        return new ResourceLinkLaunch(details, new ResourceLink(resourceLinkId, linkTitle, Optional.empty()));
    }
}
