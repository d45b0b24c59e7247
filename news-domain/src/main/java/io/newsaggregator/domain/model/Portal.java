package io.newsaggregator.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A news portal we ingest from.
 *
 * @param id       null until stored
 * @param code     short unique key, {@code [a-z0-9_-]+}
 * @param language ISO 639-1 hint, or null when unknown
 */
public record Portal(PortalId id, String code, String name, String homepage, String language) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_-]{1,64}");

    public Portal {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("portal code must match [a-z0-9_-]{1,64}, was '" + code + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homepage, "homepage");
    }

    public static Portal create(String code, String name, String homepage, String language) {
        return new Portal(null, code, name, homepage, language);
    }

    public Portal withId(PortalId newId) {
        return new Portal(newId, code, name, homepage, language);
    }
}
