package io.newsaggregator.app;

import io.newsaggregator.app.pipes.DagsterPipes;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --dagster-pipes}: run a command as a Dagster Pipes external process. */
final class PipesOption {
    @Option(names = "--dagster-pipes",
            description = "Run as a Dagster Pipes external process: read DAGSTER_PIPES_CONTEXT and DAGSTER_PIPES_MESSAGES and "
                    + "report the run's counts as asset materialisation metadata (see docs/dagster.md).")
    boolean enabled;

    /**
     * Runs the work; with {@code --dagster-pipes} inside a Pipes session that reports its result
     * as a materialisation of the context's asset (or {@code defaultAsset}), or its failure.
     */
    <T> T run(String defaultAsset, PrintWriter out, PrintWriter err, Supplier<T> work, Function<T, Map<String, ?>> metadata) {
        if (!enabled) {
            return work.get();
        }
        DagsterPipes pipes = DagsterPipes.open(System.getenv(), out, err);
        try {
            String asset = pipes.assetKey(defaultAsset);
            T result = work.get();
            pipes.reportMaterialization(asset, metadata.apply(result));
            pipes.close(null);
            return result;
        } catch (RuntimeException e) {
            pipes.close(e);
            throw e;
        }
    }
}
