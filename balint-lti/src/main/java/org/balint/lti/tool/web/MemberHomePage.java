package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.api.MemberHome;
import org.balint.lti.tool.api.MemberViews;
import org.balint.lti.tool.api.TimeZonePreferences;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.documents.CertificateStanding;
import org.balint.lti.tool.documents.GroupDocuments;
import org.balint.lti.tool.session.ActiveSession;

/**
 * An accepted member's home page, read through the same service as the API's member view
 * ({@link MemberViews}) in the time zone the member chose ({@link TimeZonePreferences}), with where their
 * certificate stands ({@link GroupDocuments#certificateStanding}). Rendered by {@link MemberHomeHtml}.
 */
@ApplicationScoped
public class MemberHomePage {

    @Inject
    Instance<MemberViews> views;

    @Inject
    Instance<TimeZonePreferences> timeZones;

    @Inject
    Instance<GroupDocuments> documents;

    /**
     * The home page of {@code member} in {@code group}; empty when the services are not configured, the
     * group is not found or the person is not one of its members (their registration page applies then).
     */
    Optional<String> render(ActiveSession active, GroupId group, MemberId member, String basePath,
            Optional<String> notice, Optional<String> zoneProblem) {
        if (!views.isResolvable() || !timeZones.isResolvable() || !documents.isResolvable()) {
            return Optional.empty();
        }
        PlatformDeployment deployment = active.session().course().deployment();
        Optional<ZoneId> chosen = timeZones.get().find(deployment, member);
        Optional<MemberHome> home = views.get().home(Tenancy.of(deployment), group, member, chosen)
                .filter(found -> found.group().isMember(member));
        if (home.isEmpty()) {
            return Optional.empty();
        }
        CertificateStanding certificate = documents.get().certificateStanding(active);
        return Optional.of(MemberHomeHtml.render(home.get(), new MemberHomeHtml.Context(active, basePath,
                chosen.isPresent(), certificate, notice, zoneProblem)));
    }
}
