package io.newsaggregator.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inspects and cleans what comes before the root element of decoded XML text: leading blank lines,
 * a BOM, a comment before the declaration, the declaration itself (its encoding was already
 * honoured while decoding) and a DOCTYPE. A DOCTYPE that declares entities is refused outright;
 * one that only names an external DTD is dropped, so the parser never sees a DTD at all.
 */
final class XmlProlog {
    private static final Pattern DECLARATION = Pattern.compile("<\\?xml\\s[^>]*\\?>|<\\?xml\\?>");
    private static final Pattern DOCTYPE =
            Pattern.compile("<!DOCTYPE\\s+([^\\s\\[>]+)[^\\[>]*(\\[.*?\\]\\s*)?>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body");
    private static final Pattern UNFINISHED_END_TAG = Pattern.compile("</[A-Za-z_][\\w.:-]*$");
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

    /** The text to hand to the parser, and the local name of its root element. */
    record Cleaned(String text, String rootName) {
    }

    /** Why the prolog makes the document unacceptable. */
    static final class Refusal extends Exception {
        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    private XmlProlog() {
    }

    static Cleaned clean(String decoded) throws Refusal {
        int start = 0;
        while (start < decoded.length() && (Character.isWhitespace(decoded.charAt(start)) || decoded.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (start == decoded.length()) {
            throw new Refusal("the body is empty");
        }
        String text = decoded.substring(start);
        int rootStart = rootStart(text);
        if (rootStart < 0) {
            throw new Refusal("no root element found (" + describeStart(text) + ")");
        }
        String prolog = text.substring(0, rootStart);
        String rest = text.substring(rootStart);
        Matcher root = ROOT.matcher(rest);
        String rootName = root.lookingAt() ? localName(root.group(1)) : "";
        Matcher doctype = DOCTYPE.matcher(prolog);
        if (doctype.find()) {
            String subset = doctype.group(2);
            if (localName(doctype.group(1)).equalsIgnoreCase("html")) {
                throw new Refusal("is an HTML page, not a feed");
            }
            if (subset != null && subset.contains("<!ENTITY")) {
                throw new Refusal("declares entities in its DOCTYPE; entity declarations are refused "
                        + "(no external entities, no entity expansion)");
            }
            if (subset != null && !subset.isBlank() && subset.contains("<!")) {
                throw new Refusal("has an internal DTD subset in its DOCTYPE; DTDs are refused");
            }
            prolog = prolog.substring(0, doctype.start()) + prolog.substring(doctype.end());
        } else if (prolog.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            throw new Refusal("has a DOCTYPE that cannot be read safely; DTDs are refused");
        }
        if (HTML_ROOTS.contains(rootName.toLowerCase(Locale.ROOT))) {
            throw new Refusal("is an HTML page, not a feed");
        }
        prolog = DECLARATION.matcher(prolog).replaceAll("");
        rest = rest.stripTrailing();
        if (UNFINISHED_END_TAG.matcher(rest).find()) {
            rest = rest + ">"; // the last end tag lost only its '>'
        }
        return new Cleaned(prolog.strip() + rest, rootName);
    }

    /** Index of the first element start tag after comments, processing instructions and DOCTYPE. */
    private static int rootStart(String text) {
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                return -1;
            }
            if (text.startsWith("<!--", lt)) {
                int end = text.indexOf("-->", lt + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else if (text.startsWith("<?", lt)) {
                int end = text.indexOf("?>", lt + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (text.regionMatches(true, lt, "<!DOCTYPE", 0, 9)) {
                Matcher m = DOCTYPE.matcher(text).region(lt, text.length());
                if (!m.lookingAt()) {
                    return -1;
                }
                i = m.end();
            } else if (isNameStart(text.charAt(lt + 1))) {
                return lt;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static String localName(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private static String describeStart(String text) {
        String head = text.substring(0, Math.min(text.length(), 40)).replaceAll("\\s+", " ");
        boolean printable = head.chars().allMatch(c -> c >= 0x20 && c < 0x7f || Character.isLetterOrDigit(c));
        return printable ? "starts with '" + head + "'" : "starts with binary or unreadable bytes";
    }
}
