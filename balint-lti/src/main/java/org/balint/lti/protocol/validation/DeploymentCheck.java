package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** The deployment is registered, and is the one the login named (if it named one). */
final class DeploymentCheck implements LaunchCheck {

    @Override
    public Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration) {
        Optional<String> deployment = LaunchCheck.text(claims, LtiClaims.DEPLOYMENT_ID);
        if (deployment.isEmpty()) {
            return reject(LaunchRejection.Reason.CLAIM_INVALID, "The deployment_id claim is not a text value.");
        }
        if (!registration.knowsDeployment(deployment.get())) {
            return reject(LaunchRejection.Reason.DEPLOYMENT_UNKNOWN, "The deployment '" + deployment.get()
                    + "' of platform '" + registration.issuer() + "' is not registered with this tool. "
                    + "Ask the tool's administrator to add it.");
        }
        if (login.deploymentId().isPresent() && !login.deploymentId().get().equals(deployment.get())) {
            return reject(LaunchRejection.Reason.DEPLOYMENT_MISMATCH, "The launch is for deployment '" + deployment.get()
                    + "' but its login named deployment '" + login.deploymentId().get() + "'. Start the launch again from the course page.");
        }
        return pass();
    }
}
