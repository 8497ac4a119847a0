package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.balint.lti.tool.rotation.GroupRotation;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The leaders' page {@value RotationPages#LEADER_PAGE}: the case-presentation rotation per session, whether
 * everyone presents, the changes (assign a volunteer, swap turns, re-plan, publish) and the members' swap
 * requests. The forms post to {@link RotationResource}.
 */
@ApplicationScoped
public class RotationPage implements GroupPage {

    @Inject
    Instance<GroupRotation> rotation;

    @Override
    public String name() {
        return RotationPages.LEADER_PAGE;
    }

    @Override
    public String label() {
        return "Rotation";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return session.isLeader();
    }

    @Override
    public String render(PageRequest request) {
        return render(request, RotationPages.Entered.none());
    }

    /** The page with a refused form's reasons and entries. */
    String render(PageRequest request, RotationPages.Entered entered) {
        if (request.group().isEmpty() || !rotation.isResolvable()) {
            return "<h1>Case-presentation rotation</h1>\n<p>This activity has no Balint group yet. Set the group up from "
                    + "the Home page first.</p>\n";
        }
        return rotation.get().leaderView(request.tenant(), request.group().get())
                .map(view -> RotationPages.leader(view, request.active(), request.basePath(), entered))
                .orElse("<h1>Case-presentation rotation</h1>\n<p>This group is not stored here any more. Open the "
                        + "activity from your course again.</p>\n");
    }
}
