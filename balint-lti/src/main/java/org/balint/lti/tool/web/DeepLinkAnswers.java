package org.balint.lti.tool.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.tool.course.ConcurrentChange;
import org.balint.lti.tool.deeplinking.DeepLinkView;

/** Turns what deep linking decides into responses: the content picker, the answer going back, refusals. */
final class DeepLinkAnswers {

    private static final String HEADING = "This content cannot be placed";

    private DeepLinkAnswers() {
    }

    /** The response to the view {@code decide} returns; a failing database or a lost race become their own pages. */
    static Response.ResponseBuilder view(HttpHeaders headers, UriInfo uriInfo, Supplier<DeepLinkView> decide) {
        DeepLinkView view;
        try {
            view = decide.get();
        } catch (StoreUnavailable unavailable) {
            return Answers.refusal(headers, "Balint is unavailable", new Problem(StoreUnavailable.CODE, 503,
                    "Balint cannot reach its database at the moment; nothing was placed. Open the tool again from the "
                            + "course in a few minutes, and tell the administrator if it keeps happening."));
        } catch (ConcurrentChange conflict) {
            return Answers.refusal(headers, "Please try again", new Problem(CourseAnswers.BUSY, 409,
                    "Someone else changed the same records at the same moment; nothing of yours was stored. Open the "
                            + "tool again from the course and repeat what you did."));
        }
        if (view instanceof DeepLinkView.Refused refused) {
            return Answers.refusal(headers, HEADING, new Problem(refused.code(), refused.status(), refused.message()));
        }
        if (view instanceof DeepLinkView.Answer answer) {
            return answer(answer);
        }
        return Answers.page(200, DeepLinkPages.choose((DeepLinkView.Choose) view, uriInfo.getBaseUri().getPath()));
    }

    /**
     * The page that posts the signed response back to the platform: its one script (admitted by a
     * fresh nonce) submits the form at once, a button does it without scripts, and the form may post to
     * the platform's return address only.
     */
    private static Response.ResponseBuilder answer(DeepLinkView.Answer answer) {
        String nonce = PlatformStorage.nonce();
        return Response.status(200)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(Answers.noStore())
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce
                        + "'; style-src 'unsafe-inline'; form-action " + PlatformStorage.origin(answer.reply().returnUrl())
                        + "; base-uri 'none'")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .entity(answer.reply().autoSubmitForm(nonce).getBytes(StandardCharsets.UTF_8));
    }
}
