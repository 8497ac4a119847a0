package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLink;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.rotation.MemberRotation;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The members' page {@value RotationPages#MEMBER_PAGE}: when they present a case, and their request to swap
 * a turn with someone. The form posts to {@link PresentingResource}. Only accepted members have turns; a
 * registrant sees what to wait for.
 */
@ApplicationScoped
public class PresentingPage implements GroupPage {

    @Inject
    Instance<GroupRotation> rotation;

    @Inject
    Instance<CourseServices> courses;

    @Override
    public String name() {
        return RotationPages.MEMBER_PAGE;
    }

    @Override
    public String label() {
        return "When I present";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.isMemberOnly();
    }

    @Override
    public String render(PageRequest request) {
        return render(request, RotationPages.Entered.none());
    }

    /** The page with a refused form's reasons and entries. */
    String render(PageRequest request, RotationPages.Entered entered) {
        Optional<MemberRotation> view = request.group().isEmpty() || !rotation.isResolvable() ? Optional.empty()
                : memberOf(courses.get(), request.active()).flatMap(member ->
                        rotation.get().memberView(request.tenant(), request.group().get(), member));
        if (view.isEmpty()) {
            return "<h1>When you present</h1>\n<p>This activity has no Balint group yet. Open it again once the leader "
                    + "has set the group up.</p>\n";
        }
        if (!view.get().group().isMember(view.get().member())) {
            return "<h1>When you present</h1>\n<p>Only accepted members of the group have a turn to present a case. If "
                    + "you registered, your turn appears here once the leader accepts your registration and publishes "
                    + "the rotation.</p>\n";
        }
        return RotationPages.member(view.get(), request.active(), request.basePath(), entered);
    }

    /** The Balint member id of the person whose launch session {@code active} is. */
    static Optional<MemberId> memberOf(CourseServices courses, ActiveSession active) {
        LaunchSession session = active.session();
        return courses.users().find(new LmsUser(session.course().deployment().issuer(),
                session.course().deployment().clientId(), session.subject(), Optional.empty(), Optional.empty()))
                .map(UserLink::member);
    }
}
