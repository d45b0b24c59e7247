package io.newsaggregator.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

/**
 * The app, not the library, decides how much is logged: WARN by default, more with --verbose. Stack
 * traces appear only with --verbose; without it a logged failure is its one message line.
 */
final class Logging {
    private static final String FULL = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

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
        for (String noisy : ConsoleLogging.NOISY) {
            ((Logger) LoggerFactory.getLogger(noisy)).setLevel(verbosity >= 2 ? Level.INFO : libraries);
        }
        Appender<ILoggingEvent> appender = root().getAppender(ConsoleLogging.APPENDER);
        if (appender instanceof OutputStreamAppender<ILoggingEvent> stream) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            encoder.setPattern(verbosity > 0 ? FULL : ConsoleLogging.BRIEF);
            encoder.start();
            stream.setEncoder(encoder);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
