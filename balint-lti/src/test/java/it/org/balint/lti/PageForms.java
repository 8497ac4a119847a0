package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the tool's pages the way a form post needs them: hidden fields and the launch session. */
final class PageForms {

    private PageForms() {
    }

    /** The launch session and CSRF fields of {@code page}, as the start of a form body. */
    static String sessionFields(String page) {
        return "launch_session=" + encode(hidden(page, "launch_session")) + "&csrf=" + encode(hidden(page, "csrf"));
    }

    /** {@code value} encoded for a form body. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The value of the hidden field {@code name} of {@code page}; fails the test when there is none. */
    static String hidden(String page, String name) {
        Matcher field = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(field.find()).as("the page has the hidden field " + name + ": " + page).isTrue();
        return field.group(1);
    }
}
