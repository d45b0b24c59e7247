package io.newsaggregator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns charset labels found in headers and documents into Java charsets, the way browsers do. */
final class CharsetNames {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Labels browsers decode as windows-1252 (WHATWG Encoding), because that is what such pages hold. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of(
            "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
            "ansi_x3.4-1968", "cp1252", "cp819", "ibm819", "windows-1252", "x-cp1252", "iso-ir-100", "csisolatin1");

    private CharsetNames() {
    }

    static Optional<Charset> resolve(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String name = label.strip();
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'"))) {
            name = name.substring(1, name.length() - 1).strip();
        }
        name = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (WINDOWS_1252_LABELS.contains(name)) {
            return Optional.of(WINDOWS_1252);
        }
        if (name.equals("utf8") || name.equals("unicode-1-1-utf-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    static boolean isUtf16Or32(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }
}
