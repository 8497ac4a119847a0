package org.balint.lti.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.session.LaunchSession;

/**
 * The first of the group pages for everyone: what opening the activity shows (a leader's home, a
 * member's registration and documents, an administrator's overview), as it stands now.
 */
@ApplicationScoped
public class HomePage implements GroupPage {

    /** The home page's name. */
    static final String NAME = "home";

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<LeaderPageSections> sections;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Home";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public boolean isFor(LaunchSession session) {
        return true;
    }

    @Override
    public String render(PageRequest request) {
        return CoursePages.content(courses.get().launches().revisit(request.active()), request.basePath(),
                sections.isResolvable() ? Optional.of(sections.get()) : Optional.empty()).body();
    }
}
