package io.newsaggregator.ingest;

import java.util.Locale;

/** The media type and charset parameter of a Content-Type header. Either may be null. */
record ContentType(String mediaType, String charset) {

    static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return new ContentType(null, null);
        }
        String[] parts = header.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = param.substring(eq + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                charset = value.isBlank() ? null : value.strip();
            }
        }
        return new ContentType(mediaType.isEmpty() ? null : mediaType, charset);
    }
}
