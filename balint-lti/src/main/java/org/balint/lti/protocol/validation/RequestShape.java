package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import java.util.Optional;

/** Step 1: the request carries an id_token and a state, and the token is a compact JWS within the size limit. */
final class RequestShape {

    private final int maxTokenLength;

    RequestShape(int maxTokenLength) {
        this.maxTokenLength = maxTokenLength;
    }

    Optional<LaunchRejection> check(LaunchRequest request) {
        if (request.idToken().isEmpty()) {
            return reject(LaunchRejection.Reason.ID_TOKEN_MISSING,
                    "The launch carried no id_token. Start the launch again from the course page.");
        }
        if (request.state().isEmpty()) {
            return reject(LaunchRejection.Reason.STATE_MISSING,
                    "The launch carried no state. Start the launch again from the course page.");
        }
        String token = request.idToken().get();
        if (token.length() > maxTokenLength) {
            return reject(LaunchRejection.Reason.TOKEN_TOO_LARGE, "The id_token has " + token.length()
                    + " characters, more than the limit of " + maxTokenLength + ". The platform may be sending "
                    + "too many custom parameters; ask its administrator to trim them.");
        }
        int dots = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!isBase64Url(c)) {
                return reject(LaunchRejection.Reason.TOKEN_MALFORMED,
                        "The id_token contains characters a compact JWT cannot contain. Start the launch again from the course page.");
            }
        }
        if (dots != 2 || token.startsWith(".") || token.indexOf("..") >= 0) {
            return reject(LaunchRejection.Reason.TOKEN_MALFORMED,
                    "The id_token is not a complete JWT (header, claims and signature); it may have been truncated. "
                            + "Start the launch again from the course page.");
        }
        return pass();
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
