package io.newsaggregator.app;

import picocli.CommandLine.Option;

/** How results are printed. */
final class OutputOptions {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (json prints nothing but JSON on stdout).")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
