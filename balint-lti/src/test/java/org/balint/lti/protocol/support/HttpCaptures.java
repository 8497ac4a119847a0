package org.balint.lti.protocol.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Replays the response half of a captured HTTP exchange ({@code *.http.txt}) from the stub server. */
public final class HttpCaptures {

    private HttpCaptures() {
    }

    /**
     * The captured response, with {@code from} replaced by {@code to} everywhere (to point the
     * captured links at the stub server).
     */
    public static StubHttpServer.Reply response(String fixture, String from, String to) {
        String text = Fixtures.text(fixture).replace("\r\n", "\n").replace(from, to);
        String response = text.substring(text.indexOf("\nHTTP/1.1 ") + 1);
        int blank = response.indexOf("\n\n");
        String head = blank < 0 ? response : response.substring(0, blank);
        String body = blank < 0 ? "" : response.substring(blank + 2);
        String[] lines = head.split("\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] header = lines[i].split(":", 2);
            headers.put(header[0].trim(), header[1].trim());
        }
        return new StubHttpServer.Reply(status, headers, body);
    }
}
