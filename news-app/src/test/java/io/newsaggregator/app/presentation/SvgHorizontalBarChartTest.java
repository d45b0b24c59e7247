package io.newsaggregator.app.presentation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgHorizontalBarChartTest {

    @Test
    void shortensLongLabelsButKeepsTheFullTextInTheTooltip() {
        String term = "an unusually long rising phrase that would not fit";
        String portal = "The Extremely Long Portal Name";
        String svg = new SvgHorizontalBarChart("c", "Terms").render(
                List.of(new SvgHorizontalBarChart.Bar(term, portal, 4.0, "4.0", "#4e79a7")));

        Element bar = Jsoup.parse(svg).selectFirst("g.bar");

        assertThat(bar.selectFirst("text.label").text()).hasSizeLessThanOrEqualTo(34).endsWith("\u2026");
        assertThat(bar.selectFirst("title").text()).isEqualTo(term + " (" + portal + "): 4.0");
    }

    @Test
    void scalesTheLongestBarToTheRoundedAxisMaximum() {
        String svg = new SvgHorizontalBarChart("c", "Terms").render(List.of(
                new SvgHorizontalBarChart.Bar("a", "", 20, "20", null),
                new SvgHorizontalBarChart.Bar("b", "", 5, "5", null)));

        List<String> widths = Jsoup.parse(svg).select("g.bar rect").eachAttr("width");

        assertThat(widths).containsExactly("628", "157");
        assertThat(Jsoup.parse(svg).select("g.bar rect").eachAttr("class")).containsOnly("all-portals");
    }
}
