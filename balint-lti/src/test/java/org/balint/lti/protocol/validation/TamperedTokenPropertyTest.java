package org.balint.lti.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.balint.lti.protocol.validation.LaunchScenario.BrowserLogin;

@Label("Tampered tokens")
class TamperedTokenPropertyTest {

    private final LaunchScenario scenario = new LaunchScenario();

    @Provide
    Arbitrary<Character> tokenCharacters() {
        return Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ %");
    }

    @Property(tries = 200)
    @Label("changing any one character of a genuine token never lets a different token in")
    void oneCharacterChanged(@ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll("tokenCharacters") char replacement) {
        BrowserLogin login = scenario.login();
        String genuine = scenario.signed(scenario.claimsFor(login));
        int at = position % genuine.length();
        Assume.that(genuine.charAt(at) != replacement);
        String tampered = genuine.substring(0, at) + replacement + genuine.substring(at + 1);

        LaunchResult result = scenario.processor.process(scenario.launchOf(login, tampered));

        if (result instanceof LaunchAccepted) {
            // only a change in the unused low bits of a segment's last base64url character decodes to the same bytes
            assertThat(sameBytes(genuine, tampered)).as("accepted tampered token %s", tampered).isTrue();
        } else {
            assertThat(scenario.store.find(login.state()).orElseThrow().isCompleted()).isFalse();
        }
    }

    private static boolean sameBytes(String a, String b) {
        String[] left = a.split("\\.", -1);
        String[] right = b.split("\\.", -1);
        if (left.length != 3 || right.length != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (!Arrays.equals(new Base64URL(left[i]).decode(), new Base64URL(right[i]).decode())) {
                return false;
            }
        }
        return true;
    }
}
