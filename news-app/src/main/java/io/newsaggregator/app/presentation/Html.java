package io.newsaggregator.app.presentation;

/**
 * A tiny append-only HTML/SVG writer. Text and attribute values always go through {@link #escape},
 * so nothing that came from the web can open a tag; only {@link #raw} writes markup as given.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(16_384);

    /** Escapes the five characters that matter in HTML text and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement == null && !isForbiddenControl(c)) {
                if (escaped != null) {
                    escaped.append(c);
                }
                continue;
            }
            if (escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            // Control characters are not allowed in HTML text; dropping them keeps the file valid.
            if (replacement != null) {
                escaped.append(replacement);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f;
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value omits the attribute. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append('>');
        return this;
    }

    /** Writes a void or self-closing element ({@code <rect .../>}, {@code <meta ...>}). */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append(tag.equals("meta") ? ">" : "/>");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes {@code <tag attributes>escaped text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must be name, value pairs, got " + attributes.length + " strings");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
