package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;
import io.newsaggregator.domain.report.Totals;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReportRendererTest {
    private static final String MALICIOUS = "<script>alert(1)</script>";
    private static final LocalDate FROM = LocalDate.of(2026, 11, 18);
    private static final LocalDate TO = LocalDate.of(2026, 11, 24);
    private static final Instant GENERATED = Instant.parse("2026-11-24T22:00:00Z");

    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    /** Three portals over seven days; "gamma" publishes nothing on the first day. */
    static ReportData sample() {
        List<PortalDayCount> perDay = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            perDay.add(new PortalDayCount("alpha", FROM.plusDays(day), 10 + day));
            perDay.add(new PortalDayCount("beta", FROM.plusDays(day), 5));
            if (day > 0) {
                perDay.add(new PortalDayCount("gamma", FROM.plusDays(day), 2));
            }
        }
        List<RisingTerm> rising = List.of(
                RisingTerm.acrossPortals("ceasefire", 312, 41.5, 18.4),
                new RisingTerm("Bundestag", "beta", 44, 6.1, 11.2),
                RisingTerm.acrossPortals("storm", 76, 3.0, 8.1),
                RisingTerm.acrossPortals(MALICIOUS, 12, 1.0, 3.3));
        Instant first = Instant.parse("2026-11-24T05:40:00Z");
        StorySummary ceasefire = new StorySummary("s-1", "Ceasefire agreed " + MALICIOUS, List.of("ceasefire", "Cairo"),
                "alpha", first, 9, List.of(
                        new StoryCoverage("alpha", 4, first),
                        new StoryCoverage("beta", 3, first.plusSeconds(22 * 60)),
                        new StoryCoverage("gamma", 2, first.plusSeconds(3 * 3600 + 5 * 60))));
        StorySummary rates = new StorySummary("s-2", "Rates cut by a quarter point", List.of("interest rate"),
                "beta", first.plusSeconds(6 * 3600), 5, List.of(
                        new StoryCoverage("beta", 3, first.plusSeconds(6 * 3600)),
                        new StoryCoverage("alpha", 2, first.plusSeconds(7 * 3600))));
        List<PortalProfile> profiles = List.of(
                new PortalProfile("alpha", "Alpha News", 91, 642.4, Map.of("en", 90L, "de", 1L), List.of("ceasefire talks", "budget"), 12),
                new PortalProfile("beta", "Beta Zeitung", 35, 511.0, Map.of("de", 35L), List.of("Bundestag"), 7),
                new PortalProfile("gamma", "Gamma " + MALICIOUS, 12, 380.0, Map.of("fr", 12L), List.of(), 3));
        return new ReportData(GENERATED, FROM, TO, TimeBasis.FIRST_SEEN, new Totals(138, 3, 2, 14, 5), perDay, rising, List.of(ceasefire, rates), profiles);
    }

    private Document renderSample() {
        return Jsoup.parse(renderer.render(sample()));
    }

    @Test
    void rendersAWellFormedHtml5PageWithTheFourSections() {
        String page = renderer.render(sample());
        Document doc = Jsoup.parse(page);

        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(doc.title()).isEqualTo("News report 18 Nov 2026 \u2013 24 Nov 2026");
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        assertThat(doc.select("section > h2").eachText())
                .containsExactly("Articles per portal per day", "Rising terms", "Top stories", "Portal comparison");
        assertThat(doc.select("section[id]").eachAttr("id"))
                .containsExactly("articles-per-day", "rising-terms", "top-stories", "portal-comparison");
    }

    @Test
    void markupIsBalancedSoAStrictXmlParserFindsNoErrors() {
        Parser xml = Parser.xmlParser().setTrackErrors(50);
        String body = renderer.render(sample()).replaceFirst("(?s)^<!DOCTYPE html>\\s*", "")
                .replace("<meta charset=\"utf-8\">", "").replaceAll("<meta [^>]*>", "");
        Jsoup.parse(body, "", xml);

        assertThat(xml.getErrors()).isEmpty();
    }

    @Test
    void headerShowsPeriodAndTotalsAsBigNumbers() {
        Document doc = renderSample();

        assertThat(doc.select("header .period").text()).contains("18 Nov 2026 \u2013 24 Nov 2026", "7 days", "24 Nov 2026, 22:00 UTC");
        assertThat(doc.select("[data-total=articles] .num").text()).isEqualTo("138");
        assertThat(doc.select("[data-total=portals] .num").text()).isEqualTo("3");
        assertThat(doc.select("[data-total=stories] .num").text()).isEqualTo("2");
        assertThat(doc.select("[data-total=ingest-runs] .num").text()).isEqualTo("14");
        assertThat(doc.select("[data-total=failed-fetches] .num").text()).isEqualTo("5");
    }

    @Test
    void articlesPerDayChartStacksOneBarPerPortalAndDay() {
        Element section = renderSample().getElementById("articles-per-day");
        Element svg = section.selectFirst("svg");

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).startsWith("Articles per day");
        assertThat(svg.select("g.series")).hasSize(3);
        assertThat(svg.select("g.series").eachAttr("data-series")).containsExactly("alpha", "beta", "gamma");
        assertThat(svg.select("g.series[data-series=alpha] rect")).hasSize(7);
        assertThat(svg.select("g.series[data-series=gamma] rect")).hasSize(6);
        assertThat(svg.select("g.series[data-series=alpha] rect").last().attr("data-value")).isEqualTo("16");
        assertThat(svg.select("g.axis.x text")).hasSize(7);
        assertThat(svg.select("g.axis.y text").eachText()).contains("0", "articles");
        assertThat(svg.select("g.totals text").eachText()).containsExactly("15", "18", "19", "20", "21", "22", "23");
        assertThat(section.select("ul.legend li").eachText()).containsExactly("Alpha News", "Beta Zeitung", "Gamma " + MALICIOUS);
    }

    @Test
    void articlesPerDayTableHoldsEveryNumberWithTotals() {
        Element table = renderSample().getElementById("articles-per-day").selectFirst("details table");

        assertThat(table.select("thead th")).hasSize(1 + 7 + 1);
        assertThat(table.select("tr[data-series=alpha] td").eachText()).containsExactly("10", "11", "12", "13", "14", "15", "16", "91");
        assertThat(table.select("tr[data-series=gamma] td").eachText()).containsExactly("0", "2", "2", "2", "2", "2", "2", "12");
        assertThat(table.select("tfoot td").last().text()).isEqualTo("138");
    }

    @Test
    void risingTermsChartHasOneBarPerTermRankedByScoreAndATable() {
        Element section = renderSample().getElementById("rising-terms");
        Element svg = section.selectFirst("svg");

        assertThat(svg.selectFirst("title").text()).isEqualTo("Rising terms by score");
        assertThat(svg.select("g.bar rect")).hasSize(4);
        assertThat(svg.select("g.bar text.value").eachText()).containsExactly("18.4", "11.2", "8.1", "3.3");
        assertThat(svg.select("g.bar text.label").get(1).text()).isEqualTo("Bundestag \u00b7 Beta Zeitung");
        Elements rows = section.select("table tbody tr");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).select("th, td").eachText()).containsExactly("ceasefire", "all portals", "312", "41.5", "18.4");
        assertThat(rows.get(1).select("th, td").eachText()).containsExactly("Bundestag", "Beta Zeitung", "44", "6.1", "11.2");
    }

    @Test
    void topStoriesShowFirstSeenPortalTermsAndACoverageDotPerPortal() {
        Elements stories = renderSample().select("#top-stories li.story");

        assertThat(stories).hasSize(2);
        Element first = stories.get(0);
        assertThat(first.selectFirst("h3").text()).isEqualTo("Ceasefire agreed " + MALICIOUS);
        assertThat(first.select(".meta").text())
                .isEqualTo("9 articles from 3 portals \u00b7 first seen on Alpha News at 24 Nov 05:40 UTC");
        assertThat(first.select("ul.terms li").eachText()).containsExactly("ceasefire", "Cairo");
        Element svg = first.selectFirst("svg");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("story-1-coverage-title");
        assertThat(svg.select("g.coverage circle")).hasSize(3);
        assertThat(svg.select("g.coverage").eachAttr("data-series")).containsExactly("alpha", "beta", "gamma");
        assertThat(svg.select("g.coverage text.value").eachText()).containsExactly("4 \u00b7 +0 min", "3 \u00b7 +22 min", "2 \u00b7 +3 h 05 min");
        assertThat(stories.get(1).select("svg g.coverage circle")).hasSize(2);
    }

    @Test
    void portalComparisonListsEachPortalWithBarsLanguagesAndPhrases() {
        Element table = renderSample().selectFirst("#portal-comparison table");
        Elements rows = table.select("tbody tr");

        assertThat(rows.eachAttr("data-portal")).containsExactly("alpha", "beta", "gamma");
        assertThat(rows.get(0).select("th, td").eachText())
                .containsExactly("Alpha News", "91", "642", "en 99%, de 1%", "12", "ceasefire talks, budget");
        assertThat(rows.get(1).select("td").get(2).text()).isEqualTo("de 100%");
        assertThat(rows.get(0).select(".minibar span").first().attr("style")).startsWith("width:100%");
        assertThat(rows.get(2).select(".minibar span").first().attr("style")).startsWith("width:13.2%");
    }

    @Test
    void everyChartIsAnSvgWithAnAccessibleTitle() {
        Elements charts = renderSample().select("svg");

        assertThat(charts).hasSize(4);
        for (Element svg : charts) {
            String titleId = svg.attr("aria-labelledby");
            assertThat(titleId).isNotEmpty();
            assertThat(svg.getElementById(titleId)).isNotNull();
            assertThat(svg.getElementById(titleId).tagName()).isEqualTo("title");
        }
    }

    @Test
    void textFromTheWebIsEscapedAndNoScriptElementExists() {
        String page = renderer.render(sample());
        Document doc = Jsoup.parse(page);

        assertThat(doc.select("script")).isEmpty();
        assertThat(page).doesNotContain(MALICIOUS).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(doc.select("#rising-terms tbody th").eachText()).contains(MALICIOUS);
        assertThat(doc.select("#portal-comparison tbody th").eachText()).contains("Gamma " + MALICIOUS);
    }

    @Test
    void referencesNoExternalResource() {
        Document doc = renderSample();

        assertThat(doc.select("script, link, img, iframe, object, embed, use")).isEmpty();
        for (Element element : doc.select("[src], [href]")) {
            assertThat(element.attr("href") + element.attr("src")).startsWith("#");
        }
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
    }

    @Test
    void emptyDataRendersAFriendlyLineInEverySection() {
        Document doc = Jsoup.parse(renderer.render(ReportData.empty(GENERATED, FROM, TO, TimeBasis.FIRST_SEEN)));

        assertThat(doc.select("section")).hasSize(4);
        assertThat(doc.select("section p.empty")).hasSize(4);
        assertThat(doc.select("section p.empty").eachText()).allMatch(text -> text.startsWith("No data yet"));
        assertThat(doc.select("svg")).isEmpty();
        assertThat(doc.select("[data-total=articles] .num").text()).isEqualTo("0");
    }

    @Test
    void periodWithOnlyZeroCountsIsTreatedAsEmpty() {
        ReportData zeros = new ReportData(GENERATED, FROM, TO, TimeBasis.FIRST_SEEN, Totals.ZERO,
                List.of(new PortalDayCount("alpha", FROM, 0)), List.of(), List.of(), List.of());

        Element section = Jsoup.parse(renderer.render(zeros)).getElementById("articles-per-day");

        assertThat(section.select("p.empty")).hasSize(1);
        assertThat(section.select("svg")).isEmpty();
    }

    @Test
    void countsOutsideThePeriodAreLeftOut() {
        ReportData data = new ReportData(GENERATED, FROM, FROM.plusDays(1), TimeBasis.FIRST_SEEN, Totals.ZERO,
                List.of(new PortalDayCount("alpha", FROM, 3), new PortalDayCount("alpha", FROM.minusDays(1), 50),
                        new PortalDayCount("alpha", FROM.plusDays(2), 70)),
                List.of(), List.of(), List.of());

        Element table = Jsoup.parse(renderer.render(data)).selectFirst("#articles-per-day details table");

        assertThat(table.select("tr[data-series=alpha] td").eachText()).containsExactly("3", "0", "3");
    }

    @Test
    void longPeriodThinsOutDayLabelsAndDropsBarTotals() {
        LocalDate from = TO.minusDays(89);
        List<PortalDayCount> counts = new ArrayList<>();
        for (int day = 0; day < 90; day++) {
            counts.add(new PortalDayCount("alpha", from.plusDays(day), 100 + day));
        }
        ReportData data = new ReportData(GENERATED, from, TO, TimeBasis.FIRST_SEEN, Totals.ZERO, counts, List.of(), List.of(), List.of());

        Element svg = Jsoup.parse(renderer.render(data)).selectFirst("#articles-per-day svg");

        assertThat(svg.select("g.series rect")).hasSize(90);
        assertThat(svg.select("g.axis.x text")).hasSizeBetween(6, 12);
        assertThat(svg.select("g.axis.x text").last().text()).isEqualTo("24 Nov");
        assertThat(svg.select("g.totals text")).isEmpty();
    }

    @Test
    void aPeriodAcrossNewYearWritesTheYearOnAxesTooltipsTablesAndStoryLines() {
        Document doc = Jsoup.parse(renderer.render(ReportSamples.acrossNewYear()));

        List<String> axis = doc.select("#articles-per-day-chart .axis.x text").eachText();
        assertThat(axis).allMatch(label -> label.matches(".* 20(25|26)")).hasSizeBetween(5, 9);
        assertThat(doc.select("#articles-per-day-chart rect title").eachText()).contains("BBC News, Wed 31 Dec 2025: 4");
        assertThat(doc.select("#articles-per-day table thead th").eachText()).contains("1 Jan 2026");
        assertThat(doc.select(".story .meta").first().text()).contains("at 31 Dec 2025 21:10 UTC");
        assertThat(doc.select("#story-1-coverage .axis text").eachText()).anyMatch(label -> label.contains("2026"));
        assertThat(doc.select("#story-1-coverage title").eachText()).anyMatch(t -> t.contains("1 Jan 2026"));
    }

    @Test
    void aPeriodWithinOneYearLeavesTheYearOutOfShortLabels() {
        Document doc = renderSample();

        assertThat(doc.select("#articles-per-day-chart .axis.x text").eachText()).noneMatch(label -> label.contains("2026"));
        assertThat(doc.select(".story .meta").first().text()).contains("at 24 Nov 05:40 UTC");
    }

    @Test
    void theHeaderSaysWhichTimeDatesTheArticles() {
        ReportData published = new ReportData(GENERATED, FROM, TO, TimeBasis.PUBLISHED, Totals.ZERO,
                List.of(), List.of(), List.of(), List.of());

        assertThat(renderSample().select(".period").text()).contains("articles by when they were first seen");
        assertThat(Jsoup.parse(renderer.render(published)).select(".period").text()).contains("articles by when they were published");
        assertThat(Jsoup.parse(renderer.render(published)).select("#articles-per-day p.empty").text())
                .isEqualTo("No data yet: no article was published in this period.");
    }

    @Test
    void sameInputRendersIdenticalOutput() {
        assertThat(renderer.render(sample())).isEqualTo(new HtmlReportRenderer().render(sample()));
    }

    @Test
    void writesTheSamePageToAWriter() {
        StringWriter out = new StringWriter();

        renderer.render(sample(), out);

        assertThat(out.toString()).isEqualTo(renderer.render(sample()));
    }

    @Test
    void writerFailureIsReportedWithItsCause() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> renderer.render(sample(), broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
    }
}
