package io.newsaggregator.app.bench;

import io.newsaggregator.app.presentation.HtmlReportRenderer;
import io.newsaggregator.app.presentation.ReportSamples;
import io.newsaggregator.app.browser.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Full-page screenshots of a report in headless Chromium at 1400 and 400 px, light and dark, for a
 * person to look at: {@code ReportScreenshots OUT_DIR PREFIX [REPORT.html]} writes
 * {@code PREFIX-1400-light.png} and so on; without a file it renders {@link ReportSamples#acrossNewYear()}.
 */
public final class ReportScreenshots {
    private ReportScreenshots() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ReportScreenshots OUT_DIR PREFIX [REPORT.html]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Path page = args.length > 2 ? Path.of(args[2]).toAbsolutePath()
                : Files.writeString(Files.createTempFile("report", ".html"),
                        new HtmlReportRenderer().render(ReportSamples.acrossNewYear()));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (int width : new int[] {1400, 400}) {
                for (boolean dark : new boolean[] {false, true}) {
                    browser.open(page, width, dark);
                    Path png = out.resolve(args[1] + "-" + width + "-" + (dark ? "dark" : "light") + ".png");
                    browser.screenshot(png);
                    System.out.printf("%s: page %d px wide at %d px%n", png, browser.number(
                            "return document.documentElement.scrollWidth"), width);
                }
            }
        }
    }
}
