package org.balint.lti.tool.web;

/** Escaping of untrusted text for HTML element content and quoted attribute values. */
final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by character references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** A complete, self-contained page: no scripts, no external resources. */
    static String page(String title, String body) {
        return head(title) + "</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    /**
     * A self-contained page with one script, admitted by the response's CSP nonce, and a JSON data
     * block {@code #lti-storage} the script reads. {@code json} must already be safe inside a script
     * element (no {@code <}); {@code script} is the tool's own code, never text from a request.
     */
    static String scriptedPage(String title, String body, String nonce, String json, String script) {
        if (json.indexOf('<') >= 0 || script.contains("</script")) {
            throw new IllegalArgumentException("The data block or script would end its element early");
        }
        return head(title) + "</head>\n<body>\n" + body + "\n"
                + "<script id=\"lti-storage\" type=\"application/json\">" + json + "</script>\n"
                + "<script nonce=\"" + escape(nonce) + "\">\n" + script + "\n</script>\n</body>\n</html>\n";
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1b1b1b}code{background:#f1f1f1;padding:0 .25rem}"
                + ".reason{color:#555}</style>\n";
    }
}
