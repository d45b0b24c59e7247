package io.newsaggregator.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an article's title, lead and body, so unchanged content is recognised without comparing text. */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String title, String lead, String bodyText) {
        MessageDigest digest = sha256();
        for (String part : new String[] {title, lead, bodyText}) {
            // a separator byte that text never contains keeps ("ab","c") and ("a","bc") apart
            digest.update(part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
