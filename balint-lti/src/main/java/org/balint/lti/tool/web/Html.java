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

    /** A complete, self-contained page: no scripts, no external resources; {@code body} is its main content. */
    static String page(String title, String body) {
        return head(title) + "</head>\n<body>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n";
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
        return head(title) + "</head>\n<body>\n<main>\n" + body + "\n</main>\n"
                + "<script id=\"lti-storage\" type=\"application/json\">" + json + "</script>\n"
                + "<script nonce=\"" + escape(nonce) + "\">\n" + script + "\n</script>\n</body>\n</html>\n";
    }

    /**
     * A self-contained page with one script of the tool's own, admitted by the response's CSP nonce and
     * taking no data from the page.
     */
    static String pageWithScript(String title, String body, String nonce, String script) {
        if (script.contains("</script")) {
            throw new IllegalArgumentException("The script would end its element early");
        }
        return head(title) + "</head>\n<body>\n" + body + "\n"
                + "<script nonce=\"" + escape(nonce) + "\">\n" + script + "\n</script>\n</body>\n</html>\n";
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1b1b1b}h1{font-size:1.75rem;line-height:1.25}code{background:#f1f1f1;padding:0 .25rem}"
                + ".reason{color:#555}"
                + "label{display:block;font-weight:600;margin-top:1rem}"
                + "input,select{display:block;box-sizing:border-box;width:100%;max-width:100%;font:inherit;padding:.4rem;"
                + "margin-top:.25rem;border:1px solid #767676;border-radius:3px;background:#fff;color:inherit}"
                + ".check label{display:flex;gap:.5rem;font-weight:400;align-items:flex-start}"
                + ".check input{width:1.5rem;height:1.5rem;flex:none;margin:0}"
                + "button{font:inherit;min-height:44px;margin-top:1.5rem;padding:.5rem 1.25rem;background:#1d4f91;color:#fff;border:0;"
                + "border-radius:3px}"
                + ".error{color:#a4000f;margin:.25rem 0 0}.errors{border:2px solid #a4000f;padding:0 1rem;margin:1rem 0}"
                + ".hint{color:#555;margin:.25rem 0 0;font-size:.95em}"
                + "nav .pages{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:0 0 1.5rem}"
                + "nav .pages form{margin:0}nav .pages button{margin:0;min-height:44px;padding:.4rem .9rem;background:#fff;"
                + "color:#1d4f91;border:2px solid #1d4f91}nav .pages button[aria-current=page]{background:#1d4f91;color:#fff}"
                + ".notice{border-left:4px solid #1d4f91;background:#eef3fa;padding:.5rem 1rem}"
                + "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem .25rem 0}"
                + "a{color:#1d4f91;overflow-wrap:anywhere}"
                // a focus indicator 3 px wide, of 3:1 contrast or more against the page and the button
                + ":focus-visible{outline:3px solid #c05a00;outline-offset:2px}"
                + "</style>\n";
    }
}
