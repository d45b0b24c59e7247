package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateExtractorTest {

    private static final Clock JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private final PublicationDateExtractor extractor = new PublicationDateExtractor(JUNE_2024);

    private PublicationDates extract(String html) {
        return extractor.extract(Jsoup.parse(html));
    }

    private static String page(String head, String body) {
        return "<html><head><title>Rates held</title>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void readsPublishedAndModifiedWithTheirZonesFromJsonLd() {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Rates held",
                 "datePublished":"2024-05-12T00:30:00+02:00","dateModified":"2024-05-13T09:15:00-04:00"}
                </script>""", "<h1>Rates held</h1>"));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-12T00:30:00+02:00"));
        assertThat(dates.published().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(dates.modified()).isEqualTo(OffsetDateTime.parse("2024-05-13T09:15:00-04:00"));
    }

    @Test
    void prefersTheArticleInAGraphOverTheWebPageAndSkipsRelatedItems() {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","datePublished":"2024-01-01T08:00:00Z"},
                  {"@type":"ItemList","itemListElement":[
                     {"@type":"NewsArticle","datePublished":"2024-05-30T08:00:00Z"}]},
                  {"@type":["NewsArticle"],"datePublished":"2024-05-12T10:00:00+01:00",
                   "mainEntityOfPage":{"@id":"https://example.org/a"}}]}
                </script>""", "<h1>Rates held</h1>"));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-12T10:00:00+01:00"));
    }

    @Test
    void brokenJsonLdDoesNotHideTheMetaDate() {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "unterminated</script>
                <meta property="article:published_time" content="2024-05-12T07:00:00+02:00">""",
                "<h1>Rates held</h1>"));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-12T07:00:00+02:00"));
    }

    @Test
    void readsDatesFromInvalidJsonLdThatStillNamesThem() {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">
                {"@type":"NewsArticle","datePublished":"2024-05-12T07:00:00Z", "description":"line
                break" ,,, }
                </script>""", "<h1>Rates held</h1>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            property=article:published_time | 2024-05-12T07:00:00+02:00
            property=og:published_time       | 2024-05-12T07:00:00Z
            itemprop=datePublished           | 2024-05-12
            name=pubdate                     | 2024-05-12T07:00
            name=publishdate                 | 2024-05-12 07:00:00
            name=date                        | Sun, 12 May 2024 07:00:00 GMT
            name=dc.date                     | 2024-05-12
            name=DC.date.issued              | 2024-05-12
            name=dcterms.created             | 2024-05-12
            name=sailthru.date               | 2024-05-12 07:00:00
            name=parsely-pub-date            | 2024-05-12T07:00:00Z
            name=cXenseParse:recs:publishtime | 2024-05-12T07:00+0200
            name=timestamp                   | 1715497200
            name=published                   | May 12, 2024
            name=published-date              | 2024-05-12
            """)
    void readsTheManyMetaTagsThatCarryThePublicationDate(String attribute, String value) {
        String[] nameValue = attribute.split("=");
        PublicationDates dates = extract(page(
                "<meta " + nameValue[0] + "=\"" + nameValue[1] + "\" content=\"" + value + "\">",
                "<h1>Rates held</h1>"));

        assertThat(dates.published()).isNotNull();
        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void metaModifiedTimeIsReportedAsModifiedNotPublished() {
        PublicationDates dates = extract(page("""
                <meta property="article:modified_time" content="2024-05-20T10:00:00Z">
                <meta property="article:published_time" content="2024-05-12T10:00:00Z">""", "<h1>Rates held</h1>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(dates.modified().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 20));
    }

    @Test
    void readsTimeElementInTheArticleHeader() {
        PublicationDates dates = extract(page("", """
                <nav><time datetime="2024-05-31T09:00:00Z">today</time></nav>
                <article><header><h1>Rates held</h1>
                  <time class="published" datetime="2024-05-12T08:45:00+02:00">12 May 2024</time></header>
                  <p>The central bank held rates.</p></article>"""));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-12T08:45:00+02:00"));
    }

    @Test
    void readsTheDateFromTheCanonicalUrlPath() {
        PublicationDates dates = extract(page(
                "<link rel=\"canonical\" href=\"https://news.example.org/economy/2024/05/12/rates-held/\">",
                "<h1>Rates held</h1><p>The central bank held rates.</p>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void readsACompactDateFromTheOpenGraphUrl() {
        PublicationDates dates = extract(page(
                "<meta property=\"og:url\" content=\"https://news.example.org/a/20240512/rates-held.html\">",
                "<h1>Rates held</h1>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Veröffentlicht am 12. Mai 2024, 14:30 Uhr                | 2024-05-12
            Publié le 12 mai 2024 à 14h30                           | 2024-05-12
            By Jane Doe, May 12, 2024 at 2:30 p.m. EDT              | 2024-05-12
            Stand: 12.05.2024 14:30 Uhr                              | 2024-05-12
            Publicado el 12 de mayo de 2024                          | 2024-05-12
            2024年5月12日 14:30                                       | 2024-05-12
            """)
    void readsADateWrittenInTheBylineInSeveralLanguages(String byline, String expected) {
        PublicationDates dates = extract(page("", """
                <article><h1>Rates held</h1><p class="byline">%s</p>
                <p>The central bank held rates on Thursday, 9 May 2024, as expected.</p></article>"""
                .formatted(byline)));

        assertThat(dates.published()).isNotNull();
        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void keepsTheWrittenTimeAndZoneOfATextDate() {
        PublicationDates dates = extract(page("", """
                <article><h1>Rates held</h1><p class="byline">May 12, 2024 at 11:30 p.m. EDT</p></article>"""));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-12T23:30:00-04:00"));
    }

    @Test
    void aUtcTimestampIsShownInTheZoneThePageUses() {
        PublicationDates dates = extract(page(
                "<meta property=\"article:published_time\" content=\"2024-05-13T03:30:00Z\">", """
                <article><h1>Rates held</h1>
                  <time datetime="2024-05-12T23:30:00-04:00">May 12, 2024 at 11:30 p.m.</time></article>"""));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-12T23:30:00-04:00"));
    }

    @Test
    void aUtcTimestampYieldsToTheAdjacentDayThePageShows() {
        PublicationDates dates = extract(page(
                "<meta property=\"article:published_time\" content=\"2024-05-11T22:30:00Z\">",
                "<article><h1>Rates held</h1><p class=\"date\">12.05.2024</p></article>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void aTimeWithoutZoneKeepsItsWallClockTime() {
        PublicationDates dates = extract(page(
                "<meta name=\"pubdate\" content=\"2024-05-12 23:30:00\">", """
                <article><h1>Rates held</h1>
                  <time datetime="2024-05-12T23:30:00+02:00">12.05.2024 23:30</time></article>"""));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-12T23:30:00Z"));
    }

    @Test
    void prefersTheRevisionDateThePageShowsBetweenPublicationAndModification() {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">
                {"@type":"NewsArticle","datePublished":"2024-05-02T10:00:00+02:00",
                 "dateModified":"2024-05-12T09:00:00+02:00"}
                </script>""",
                "<article><h1>Rates held</h1><p class=\"date\">12.05.2024</p></article>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(dates.modified().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @ParameterizedTest(name = "JSON-LD datePublished {0}: {1}")
    @CsvSource({
        // written for readers: a template's field, the date beside the byline is the page's
        "'Jan 20, 2024', 2023-11-02",
        // a machine-written date is the article's own
        "2024-01-20T08:00:00Z, 2024-01-20"})
    void aJsonLdDateWrittenForReadersYieldsToTheDateBesideTheByline(String published, LocalDate expected) {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">
                {"@type":"BlogPosting","headline":"Rates held","datePublished":"%s"}
                </script>""".formatted(published), """
                <article><h1>Rates held</h1><div class="post-meta"><span class="date">November 2, 2023</span>
                <span class="author">Ann Lee</span></div><p>Body.</p></article>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(expected);
    }

    @Test
    void aPageWithOnlyMetaTagDatesKeepsItsFirstPublicationOverTheShownRevision() {
        PublicationDates dates = extract(page("""
                <meta property="article:published_time" content="2021-03-02T10:00:00+00:00">
                <meta property="article:modified_time" content="2024-05-12T09:00:00+00:00">""",
                "<article><h1>Rates held</h1><p class=\"byline\">By Ann Lee | Updated May 12, 2024</p></article>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(dates.modified().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void anUpdatedLabelIsReadAsTheModifiedDate() {
        PublicationDates dates = extract(page("", """
                <article><h1>Rates held</h1><p class="meta">Aktualisiert: 14.05.2024</p>
                <p class="date">12.05.2024</p></article>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(dates.modified().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @ParameterizedTest(name = "published {0}, shown \"Updated May 6, 2024\": {1}")
    @CsvSource({
        // the update line lies between publication and modification: the page goes by it
        "2023-10-15T16:59:59Z, 2024-05-06",
        // an update line before the stated publication is not the page's date
        "2024-05-15T16:59:59Z, 2024-05-15"})
    void aPageShowingOnlyAnUpdateLineGoesByItWithinTheStatedRevisions(String published, LocalDate expected) {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">
                {"@type":"Article","datePublished":"%s","dateModified":"2024-05-20T14:42:17Z"}
                </script>""".formatted(published), """
                <article><h1>Rates held</h1><div class="timestamp">Updated May 6, 2024</div><p>Body.</p></article>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(expected);
        assertThat(dates.modified().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 20));
    }

    @Test
    void aLabelledUpdateOutranksADateMentionedInTheProse() {
        PublicationDates dates = extract(page("", """
                <h1>Working children</h1><p>%s</p>
                <p>Since 4 August 2014 a new law has been in force in Bolivia.</p>
                <p class="info">Aktualisiert: 30.12.2016</p>""".formatted("Children work. ".repeat(50))));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2016, 12, 30));
    }

    @Test
    void aDateInTheProseStillServesWhenThePageStatesNothingElse() {
        PublicationDates dates = extract(page("", """
                <h1>Working children</h1><p>Since 4 August 2014 a new law has been in force in Bolivia.</p>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2014, 8, 4));
    }

    @Test
    void aGenericMetaDateYieldsWhenTheArticleMarkupAndTextAgreeOnAnotherDay() {
        PublicationDates dates = extract(page("<meta name=\"date\" content=\"2024-01-21T15:38:44+01:00\">", """
                <article><h3 itemprop="headline">Rates held</h3><h1>Rates held</h1>
                <span class="date"><time itemprop="datePublished" datetime="2024-01-27">27.01.2024</time></span>
                </article>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 27));
    }

    @Test
    void aMetaDateOneDayFromTheShownDateIsKept() {
        PublicationDates dates = extract(page("<meta name=\"date\" content=\"2024-01-26T23:38:44+01:00\">", """
                <article><h1>Rates held</h1>
                <span class="date"><time itemprop="datePublished" datetime="2024-01-27">27.01.2024</time></span>
                </article>"""));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-01-26T23:38:44+01:00"));
    }

    @Test
    void jsonLdIsNotOverruledByTheShownDate() {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-21T10:00:00Z"}</script>""",
                """
                <article><h1>Rates held</h1>
                <span class="date"><time itemprop="datePublished" datetime="2024-01-27">27.01.2024</time></span>
                </article>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 21));
    }

    @ParameterizedTest(name = "<time datetime={0}>{1}</time> is read as {2}")
    @CsvSource(delimiter = '|', value = {
        // shown days before the attribute: the attribute records a later edit
        "2024-05-16T10:18:46Z | Publié le 12 mai 2024 | 2024-05-12",
        // shown a day before: a time-zone shift
        "2024-05-13T01:00:00Z | 12 May 2024           | 2024-05-13",
        // day and month swapped: a misread numeric order
        "2024-05-03T10:00:00Z | 05/03/2024            | 2024-05-03",
        // shown after the attribute
        "2024-05-03T10:00:00Z | 20 May 2024           | 2024-05-03"})
    void aTimeElementIsReadByItsVisibleDateOnlyWhenThatLiesDaysBeforeItsAttribute(String datetime, String shown,
            LocalDate expected) {
        PublicationDates dates = extract(page("", """
                <header><h1>Rates held</h1>
                <div class="time"><time datetime="%s">%s</time></div></header>""".formatted(datetime, shown)));

        assertThat(dates.published().toLocalDate()).isEqualTo(expected);
    }

    @Test
    void theDateOfAnEmbeddedPostDoesNotWin() {
        PublicationDates dates = extract(page("", """
                <article><h1>Rates held</h1><div class="PublishDate"><span>Tuesday, 14 May 2024</span></div>
                <p>As she wrote:</p><blockquote class="instagram-media"><p>A post
                <time datetime="2023-03-12T19:30:12+00:00">Mar 12, 2023</time></p></blockquote></article>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void aDateBesideTheRailOfAWrapperNamedAfterItIsShown() {
        PublicationDates dates = extract(page("""
                <script type="application/ld+json">
                {"@type":"NewsArticle","datePublished":"2024-03-16T16:16:10Z","dateModified":"2024-03-20T14:00:17Z"}
                </script>""", """
                <header><h1>Lockdown extended</h1></header>
                <div class="with-right-rail"><article id="main"><div class="publish-info">
                <p class="date-time">20. März 2024 - 15:00 Uhr</p></div><p>Body.</p></article>
                <div class="right-rail"><p class="date">19. März 2024</p></div></div>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void readsAnUpdateLabelWhoseDateStandsInTheNextElement() {
        PublicationDates dates = extract(page("", """
                <h1>Snow cover from space</h1><p>%s</p><p>Images of 31.05.2021 show the snow line.</p>
                <div class="label_container"><label>Letzte Änderung:</label>
                <div class="label_content">14.01.2022 um 09:25</div></div>""".formatted("Snow. ".repeat(120))));

        assertThat(dates.modified()).isEqualTo(OffsetDateTime.parse("2022-01-14T09:25:00Z"));
        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2022, 1, 14));
    }

    @Test
    void readsAnUpdatedLineWithoutADateClass() {
        PublicationDates dates = extract(page("", """
                <h1>Licence</h1><p class="unprintable">Updated: $Date: 2016/11/18 06:31:41 $</p>"""));

        assertThat(dates.modified().toLocalDate()).isEqualTo(LocalDate.of(2016, 11, 18));
    }

    @Test
    void anUpdateLabelWithACapitalUmlautIsNotReadAsPublished() {
        PublicationDates dates = extract(page("", """
                <article><h1>Rates held</h1><p class="date">Letzte Änderung: 14.05.2024</p>
                <p class="date">Erstellt: 12.05.2024</p></article>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(dates.modified().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void rejectsADateInTheFuture() {
        PublicationDates dates = extract(page("""
                <meta property="article:published_time" content="2031-05-12T07:00:00Z">
                <meta name="date" content="2024-05-12">""", "<h1>Rates held</h1>"));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void rejectsDatesBeforeTheWebNewsEra() {
        PublicationDates dates = extract(page(
                "<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">", "<h1>Rates held</h1>"));

        assertThat(dates).isEqualTo(PublicationDates.NONE);
    }

    @Test
    void fallsBackToTheModifiedDateWhenThePageShowsNothingElse() {
        PublicationDates dates = extract(page(
                "<meta property=\"article:modified_time\" content=\"2024-05-20T10:00:00+02:00\">",
                "<h1>Rates held</h1><p>No date here.</p>"));

        assertThat(dates.published()).isEqualTo(OffsetDateTime.parse("2024-05-20T10:00:00+02:00"));
        assertThat(dates.modified()).isEqualTo(OffsetDateTime.parse("2024-05-20T10:00:00+02:00"));
    }

    @Test
    void returnsNoneForAPageWithoutAnyDate() {
        PublicationDates dates = extract(page("", "<h1>About us</h1><p>We are a team of 12 people.</p>"));

        assertThat(dates).isEqualTo(PublicationDates.NONE);
    }

    @Test
    void newerDatesInARelatedArticlesListDoNotWin() {
        PublicationDates dates = extract(page("", """
                <div class="layout-with-sidebar">
                  <aside><ul><li><time datetime="2024-05-31T08:00:00Z">31 May</time> Other story</li></ul></aside>
                  <div class="related-articles"><ul>
                    <li><span class="date">30.05.2024</span> Another story</li>
                    <li><time datetime="2024-05-29T08:00:00Z">29 May</time> Third story</li></ul></div>
                  <article><h1>Rates held</h1>
                    <div class="article-meta"><span class="date">12.05.2024</span></div>
                    <p>The central bank held rates.</p></article>
                </div>"""));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void ignoresTheUrlTheDocumentWasFetchedFrom() {
        PublicationDates dates = extractor.extract(
                Jsoup.parse("<h1>Rates held</h1>", "https://news.example.org/2024/05/12/rates-held"));

        assertThat(dates).isEqualTo(PublicationDates.NONE);
    }

    @Test
    void survivesDeeplyNestedMarkupAndJson() {
        String nested = "<div class=\"wrap\">".repeat(5_000) + "<span class=\"date\">12.05.2024</span>"
                + "</div>".repeat(5_000);
        String deepJson = "<script type=\"application/ld+json\">" + "[".repeat(5_000) + "]".repeat(5_000)
                + "</script>";

        PublicationDates dates = extract(page(deepJson, "<h1>Rates held</h1>" + nested));

        assertThat(dates.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void refusesANullDocument() {
        assertThatNullPointerException().isThrownBy(() -> extractor.extract(null)).withMessageContaining("document");
    }
}
