package io.newsaggregator.app.presentation;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis from zero to a round maximum with round tick steps (1, 2, 2.5, 5 times a power of ten),
 * so labels read 0, 50, 100 rather than 0, 47.3, 94.6.
 */
record NiceScale(double max, double step) {

    static NiceScale upTo(double dataMax, int targetTicks, boolean integers) {
        if (!(dataMax > 0)) {
            return new NiceScale(integers ? 4 : 1, integers ? 1 : 0.25);
        }
        double rawStep = dataMax / Math.max(1, targetTicks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rawStep)));
        double step = magnitude * 10;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= rawStep) {
                step = factor * magnitude;
                break;
            }
        }
        if (integers) {
            step = Math.max(1, Math.ceil(step));
        }
        double max = Math.ceil(dataMax / step - 1e-9) * step;
        return new NiceScale(max, step);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round(max / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    String label(double tick) {
        if (tick == Math.rint(tick)) {
            return Fmt.count((long) tick);
        }
        return Fmt.decimal(tick, step < 0.1 ? 2 : 1);
    }
}
