package io.newsaggregator.ingest.extract;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Host comparisons: which site a URL belongs to, without a public-suffix list. */
final class Sites {
    private static final Set<String> PUBLIC_SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "edu", "ac", "or",
            "ne", "go", "gob", "gouv", "nic", "ltd", "plc", "sch", "mil", "nom", "info", "biz", "web", "in");

    private Sites() {
    }

    /** Whether two URLs belong to the same site (www.example.co.uk and m.example.co.uk do). */
    static boolean sameSite(String a, String b) {
        String siteA = site(a);
        return !siteA.isEmpty() && siteA.equals(site(b));
    }

    /** The host label before the top-level domain ("vnexpress" for www.vnexpress.net), or "". */
    static String label(String url) {
        String site = site(url);
        int dot = site.indexOf('.');
        return dot < 0 ? site : site.substring(0, dot);
    }

    /**
     * The last two labels of the host, or three under a country domain whose second level is a
     * generic public one such as {@code co.uk} or {@code com.au}.
     */
    private static String site(String url) {
        String host;
        try {
            host = url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (host == null) {
            return "";
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n < 2) {
            return host.toLowerCase(Locale.ROOT);
        }
        boolean shortSecondLevel = n >= 3 && labels[n - 1].length() == 2 && PUBLIC_SECOND_LEVEL.contains(labels[n - 2]);
        int keep = shortSecondLevel ? 3 : 2;
        return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
    }
}
