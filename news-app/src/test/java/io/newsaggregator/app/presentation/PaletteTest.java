package io.newsaggregator.app.presentation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteTest {

    @Test
    void givesTwentyDistinctColours() {
        Set<String> colours = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            colours.add(Palette.colour(i));
        }

        assertThat(colours).hasSize(20);
    }

    @Test
    void coloursDifferClearlyFromEachOther() {
        List<String> colours = Palette.COLOURS;
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                assertThat(distance(colours.get(i), colours.get(j)))
                        .as("%s vs %s", colours.get(i), colours.get(j))
                        .isGreaterThan(50);
            }
        }
    }

    @Test
    void repeatsAfterTwenty() {
        assertThat(Palette.colour(20)).isEqualTo(Palette.colour(0));
    }

    private static double distance(String a, String b) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        double dr = x[0] - y[0];
        double dg = x[1] - y[1];
        double db = x[2] - y[2];
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {value >> 16, (value >> 8) & 0xff, value & 0xff};
    }
}
