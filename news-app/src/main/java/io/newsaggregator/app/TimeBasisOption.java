package io.newsaggregator.app;

import io.newsaggregator.domain.model.TimeBasis;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --by first-seen|published}: which time of an article places it in a view's period. */
final class TimeBasisOption {
    @Option(names = "--by", paramLabel = "WHEN", defaultValue = "first-seen", converter = Converter.class,
            description = "Date articles by when they were first seen (ingested; like export --since) or by when they"
                    + " were published: first-seen or published (default ${DEFAULT-VALUE}).")
    TimeBasis basis;

    static final class Converter implements ITypeConverter<TimeBasis> {
        @Override
        public TimeBasis convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "first-seen", "first_seen", "seen" -> TimeBasis.FIRST_SEEN;
                case "published" -> TimeBasis.PUBLISHED;
                default -> throw new IllegalArgumentException("--by must be first-seen or published, was '" + value + "'");
            };
        }
    }
}
