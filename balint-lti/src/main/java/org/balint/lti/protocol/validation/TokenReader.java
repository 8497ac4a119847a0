package org.balint.lti.protocol.validation;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/** Step 3: the token parses as a signed JWT; unsigned ({@code alg: none}) tokens are refused. (Encrypted tokens, with five parts, never get here.). */
final class TokenReader {

    Checked<SignedJWT> read(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            return Checked.rejected(LaunchRejection.Reason.TOKEN_MALFORMED,
                    "The id_token's header could not be read. Start the launch again from the course page.");
        }
        if (jwt instanceof PlainJWT) {
            return Checked.rejected(LaunchRejection.Reason.TOKEN_UNSIGNED,
                    "The id_token is not signed (alg none). Only platform-signed launches are accepted.");
        }
        if (jwt instanceof SignedJWT) {
            return Checked.passed((SignedJWT) jwt);
        }
        return Checked.rejected(LaunchRejection.Reason.TOKEN_MALFORMED, "The id_token is not a JWT.");
    }
}
