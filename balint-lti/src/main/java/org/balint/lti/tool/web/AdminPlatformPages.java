package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.platform.AccreditationSettings;
import org.balint.lti.tool.platform.AdminOutcome;
import org.balint.lti.tool.platform.PlatformAdministration;
import org.balint.lti.tool.platform.PlatformOverview;
import org.balint.lti.tool.platform.RetentionAdministration;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The group pages of an LMS administrator about their own platform, the registration their launch came
 * through: {@code platform}, {@code accreditation} and {@code retention}. Each is open to
 * administrators only and reads nothing of another platform.
 */
final class AdminPlatformPages {

    private AdminPlatformPages() {
    }

    /** Whether the launch was an administrator's. */
    static boolean administrator(LaunchSession session) {
        return session.roles().contains(BalintRole.ADMIN);
    }

    /** The registration and deployment the page's launch came through. */
    static PlatformDeployment launched(PageRequest request) {
        return request.active().session().course().deployment();
    }

    /** A refusal shown as the page's content: the reasons, and what to do. */
    static String refusal(String heading, AdminOutcome.Refused<?> refused) {
        return "<h1>" + Html.escape(heading) + "</h1>\n" + CoursePages.summary(refused.reasons().stream()
                .map(r -> new org.balint.lti.tool.course.FieldViolation(java.util.Optional.empty(), r.violation())).toList());
    }

    /** {@code platform}: the registration, its deployments, the tool's key. */
    @ApplicationScoped
    public static class Platform implements GroupPage {

        @Inject
        PlatformAdministration platforms;

        @Override
        public String name() {
            return "platform";
        }

        @Override
        public String label() {
            return "Platform";
        }

        @Override
        public int order() {
            return 80;
        }

        @Override
        public boolean isFor(LaunchSession session) {
            return administrator(session);
        }

        @Override
        public String render(PageRequest request) {
            AdminOutcome<PlatformOverview> outcome = platforms.overview(launched(request));
            if (outcome instanceof AdminOutcome.Refused<PlatformOverview> refused) {
                return refusal("Your platform", refused);
            }
            return AdminPages.platform(((AdminOutcome.Done<PlatformOverview>) outcome).value(),
                    GroupPages.hidden(request.active()), request.basePath(), "", List.of());
        }
    }

    /** {@code accreditation}: the provider and the statements certificates print. */
    @ApplicationScoped
    public static class Accreditation implements GroupPage {

        @Inject
        AccreditationSettings settings;

        @Override
        public String name() {
            return "accreditation";
        }

        @Override
        public String label() {
            return "Accreditation";
        }

        @Override
        public int order() {
            return 81;
        }

        @Override
        public boolean isFor(LaunchSession session) {
            return administrator(session);
        }

        @Override
        public String render(PageRequest request) {
            var saved = settings.find(launched(request));
            return AdminPages.accreditation(saved, AdminPages.values(saved), GroupPages.hidden(request.active()),
                    request.basePath(), List.of());
        }
    }

    /** {@code retention}: the period, what is past it now, and the purge button. */
    @ApplicationScoped
    public static class Retention implements GroupPage {

        @Inject
        RetentionAdministration retention;

        @Override
        public String name() {
            return "retention";
        }

        @Override
        public String label() {
            return "Retention";
        }

        @Override
        public int order() {
            return 82;
        }

        @Override
        public boolean isFor(LaunchSession session) {
            return administrator(session);
        }

        @Override
        public String render(PageRequest request) {
            return AdminPages.retention(retention.preview(launched(request)), GroupPages.hidden(request.active()),
                    request.basePath(), List.of());
        }
    }
}
