package org.balint.lti.tool.deeplinking;

import java.util.List;
import java.util.Objects;
import org.balint.core.group.BalintGroup;
import org.balint.lti.protocol.deeplinking.DeepLinkingReply;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.SetupRequest;

/** What a deep-linking request, or a content-picker form after it, leads to: the page to show. */
public sealed interface DeepLinkView {

    /** The name of the content picker's field choosing an existing group. */
    String GROUP_FIELD = "group";

    /**
     * The content picker: the set-up form for a new group, and the tenant's groups not placed yet (again,
     * with every reason beside its field, after a mistake).
     *
     * @param session    the content-picker session the forms post back
     * @param form       the set-up form's values
     * @param violations the reasons the last post was not accepted
     * @param unplaced   the groups of the same LMS installation that no placement leads to yet
     */
    record Choose(ActiveDeepLink session, SetupRequest form, List<FieldViolation> violations,
            List<BalintGroup> unplaced) implements DeepLinkView {
        /** Validates the parts and copies the lists. */
        public Choose {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(form, "form");
            violations = List.copyOf(violations);
            unplaced = List.copyOf(unplaced);
        }
    }

    /**
     * The signed answer, to be posted back to the platform by the browser.
     *
     * @param reply the signed {@code LtiDeepLinkingResponse} and where it goes
     * @param group the group the placed link leads to
     */
    record Answer(DeepLinkingReply reply, BalintGroup group) implements DeepLinkView {
        /** Validates the parts. */
        public Answer {
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(group, "group");
        }
    }

    /** The request or form cannot go on: the status, reason code and what to do next. */
    record Refused(String code, int status, String message) implements DeepLinkView {
        /** Validates the parts. */
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
