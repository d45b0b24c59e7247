package io.newsaggregator.app;

import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.port.in.IngestListener;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows ingest progress on stderr: one redrawn bar on a terminal, plain lines otherwise (so logs
 * and pipes stay readable). Results go to stdout elsewhere.
 */
final class ProgressListener implements IngestListener {
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final int portals;
    private final AtomicInteger portalsDone = new AtomicInteger();
    private final AtomicInteger planned = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    ProgressListener(PrintWriter err, boolean terminal, int portals) {
        this.err = err;
        this.terminal = terminal;
        this.portals = portals;
    }

    @Override
    public void articlesPlanned(String portalCode, int articles) {
        planned.addAndGet(articles);
        if (!terminal) {
            line(portalCode + ": fetching " + articles + " article pages");
        }
        redraw();
    }

    @Override
    public void articleDone(String portalCode, String url, boolean articleFailed) {
        done.incrementAndGet();
        if (articleFailed) {
            failed.incrementAndGet();
        }
        redraw();
    }

    @Override
    public void portalFinished(String portalCode, IngestCounts counts, String failure) {
        portalsDone.incrementAndGet();
        if (!terminal) {
            line(failure != null ? portalCode + ": failed: " + failure
                    : String.format("%s: %d new, %d updated, %d unchanged, %d failed; sources %d ok, %d not modified, %d failed",
                    portalCode, counts.articlesNew(), counts.articlesUpdated(), counts.articlesUnchanged(),
                    counts.articlesFailed(), counts.sourcesOk(), counts.sourcesNotModified(), counts.sourcesFailed()));
        }
        redraw();
    }

    /** Clears the bar so the summary starts on a clean line. */
    void finish() {
        if (terminal) {
            synchronized (err) {
                err.print("\r" + " ".repeat(100) + "\r");
                err.flush();
            }
        }
    }

    private void redraw() {
        if (!terminal) {
            return;
        }
        int total = Math.max(1, planned.get());
        int finished = done.get();
        int filled = Math.min(BAR_WIDTH, finished * BAR_WIDTH / total);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        synchronized (err) {
            err.printf("\r[%s] %d/%d articles, %d failed, portals %d/%d ", bar, finished, planned.get(), failed.get(),
                    portalsDone.get(), portals);
            err.flush();
        }
    }

    private void line(String text) {
        synchronized (err) {
            err.println(text);
            err.flush();
        }
    }
}
