package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsaggregator.app.presentation.HtmlReportRenderer;
import io.newsaggregator.app.presentation.ReportSamples;
import io.newsaggregator.app.browser.HeadlessChromium;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.report.ReportData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered report in a real headless Chromium at desktop and phone widths, light and dark:
 * the page never scrolls sideways, every chart draws its data, the colour scheme follows the
 * system's, and the console stays clean. Skipped where the Debian chromium packages are missing.
 */
class ReportInBrowserIT {
    /** Lists what sticks out past the viewport, outside the wrappers that scroll on purpose. */
    private static final String OVERFLOWING = """
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.chart-wrap, .table-wrap'))
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right));
            """;
    /** Per chart: its id and how many data marks (bars, dots) are drawn with a visible size. */
    private static final String CHART_MARKS = """
            return [...document.querySelectorAll('svg.chart')].map(svg => {
                const box = svg.getBoundingClientRect();
                const marks = [...svg.querySelectorAll('rect[data-value], circle')]
                    .filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length;
                return svg.id + ':' + (box.width > 0 && box.height > 0 ? marks : 0);
            });
            """;
    private static final String BACKGROUND_LUMINANCE = """
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
            return Math.round((0.2126 * r + 0.7152 * g + 0.0722 * b) / 2.55);
            """;

    @TempDir
    static Path dir;
    private static HeadlessChromium browser;
    private static Path full;
    private static Path empty;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(HeadlessChromium.available(), "needs the Debian packages chromium and chromium-driver");
        HtmlReportRenderer renderer = new HtmlReportRenderer();
        full = Files.writeString(dir.resolve("report.html"), renderer.render(ReportSamples.acrossNewYear()));
        empty = Files.writeString(dir.resolve("empty.html"), renderer.render(ReportData.empty(
                Instant.parse("2026-01-11T23:30:00Z"), ReportSamples.FROM, ReportSamples.TO, TimeBasis.FIRST_SEEN)));
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<Arguments> views() {
        return Stream.of(1400, 400, 360).flatMap(width -> Stream.of(Arguments.of(width, false), Arguments.of(width, true)));
    }

    @ParameterizedTest(name = "{0} px, dark {1}")
    @MethodSource("views")
    void aFullReportFitsTheWidthDrawsEveryChartAndFollowsTheColourScheme(int width, boolean dark) {
        browser.open(full, width, dark);

        // a phone widens its layout viewport to overflowing content, so the width asked for is the limit
        assertThat(browser.number("return document.documentElement.scrollWidth"))
                .as("page width at %d px; sticking out: %s", width, browser.script(OVERFLOWING))
                .isLessThanOrEqualTo(width);
        assertThat(browser.number("return window.innerWidth")).isEqualTo(width);
        @SuppressWarnings("unchecked")
        List<String> charts = (List<String>) browser.script(CHART_MARKS);
        ReportData data = ReportSamples.acrossNewYear();
        assertThat(charts).hasSize(2 + data.topStories().size());
        assertThat(charts).as("drawn marks per chart").allSatisfy(chart -> assertThat(chart).doesNotEndWith(":0"));
        assertThat(charts).contains("rising-terms-chart:" + data.risingTerms().size());
        assertThat(browser.number(BACKGROUND_LUMINANCE)).as("background luminance in %%")
                .isBetween(dark ? 0L : 80L, dark ? 20L : 100L);
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} px, dark {1}")
    @MethodSource("views")
    void anEmptyReportFitsTheWidthAndSaysWhatIsMissing(int width, boolean dark) {
        browser.open(empty, width, dark);

        assertThat(browser.number("return document.documentElement.scrollWidth"))
                .as("sticking out: %s", browser.script(OVERFLOWING))
                .isLessThanOrEqualTo(width);
        assertThat(browser.number("return window.innerWidth")).isEqualTo(width);
        assertThat(browser.number("return document.querySelectorAll('svg.chart').length")).isZero();
        assertThat(browser.number("return document.querySelectorAll('section p.empty').length")).isEqualTo(4);
        assertThat(browser.consoleProblems()).isEmpty();
    }
}
