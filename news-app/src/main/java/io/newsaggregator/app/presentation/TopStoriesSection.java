package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One card per story: headline, terms, who saw it first, and a timeline of who followed when. */
final class TopStoriesSection {
    static final String ID = "top-stories";

    void write(Html html, ReportData data, PortalDirectory portals) {
        Sections.open(html, ID, "Top stories", "The stories most portals wrote about in this period, with when each portal picked them up"
                + " (counting only the period's articles).");
        if (data.topStories().isEmpty()) {
            Sections.noData(html, "no story has articles from two or more portals in this period.");
            Sections.close(html);
            return;
        }
        html.open("ol", "class", "stories");
        Dates dates = Dates.of(data);
        int number = 0;
        for (StorySummary story : data.topStories()) {
            number++;
            story(html, story, number, portals, dates);
        }
        html.close("ol");
        Sections.close(html);
    }

    private static void story(Html html, StorySummary story, int number, PortalDirectory portals, Dates dates) {
        html.open("li", "class", "story", "data-story", story.storyId());
        html.element("h3", story.label().isBlank() ? "Story " + story.storyId() : story.label());
        html.open("p", "class", "meta");
        html.element("strong", Fmt.count(story.articleCount()) + (story.articleCount() == 1 ? " article" : " articles"));
        html.text(" from " + story.coverage().size() + (story.coverage().size() == 1 ? " portal" : " portals")
                + " \u00b7 first seen on ");
        html.element("strong", portals.name(story.firstSeenPortal()));
        html.text(" at " + dates.dayTime(story.firstSeenAt()));
        html.close("p");
        if (!story.topTerms().isEmpty()) {
            html.open("ul", "class", "terms", "aria-label", "Top terms");
            for (String term : story.topTerms()) {
                html.element("li", term);
            }
            html.close("ul");
        }
        if (!story.coverage().isEmpty()) {
            Instant start = story.coverage().stream().map(StoryCoverage::firstAt)
                    .min(Instant::compareTo).filter(first -> first.isBefore(story.firstSeenAt())).orElse(story.firstSeenAt());
            List<SvgCoverageTimeline.Row> rows = new ArrayList<>();
            for (StoryCoverage coverage : ordered(story.coverage())) {
                rows.add(new SvgCoverageTimeline.Row(coverage.portal(), portals.name(coverage.portal()),
                        portals.colour(coverage.portal()), coverage.firstAt(), coverage.articleCount()));
            }
            String title = "When each portal first covered story " + number + ": " + Fmt.truncate(story.label(), 80);
            Sections.chart(html, new SvgCoverageTimeline("story-" + number + "-coverage", title, dates).render(start, rows));
        }
        html.close("li").newline();
    }

    private static List<StoryCoverage> ordered(List<StoryCoverage> coverage) {
        List<StoryCoverage> sorted = new ArrayList<>(coverage);
        sorted.sort(Comparator.comparing(StoryCoverage::firstAt).thenComparing(StoryCoverage::portal));
        return sorted;
    }
}
