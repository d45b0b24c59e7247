package io.newsaggregator.app;

import picocli.CommandLine.Option;

/** How results are printed and how much is logged. */
final class OutputOptions {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (json prints nothing but JSON on stdout).")
    Format format;

    @Option(names = {"-v", "--verbose"}, description = "More logging on stderr (repeat for more).")
    boolean[] verbose = new boolean[0];

    boolean json() {
        return format == Format.json;
    }
}
