package org.balint.lti.tool.rotation;

import java.util.Objects;

/** What a rotation action came to: done (with a sentence for the person who asked) or refused with reasons. */
public sealed interface RotationAnswer permits RotationAnswer.Done, RotationAnswer.Refused {

    /**
     * The action was done.
     *
     * @param notice what happened, in a sentence for the page's notice
     */
    record Done(String notice) implements RotationAnswer {
        /** Validates the part. */
        public Done {
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** The action was not done; nothing was written. */
    record Refused(RotationRefusal refusal) implements RotationAnswer {
        /** Validates the part. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
