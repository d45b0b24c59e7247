package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.RisingTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rising terms as bars of their score, then a table of today's count against the baseline. */
final class RisingTermsSection {
    static final String ID = "rising-terms";
    private static final int MAX_BARS = 20;

    void write(Html html, ReportData data, PortalDirectory portals) {
        Sections.open(html, ID, "Rising terms",
                "Terms used on " + Fmt.longDay(data.to()) + " more often than their usual daily level, counting"
                        + " articles on their publication day. Grey bars count all portals; coloured bars one portal.");
        if (data.risingTerms().isEmpty()) {
            Sections.noData(html, "no term rose above its usual level on " + Fmt.longDay(data.to())
                    + ". Rising terms count articles on the day they were published, so a day with no analysed"
                    + " article published on it has none.");
            Sections.close(html);
            return;
        }
        List<RisingTerm> terms = new ArrayList<>(data.risingTerms());
        terms.sort(Comparator.comparingDouble(RisingTerm::score).reversed()
                .thenComparing(RisingTerm::term)
                .thenComparing(term -> term.portal() == null ? "" : term.portal()));
        List<SvgHorizontalBarChart.Bar> bars = new ArrayList<>();
        for (RisingTerm term : terms.subList(0, Math.min(MAX_BARS, terms.size()))) {
            String detail = term.portal() == null ? "" : portals.name(term.portal());
            String colour = term.portal() == null ? null : portals.colour(term.portal());
            bars.add(new SvgHorizontalBarChart.Bar(term.term(), detail, term.score(), Fmt.decimal(term.score(), 1), colour));
        }
        Sections.chart(html, new SvgHorizontalBarChart(ID + "-chart", "Rising terms by score").render(bars));
        table(html, terms, portals);
        Sections.close(html);
    }

    private static void table(Html html, List<RisingTerm> terms, PortalDirectory portals) {
        html.open("div", "class", "table-wrap").open("table", "class", "data");
        html.element("caption", "Today's count against the baseline");
        html.open("thead").open("tr");
        html.element("th", "Term", "scope", "col").element("th", "Portal", "scope", "col");
        html.element("th", "Today", "scope", "col", "class", "num").element("th", "Baseline / day", "scope", "col", "class", "num");
        html.element("th", "Score", "scope", "col", "class", "num");
        html.close("tr").close("thead").open("tbody");
        for (RisingTerm term : terms) {
            html.open("tr").element("th", term.term(), "scope", "row");
            html.element("td", term.portal() == null ? "all portals" : portals.name(term.portal()));
            Sections.numberCell(html, Fmt.count(term.todayCount()));
            Sections.numberCell(html, Fmt.decimal(term.baselineMean(), 1));
            Sections.numberCell(html, Fmt.decimal(term.score(), 1));
            html.close("tr");
        }
        html.close("tbody").close("table").close("div").newline();
    }
}
