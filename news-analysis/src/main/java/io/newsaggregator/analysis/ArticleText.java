package io.newsaggregator.analysis;

import java.util.Objects;

/**
 * The text of one article to analyse.
 *
 * @param id the caller's identifier, echoed in the result
 * @param title the headline; null means none
 * @param lead the standfirst or teaser; null means none
 * @param body the main text; null means none
 * @param languageHint the language the publisher declared (e.g. {@code <html lang>}), used when
 *     detection is unsure; null means none
 */
record ArticleText(String id, String title, String lead, String body, String languageHint) {

    public ArticleText {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        lead = lead == null ? "" : lead;
        body = body == null ? "" : body;
    }

    public ArticleText(String id, String title, String lead, String body) {
        this(id, title, lead, body, null);
    }
}
