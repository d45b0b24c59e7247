package io.newsaggregator.domain.fake;

import java.util.regex.Pattern;

/**
 * PostgreSQL's LIKE as a regular expression, for the fake and for tests that check the database
 * against it: case-sensitive, {@code %} any run, {@code _} any one character, a backslash takes the
 * next character literally (a trailing one stands for itself; PostgreSQL refuses it).
 */
public final class LikePatterns {
    private LikePatterns() {
    }

    public static Pattern regex(String like) {
        StringBuilder regex = new StringBuilder();
        int[] points = like.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int cp = points[i];
            if (cp == '\\' && i + 1 < points.length) {
                regex.append(Pattern.quote(Character.toString(points[++i])));
            } else if (cp == '%') {
                regex.append(".*");
            } else if (cp == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(Character.toString(cp)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
