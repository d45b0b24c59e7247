package io.newsaggregator.app;

import picocli.CommandLine.Option;

/** How much is logged on stderr: WARN by default, more per -v. */
final class VerbosityOption {
    @Option(names = {"-v", "--verbose"}, description = "More logging on stderr (repeat for more).")
    boolean[] verbose = new boolean[0];

    void apply() {
        Logging.configure(verbose.length);
    }
}
