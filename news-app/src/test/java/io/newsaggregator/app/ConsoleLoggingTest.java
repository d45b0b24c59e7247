package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class ConsoleLoggingTest {
    @Test
    void logsWarningsToStderrInOneLineWithoutStackTraces() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging.install(context);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        Appender<ILoggingEvent> appender = root.getAppender(ConsoleLogging.APPENDER);
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
        assertThat(console.isStarted()).isTrue();
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).endsWith("%nopex");
        for (String noisy : ConsoleLogging.NOISY) {
            assertThat(context.getLogger(noisy).getLevel()).isEqualTo(Level.WARN);
        }
    }

    @Test
    void logbackFindsItAsAService() throws Exception {
        try (InputStream service = ConsoleLogging.class.getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(service).isNotNull();
            assertThat(new String(service.readAllBytes(), StandardCharsets.UTF_8).trim())
                    .isEqualTo(ConsoleLogging.class.getName());
        }
    }
}
