package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.report.ReportData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One table row per portal, with small bars so the big and the wordy portals stand out. */
final class PortalComparisonSection {
    static final String ID = "portal-comparison";
    private static final int MAX_LANGUAGES = 3;
    private static final int MAX_KEYPHRASES = 5;

    void write(Html html, ReportData data, PortalDirectory portals) {
        Sections.open(html, ID, "Portal comparison", null);
        if (data.portals().isEmpty()) {
            Sections.noData(html, "no portal has articles in this period.");
            Sections.close(html);
            return;
        }
        List<PortalProfile> profiles = new ArrayList<>(data.portals());
        profiles.sort(Comparator.comparingLong(PortalProfile::articles).reversed().thenComparing(PortalProfile::code));
        long maxArticles = profiles.stream().mapToLong(PortalProfile::articles).max().orElse(0);
        double maxWords = profiles.stream().mapToDouble(PortalProfile::avgWords).max().orElse(0);

        html.open("div", "class", "table-wrap").open("table", "class", "data comparison");
        html.element("caption", "Articles, length, languages and key phrases per portal");
        html.open("thead").open("tr");
        html.element("th", "Portal", "scope", "col");
        html.element("th", "Articles", "scope", "col", "class", "num");
        html.element("th", "Avg words", "scope", "col", "class", "num");
        html.element("th", "Languages", "scope", "col");
        html.element("th", "Sections", "scope", "col", "class", "num");
        html.element("th", "Top key phrases", "scope", "col");
        html.close("tr").close("thead").open("tbody");
        for (PortalProfile profile : profiles) {
            String colour = portals.colour(profile.code());
            html.open("tr", "data-portal", profile.code());
            html.open("th", "scope", "row");
            Sections.swatch(html, colour);
            html.text(portals.name(profile.code())).close("th");
            barCell(html, Fmt.count(profile.articles()), fraction(profile.articles(), maxArticles), colour);
            barCell(html, Fmt.decimal(profile.avgWords(), 0), fraction(profile.avgWords(), maxWords), colour);
            html.element("td", languages(profile), "class", "languages");
            Sections.numberCell(html, Fmt.count(profile.sectionsCount()));
            html.element("td", String.join(", ",
                    profile.topKeyphrases().subList(0, Math.min(MAX_KEYPHRASES, profile.topKeyphrases().size()))),
                    "class", "phrases");
            html.close("tr");
        }
        html.close("tbody").close("table").close("div").newline();
        Sections.close(html);
    }

    private static void barCell(Html html, String text, double fraction, String colour) {
        html.open("td", "class", "num bar-cell");
        html.element("span", text, "class", "value");
        Sections.bar(html, fraction, colour);
        html.close("td");
    }

    private static double fraction(double value, double max) {
        return max <= 0 ? 0 : value / max;
    }

    /** "de 92%, en 8%": most frequent first, ties by code, so the text never depends on map order. */
    private static String languages(PortalProfile profile) {
        long total = profile.languages().values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "\u2013";
        }
        List<Map.Entry<String, Long>> entries = new ArrayList<>(profile.languages().entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> entry : entries.subList(0, Math.min(MAX_LANGUAGES, entries.size()))) {
            parts.add(entry.getKey() + " " + Fmt.percent(entry.getValue(), total));
        }
        if (entries.size() > MAX_LANGUAGES) {
            parts.add("+" + (entries.size() - MAX_LANGUAGES) + " more");
        }
        return String.join(", ", parts);
    }
}
