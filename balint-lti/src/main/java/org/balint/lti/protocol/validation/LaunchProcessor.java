package org.balint.lti.protocol.validation;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.lti.protocol.keys.PlatformKeySources;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.message.LtiLaunch;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.platform.PlatformRegistry;

/**
 * Validates an LTI 1.3 launch and returns the typed launch, or why it was refused. Built once through
 * its constructor; thread-safe; the order of its parts is described in the
 * {@linkplain org.balint.lti.protocol.validation package documentation}.
 *
 * <p>A refused launch changes nothing: the state and nonce are marked used only after every check
 * has passed, in one atomic store operation, so of two concurrent launches with the same state only
 * one is accepted.
 */
public final class LaunchProcessor {

    private final LaunchSettings settings;
    private final LaunchStateStore store;
    private final Clock clock;
    private final RequestShape requestShape;
    private final LoginBinding loginBinding;
    private final TokenReader tokenReader;
    private final HeaderPolicy headerPolicy;
    private final RegistrationLookup registrationLookup;
    private final PlatformKeySelector keySelector;
    private final SignatureCheck signatureCheck;
    private final List<LaunchCheck> ltiChecks;

    /**
     * @param settings   skew, size limit and supported message types
     * @param registry   the registered platforms
     * @param keySources the platforms' cached key sources
     * @param store      the logins waiting for their launch, and the used nonces
     * @param clock      the time every check uses
     */
    public LaunchProcessor(LaunchSettings settings, PlatformRegistry registry, PlatformKeySources keySources,
            LaunchStateStore store, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestShape = new RequestShape(settings.maxTokenLength());
        this.loginBinding = new LoginBinding(store);
        this.tokenReader = new TokenReader();
        this.headerPolicy = new HeaderPolicy();
        this.registrationLookup = new RegistrationLookup(Objects.requireNonNull(registry, "registry"));
        this.keySelector = new PlatformKeySelector(Objects.requireNonNull(keySources, "keySources"));
        this.signatureCheck = new SignatureCheck();
        this.ltiChecks = List.of(
                new LoginPlatformCheck(),
                new VersionCheck(),
                new MessageTypeCheck(settings.supportedMessageTypes()),
                new DeploymentCheck(),
                new TargetLinkCheck(),
                new NonceCheck(store),
                new MessageClaimsCheck());
    }

    /** Validates one launch. */
    public LaunchResult process(LaunchRequest request) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();

        Optional<LaunchRejection> shape = requestShape.check(request);
        if (shape.isPresent()) {
            return refused(shape.get());
        }
        String state = request.state().orElseThrow();
        Checked<PendingLogin> login = loginBinding.check(state, request.browserBinding(), now);
        if (login instanceof Checked.Failed) {
            return refused(((Checked.Failed<PendingLogin>) login).problem());
        }
        Checked<SignedJWT> token = tokenReader.read(request.idToken().orElseThrow());
        if (token instanceof Checked.Failed) {
            return refused(((Checked.Failed<SignedJWT>) token).problem());
        }
        SignedJWT jwt = ((Checked.Passed<SignedJWT>) token).value();
        Optional<LaunchRejection> header = headerPolicy.check(jwt.getHeader());
        if (header.isPresent()) {
            return refused(header.get());
        }
        Checked<Registered> registered = registrationLookup.find(jwt);
        if (registered instanceof Checked.Failed) {
            return refused(((Checked.Failed<Registered>) registered).problem());
        }
        PlatformRegistration registration = ((Checked.Passed<Registered>) registered).value().registration();
        JWTClaimsSet claims = ((Checked.Passed<Registered>) registered).value().claims();
        Checked<List<RSAKey>> keys = keySelector.select(jwt.getHeader(), registration);
        if (keys instanceof Checked.Failed) {
            return refused(((Checked.Failed<List<RSAKey>>) keys).problem());
        }
        Optional<LaunchRejection> signature = signatureCheck.verify(jwt, ((Checked.Passed<List<RSAKey>>) keys).value());
        if (signature.isPresent()) {
            return refused(signature.get());
        }
        Optional<LaunchRejection> policy = ClaimsPolicy.forRegistration(registration, settings.clockSkew()).verify(claims, now);
        if (policy.isPresent()) {
            return refused(policy.get());
        }
        PendingLogin pending = ((Checked.Passed<PendingLogin>) login).value();
        for (LaunchCheck check : ltiChecks) {
            Optional<LaunchRejection> rejection = check.check(claims, pending, registration);
            if (rejection.isPresent()) {
                return refused(rejection.get());
            }
        }
        Checked<LtiLaunch> launch = LaunchReader.read(claims, registration.issuer(), registration.clientId());
        if (launch instanceof Checked.Failed) {
            return refused(((Checked.Failed<LtiLaunch>) launch).problem());
        }
        Instant rememberUntil = claims.getExpirationTime().toInstant().plus(settings.clockSkew());
        String nonce = (String) claims.getClaim(LtiClaims.NONCE);
        if (!store.complete(state, nonce, now, rememberUntil)) {
            return refused(new LaunchRejection(LaunchRejection.Reason.STATE_REUSED,
                    "This launch was completed by another request at the same moment. Start a new launch from the course page."));
        }
        return new LaunchAccepted(((Checked.Passed<LtiLaunch>) launch).value());
    }

    private static LaunchRefused refused(LaunchProblem problem) {
        return new LaunchRefused(problem);
    }
}
