package io.newsaggregator.app.presentation;

import java.util.List;

/**
 * Twenty colours: the Tableau 10 set, then ten more each chosen greedily to lie as far as
 * possible (in RGB) from those already taken, so no two are closer than about 55 units.
 * Beyond twenty portals the colours repeat.
 */
final class Palette {
    static final List<String> COLOURS = List.of(
            "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1",
            "#edc948", "#76b7b2", "#ff9da7", "#9c755f", "#bab0ac",
            "#00a2ff", "#922b21", "#00b3a1", "#393b79", "#c85200",
            "#e7298a", "#7b4173", "#bcbd22", "#8cd17d", "#1170aa");

    private Palette() {
    }

    static String colour(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        return COLOURS.get(index % COLOURS.size());
    }
}
