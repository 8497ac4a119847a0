package org.balint.lti.tool.registration;

import java.util.Objects;
import org.balint.lti.protocol.registration.RegisteredTool;
import org.balint.lti.protocol.store.StoredRegistration;

/** What a dynamic registration came to: registered and stored, or refused with nothing stored. */
public sealed interface RegistrationOutcome permits RegistrationOutcome.Registered, RegistrationOutcome.Refused {

    /**
     * The platform registered the tool and the tool keeps the registration.
     *
     * @param tool         what the platform answered: client_id, deployment, granted scopes
     * @param stored       the registration as the tool keeps it
     * @param alreadyKnown true when the tool already had this issuer and client_id (nothing duplicated)
     */
    record Registered(RegisteredTool tool, StoredRegistration stored, boolean alreadyKnown) implements RegistrationOutcome {

        /** Validates the arguments. */
        public Registered {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(stored, "stored");
        }
    }

    /**
     * The registration was refused; the tool stored nothing.
     *
     * @param code    the stable reason code
     * @param status  the HTTP status of the answer
     * @param message what went wrong and what to do next
     */
    record Refused(String code, int status, String message) implements RegistrationOutcome {

        /** Validates the arguments. */
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("A refusal has a 4xx or 5xx status: " + status);
            }
        }
    }
}
