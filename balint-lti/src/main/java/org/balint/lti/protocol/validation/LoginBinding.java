package org.balint.lti.protocol.validation;

import java.time.Instant;
import java.util.Optional;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.LoginStatus;
import org.balint.lti.protocol.login.PendingLogin;

/**
 * Step 2: the state names a login this tool started, not yet completed and not expired, and the
 * browser presenting it holds that login's binding secret. Reads only.
 */
final class LoginBinding {

    private final LaunchStateStore store;

    LoginBinding(LaunchStateStore store) {
        this.store = store;
    }

    Checked<PendingLogin> check(String state, Optional<String> browserBinding, Instant now) {
        Optional<LoginStatus> status = store.find(state);
        if (status.isEmpty()) {
            return Checked.rejected(LaunchRejection.Reason.STATE_UNKNOWN,
                    "This launch does not belong to a login started by this tool, or the login is long gone. "
                            + "Start the launch again from the course page.");
        }
        if (status.get().isCompleted()) {
            return Checked.rejected(LaunchRejection.Reason.STATE_REUSED,
                    "This launch was already used. Start a new launch from the course page instead of reloading or resending it.");
        }
        PendingLogin login = status.get().login();
        if (login.isExpiredAt(now)) {
            return Checked.rejected(LaunchRejection.Reason.LOGIN_EXPIRED,
                    "The login for this launch has expired. Start the launch again from the course page.");
        }
        if (browserBinding.isEmpty()) {
            return Checked.rejected(LaunchRejection.Reason.BROWSER_BINDING_MISSING,
                    "Your browser did not send back the login cookie. Allow cookies for this tool, or open it in a new "
                            + "window from the course page.");
        }
        if (!login.isBoundTo(browserBinding.get())) {
            return Checked.rejected(LaunchRejection.Reason.STATE_NOT_BOUND_TO_BROWSER,
                    "This launch was started in a different browser. Start the launch again from the course page.");
        }
        return Checked.passed(login);
    }
}
