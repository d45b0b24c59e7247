package io.newsaggregator.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The app's logging set-up, found by logback as a service: results go to stdout, logging goes to
 * stderr, WARN unless the user asks for more ({@link Logging}). Configured in code because reading
 * the same few lines from {@code logback.xml} loaded logback's whole XML configuration machinery,
 * a large part of the start-up of a short command. A configuration file named with
 * {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} on the class path, still wins.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    static final String APPENDER = "STDERR";
    static final String BRIEF = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n%nopex";
    static final String[] NOISY = {"org.hibernate", "com.zaxxer.hikari", "io.zonky", "org.flywaydb"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || ConsoleLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        install(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void install(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(BRIEF);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        for (String noisy : NOISY) {
            context.getLogger(noisy).setLevel(Level.WARN);
        }
    }
}
