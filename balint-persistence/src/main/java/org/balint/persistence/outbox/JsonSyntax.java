package org.balint.persistence.outbox;

import java.util.Optional;

/**
 * Checks that a text is one JSON object or array (RFC 8259), so a malformed body is refused when it
 * is enqueued rather than failing at the LMS days later. It only checks the syntax; it builds nothing.
 */
final class JsonSyntax {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** What is wrong with {@code text} as a JSON object or array; empty when nothing is. */
    static Optional<String> problemIn(String text) {
        JsonSyntax parser = new JsonSyntax(text);
        try {
            parser.skipWhitespace();
            if (parser.at >= text.length() || text.charAt(parser.at) != '{' && text.charAt(parser.at) != '[') {
                return Optional.of("it must start with '{' or '['");
            }
            parser.value(0);
            parser.skipWhitespace();
            if (parser.at != text.length()) {
                throw parser.problem("unexpected text after the end of the JSON value");
            }
            return Optional.empty();
        } catch (Problem problem) {
            return Optional.of(problem.getMessage());
        }
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw problem("nested more than " + MAX_DEPTH + " levels deep");
        }
        skipWhitespace();
        char c = peek();
        if (c == '{') {
            object(depth);
        } else if (c == '[') {
            array(depth);
        } else if (c == '"') {
            string();
        } else if (c == '-' || c >= '0' && c <= '9') {
            number();
        } else if (!literal("true") && !literal("false") && !literal("null")) {
            throw problem("expected a value");
        }
    }

    private void object(int depth) {
        at++;
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw problem("expected a member name in double quotes");
            }
            string();
            skipWhitespace();
            expect(':');
            value(depth + 1);
            skipWhitespace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return;
            }
        }
    }

    private void array(int depth) {
        at++;
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return;
        }
        while (true) {
            value(depth + 1);
            skipWhitespace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return;
            }
        }
    }

    private void string() {
        at++;
        while (true) {
            char c = peek();
            at++;
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw problem("control character inside a string");
            }
            if (c == '\\') {
                char escaped = peek();
                at++;
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(peek(), 16) < 0) {
                            throw problem("a \\u escape needs four hexadecimal digits");
                        }
                        at++;
                    }
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    throw problem("unknown escape \\" + escaped);
                }
            }
        }
    }

    private void number() {
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else {
            digits();
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            digits();
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            digits();
        }
    }

    private void digits() {
        char first = peek();
        if (first < '0' || first > '9') {
            throw problem("expected a digit");
        }
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
    }

    private boolean literal(String word) {
        if (text.startsWith(word, at)) {
            at += word.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw problem("expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        if (at >= text.length()) {
            throw problem("the text ends too early");
        }
        return text.charAt(at);
    }

    private void skipWhitespace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private Problem problem(String what) {
        return new Problem(what + " at character " + (at + 1));
    }

    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }
}
