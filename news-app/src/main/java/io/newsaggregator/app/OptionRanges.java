package io.newsaggregator.app;

import java.time.Duration;

/** Checks a count or duration option against its sane range; the message names the option and the range. */
final class OptionRanges {
    private OptionRanges() {
    }

    static int count(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new UsageException(option + " " + value + " is out of range: give a number from " + min + " to " + max);
        }
        return value;
    }

    static Duration duration(String option, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new UsageException(option + " " + value + " is out of range: give an ISO-8601 duration from "
                    + min + " to " + max);
        }
        return value;
    }
}
