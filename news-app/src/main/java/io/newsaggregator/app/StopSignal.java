package io.newsaggregator.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT as a request to stop, taken before the JVM starts to shut down: the main
 * thread then stops the work in order, closes the database and ends with its own exit code (0),
 * where a shutdown hook would leave the JVM to exit with 143. Where a signal cannot be handled,
 * the JVM's default (shutdown) stays.
 */
final class StopSignal implements AutoCloseable {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    StopSignal() {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                previous.add(Signal.handle(signal, s -> requested.countDown()));
                signals.add(signal);
            } catch (IllegalArgumentException e) {
                // not on this platform, or the JVM keeps it (-Xrs): the default handling stays
            }
        }
    }

    /** Waits until a stop is requested (or the thread is interrupted). */
    void await() {
        try {
            requested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives the signals back to the handlers they had. */
    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
