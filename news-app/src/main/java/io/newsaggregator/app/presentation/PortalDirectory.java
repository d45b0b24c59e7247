package io.newsaggregator.app.presentation;

import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Display name and colour of every portal code a report mentions. Colours follow the sorted
 * codes, so a portal keeps its colour across every chart of the page.
 */
final class PortalDirectory {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> colours = new HashMap<>();

    PortalDirectory(ReportData data) {
        TreeSet<String> codes = new TreeSet<>();
        for (PortalProfile profile : data.portals()) {
            codes.add(profile.code());
            if (!profile.name().isBlank()) {
                names.putIfAbsent(profile.code(), profile.name());
            }
        }
        data.articlesPerDay().stream().map(PortalDayCount::portal).forEach(codes::add);
        data.risingTerms().stream().map(RisingTerm::portal).filter(Objects::nonNull).forEach(codes::add);
        for (StorySummary story : data.topStories()) {
            codes.add(story.firstSeenPortal());
            story.coverage().stream().map(StoryCoverage::portal).forEach(codes::add);
        }
        List<String> sorted = List.copyOf(codes);
        for (int i = 0; i < sorted.size(); i++) {
            colours.put(sorted.get(i), Palette.colour(i));
        }
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }

    String colour(String code) {
        return colours.getOrDefault(code, Palette.colour(0));
    }
}
