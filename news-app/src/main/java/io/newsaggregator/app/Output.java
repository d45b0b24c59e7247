package io.newsaggregator.app;

import java.io.PrintWriter;

/** Prints results: lines for people, or JSON and nothing else for programs. */
final class Output {
    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** A line of text for people; nothing in JSON mode. */
    void line(String format, Object... args) {
        if (!json) {
            out.println(args.length == 0 ? format : String.format(format, args));
            out.flush();
        }
    }

    /** One JSON document on one line (JSON mode only). */
    void json(Object value) {
        if (json) {
            out.println(toJson(value));
            out.flush();
        }
    }

    static String toJson(Object value) {
        return Json.write(value);
    }
}
