package org.balint.lti.protocol.validation;

/** The outcome of processing a launch: accepted with its typed launch, or refused with a problem. */
public sealed interface LaunchResult permits LaunchAccepted, LaunchRefused {
}
