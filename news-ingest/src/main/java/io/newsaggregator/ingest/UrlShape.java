package io.newsaggregator.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path of a URL generalised to a template: each segment becomes its kind (a year, a number, an
 * opaque id, a slug) or stays a literal word, so that {@code /news/articles/c4gx0j1z8p9o} and
 * {@code /news/articles/cz7x1q2w3e4r} share the template {@code news/articles/{opaque}}. Host,
 * query and a trailing slash are not part of the shape.
 */
record UrlShape(List<Segment> segments, String extension) {
    /** What a path segment is; only {@link #LITERAL} keeps its value. */
    enum Kind {
        LITERAL, YEAR, DATE, SMALL_NUMBER, NUMBER, OPAQUE, SHORT_SLUG, SLUG, SLUG_WITH_ID;

        /** Kinds that say "one item" by themselves; a template made only of literals and short slugs reads like a section. */
        boolean identifiesAnItem() {
            return this != LITERAL && this != SHORT_SLUG && this != SMALL_NUMBER;
        }
    }

    record Segment(Kind kind, String literal) {
        static Segment of(Kind kind) {
            return new Segment(kind, null);
        }

        /**
         * The segment in a template. Short and long slugs share {@code {slug}}: a portal's titles vary
         * in length, and a short slug alone never makes a link an item (see {@link Kind#identifiesAnItem}).
         */
        @Override
        public String toString() {
            Kind shown = kind == Kind.SHORT_SLUG ? Kind.SLUG : kind;
            return kind == Kind.LITERAL ? literal : "{" + shown.name().toLowerCase(Locale.ROOT) + "}";
        }
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("(19|20)[0-9]{2}-?(0[1-9]|1[0-2])-?(0[1-9]|[12][0-9]|3[01])");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[a-z0-9]{6,}");
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[-_+]+");
    private static final Pattern EXTENSION = Pattern.compile("\\.([a-z]{2,5})$");
    private static final int LONG_SLUG_WORDS = 4;
    private static final int ID_DIGITS = 4;
    private static final int LONG_TOKEN = 16;
    private static final int MAX_TOKEN_SEPARATORS = 2;

    UrlShape {
        segments = List.copyOf(segments);
    }

    /** The shape of an absolute URL's path; empty when it has no parsable path. */
    static Optional<UrlShape> of(String absoluteUrl) {
        String path;
        try {
            path = URI.create(absoluteUrl).getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        List<String> raw = new ArrayList<>();
        for (String s : path.toLowerCase(Locale.ROOT).split("/")) {
            if (!s.isEmpty()) {
                raw.add(s);
            }
        }
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String extension = "";
        String last = raw.get(raw.size() - 1);
        var ext = EXTENSION.matcher(last);
        if (ext.find()) {
            extension = ext.group(1);
            raw.set(raw.size() - 1, last.substring(0, ext.start()));
        }
        List<Segment> segments = new ArrayList<>(raw.size());
        for (String s : raw) {
            segments.add(classify(s));
        }
        return Optional.of(new UrlShape(segments, extension));
    }

    static Segment classify(String segment) {
        if (DATE.matcher(segment).matches() && segment.length() >= 8) {
            return Segment.of(Kind.DATE);
        }
        if (DIGITS.matcher(segment).matches()) {
            if (YEAR.matcher(segment).matches()) {
                return Segment.of(Kind.YEAR);
            }
            return Segment.of(segment.length() < ID_DIGITS ? Kind.SMALL_NUMBER : Kind.NUMBER);
        }
        if (UUID_LIKE.matcher(segment).matches() || ALPHANUMERIC.matcher(segment).matches() && mixesLettersAndDigits(segment)) {
            return Segment.of(Kind.OPAQUE);
        }
        String[] words = WORD_SEPARATORS.split(segment);
        if (words.length <= MAX_TOKEN_SEPARATORS + 1 && Arrays.stream(words).anyMatch(UrlShape::isLongToken)) {
            return Segment.of(Kind.OPAQUE); // base64url and similar tokens: CBMiYWh0dHBz...LW_SAQA
        }
        if (words.length >= 2) {
            String tail = words[words.length - 1];
            if (DIGITS.matcher(tail).matches() && tail.length() >= ID_DIGITS) {
                return Segment.of(Kind.SLUG_WITH_ID);
            }
            return Segment.of(words.length >= LONG_SLUG_WORDS ? Kind.SLUG : Kind.SHORT_SLUG);
        }
        return new Segment(Kind.LITERAL, segment);
    }

    /** True when some segment names one item (an id, a date, a long slug) rather than a section. */
    boolean identifiesAnItem() {
        return segments.stream().anyMatch(s -> s.kind().identifiesAnItem());
    }

    /** This shape with segment {@code index} (a literal) replaced by a wildcard, as a lookup key. */
    String keyWithWildcardAt(int index) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            key.append('/').append(i == index ? "*" : segments.get(i).toString());
        }
        return key.append(extension.isEmpty() ? "" : "." + extension).toString();
    }

    String key() {
        return keyWithWildcardAt(-1);
    }

    @Override
    public String toString() {
        return key();
    }

    private static boolean isLongToken(String word) {
        return word.length() >= LONG_TOKEN && ALPHANUMERIC.matcher(word).matches() && mixesLettersAndDigits(word);
    }

    private static boolean mixesLettersAndDigits(String s) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            } else {
                letters++;
            }
        }
        return digits >= 2 && letters >= 1;
    }
}
