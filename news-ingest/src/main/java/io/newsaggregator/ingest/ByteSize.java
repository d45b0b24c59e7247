package io.newsaggregator.ingest;

/** Formats byte counts for messages: "5 MiB", "512 KiB", "300 bytes". */
final class ByteSize {

    private ByteSize() {
    }

    static String format(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
