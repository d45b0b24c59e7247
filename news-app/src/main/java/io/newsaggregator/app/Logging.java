package io.newsaggregator.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The app, not the library, decides how much is logged: WARN by default, more with --verbose. */
final class Logging {
    private Logging() {
    }

    static void configure(int verbosity) {
        Level level = switch (verbosity) {
            case 0 -> Level.WARN;
            case 1 -> Level.INFO;
            default -> Level.DEBUG;
        };
        root().setLevel(level);
        Level libraries = verbosity >= 3 ? Level.DEBUG : Level.WARN;
        for (String noisy : new String[] {"org.hibernate", "com.zaxxer.hikari", "io.zonky", "org.flywaydb"}) {
            ((Logger) LoggerFactory.getLogger(noisy)).setLevel(verbosity >= 2 ? Level.INFO : libraries);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
