package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void readsAHintedBylineWithoutItsDate() {
        String html = "<body><div class='post-meta'><span class='entry-author'>By Nora Field &amp; Ian Lake</span>"
                + " · <time>3 May 2024</time></div><p class='author-card'>Nora Field</p></body>";

        assertThat(Bylines.find(Jsoup.parse(html))).containsExactly("Nora Field", "Ian Lake");
        assertThat(Bylines.find(Jsoup.parse("<body><p class='author'>Andrea Moss <br> 4 August 2010</p></body>")))
                .containsExactly("Andrea Moss");
    }

    @Test
    void skipsAuthorBiographiesAndAvatarsAndSingleWordLabels() {
        String html = "<body><div class='author-bio'>Nora Field writes about gardens.</div>"
                + "<img class='author-avatar' alt='Nora Field'><span class='byline'>Share</span></body>";

        assertThat(Bylines.find(Jsoup.parse(html))).isEmpty();
    }

    @Test
    void readsALinkToAnAuthorPageThenAByLine() {
        assertThat(Bylines.find(Jsoup.parse("<body><a href='/authors/omar-haddad/'>Omar Haddad</a></body>")))
                .containsExactly("Omar Haddad");
        assertThat(Bylines.find(Jsoup.parse("<body><p>by: Lin Chen, Dec 17, 2025</p></body>")))
                .containsExactly("Lin Chen");
        assertThat(Bylines.find(Jsoup.parse("<body><h3>Written by Cass Horton</h3></body>")))
                .containsExactly("Cass Horton");
    }

    @Test
    void aNameIsCapitalisedWordsOrParticles() {
        assertThat(Bylines.looksLikeName("Anya von Bremzen")).isTrue();
        assertThat(Bylines.looksLikeName("create account")).isFalse();
        assertThat(Bylines.looksLikeName("Posted 3 days ago")).isFalse();
    }

    @Test
    void readsTheNameInTheElementAfterAByLabel() {
        String html = "<body><div><p class='muted'>Last updated</p><time>Aug 4, 2025</time></div>"
                + "<div><p class='label'>Written by</p><p class='name'>Rosa Lind</p></div></body>";

        assertThat(Bylines.find(Jsoup.parse(html))).containsExactly("Rosa Lind");
        assertThat(Bylines.find(Jsoup.parse("<body><h3>Author</h3><p> Ivo Petrov</p></body>"))).containsExactly("Ivo Petrov");
        assertThat(Bylines.find(Jsoup.parse("<body><p>Written by</p><p>our friends at the garden club</p></body>")))
                .isEmpty();
    }

    @Test
    void readsTheNamePartOfABylineThatStartsWithTheDate() {
        String html = "<body><div class='publish-date-author'>Dec. 19, 2025 &middot; Nils Berg on behalf of the team</div></body>";

        assertThat(Bylines.find(Jsoup.parse(html))).containsExactly("Nils Berg");
    }

    @Test
    void creditsAreTheShortTextsOfBylineElementsAsWritten() {
        String html = "<body><p class='authorName'>Harbor Staff</p><div class='author-bio'>Harbor Staff writes.</div>"
                + "<span class='byline'>By The Harbor Team</span>"
                + "<div class='author'>A long paragraph that is certainly not a credit but an article text.</div></body>";

        assertThat(Bylines.credits(Jsoup.parse(html))).containsExactly("Harbor Staff", "The Harbor Team");
    }
}
