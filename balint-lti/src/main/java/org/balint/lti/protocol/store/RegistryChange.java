package org.balint.lti.protocol.store;

import java.util.Objects;
import java.util.Optional;

/** The outcome of a change to the platform registry: applied, or refused with nothing written. */
public sealed interface RegistryChange permits RegistryChange.Applied, RegistryChange.Refused {

    /** Why a change was refused. */
    enum Refusal {
        /** No registration has the id. */
        REGISTRATION_NOT_FOUND,
        /** Another registration already has the issuer and client_id. */
        REGISTRATION_EXISTS,
        /** The registration changed since the version the caller read. */
        VERSION_CONFLICT,
        /** The registration already accepts the deployment. */
        DEPLOYMENT_EXISTS,
        /** The registration does not have the deployment. */
        DEPLOYMENT_NOT_FOUND,
        /** The deployment is the registration's only one; a registration needs at least one. */
        LAST_DEPLOYMENT
    }

    /**
     * The change was written.
     *
     * @param registration the registration afterwards; empty after a deletion
     */
    record Applied(Optional<StoredRegistration> registration) implements RegistryChange {

        /** Validates the argument. */
        public Applied {
            Objects.requireNonNull(registration, "registration");
        }
    }

    /**
     * The change was refused; nothing was written.
     *
     * @param refusal why
     * @param message a sentence for people
     */
    record Refused(Refusal refusal, String message) implements RegistryChange {

        /** Validates the arguments. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(message, "message");
        }
    }
}
