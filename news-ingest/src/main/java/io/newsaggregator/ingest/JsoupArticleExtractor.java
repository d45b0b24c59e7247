package io.newsaggregator.ingest;

import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.ExtractedArticle;
import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page with jsoup. Each field is taken from the portal's own
 * selectors when they match, then from structured metadata (JSON-LD, OpenGraph, {@code article:*}
 * and other meta tags, microdata), then from generic heuristics on the DOM (bylines, the headline
 * {@code <h1>}); the main text comes from a cascade of generic passes that rejects implausible
 * results (see {@link MainTextExtractor}), compared with the JSON-LD {@code articleBody}.
 *
 * <p>Thread-safe and stateless; one instance may serve every portal.
 */
final class JsoupArticleExtractor implements ArticleExtractor {
    private static final String AUTHOR_MARKUP =
            "[itemprop=author] [itemprop=name], [itemprop=author]:not(:has([itemprop=name])), [rel=author]";
    private static final int RULE_SHARE_DENOMINATOR = 3;
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final MainTextExtractor mainText = new MainTextExtractor();
    private final PublicationDateExtractor dates;

    /** An extractor that judges dates (future ones are implausible) against {@code clock}. */
    public JsoupArticleExtractor(Clock clock) {
        this.dates = new PublicationDateExtractor(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Convenience for a page held in memory (a file, a test): extracts with no portal rules.
     *
     * @throws MalformedContentException when {@code html} is empty or not HTML
     */
    public static ExtractedArticle extractHtml(String url, byte[] html, Clock clock) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(html, "html");
        return new JsoupArticleExtractor(clock).extract(FetchedPage.ofBytes(url, html, "text/html"), ExtractionRules.NONE);
    }

    @Override
    public ExtractedArticle extract(FetchedPage page, ExtractionRules rules) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(rules, "rules");
        Document document = HtmlDocuments.parse(page);
        PortalRules portal = new PortalRules(rules, document);
        MetaTags meta = new MetaTags(document);
        JsonLdArticle ld = jsonLd.read(document);
        List<String> siteNames = Stream.of(meta.first("og:site_name", "application-name"), ld.publisher(),
                RegistrableDomains.nameOfUrl(page.finalUrl()).orElse(null)).filter(Objects::nonNull).toList();

        String title = firstNonNull(portal.title(), PageTitles.headline(document,
                Arrays.asList(Texts.orNull(ld.headline()), meta.first("og:title", "twitter:title")), siteNames));
        List<String> authors = authors(portal, ld, meta, document, siteNames);
        PublicationDates found = dates.extract(document);
        OffsetDateTime published = firstNonNull(portal.published(), found.published());
        String language = language(document, meta, ld);
        String section = firstNonNull(Texts.orNull(ld.section()), meta.first("article:section", "section"));
        String lead = firstNonNull(meta.first("og:description", "description", "twitter:description"),
                Texts.orNull(ld.description()));
        String image = absolute(document, firstNonNull(meta.first("og:image", "og:image:url", "og:image:secure_url",
                "twitter:image", "twitter:image:src"), ld.image()));
        String canonical = canonical(document, meta, page.finalUrl());
        // reading the main text modifies the tree, so it comes after everything else is read
        // the rule's text is read first: the generic passes change the tree
        String ruleText = portal.hasBody() ? ruleBodyText(portal) : "";
        String genericText = genericText(page, document, portal, ld, lead);
        boolean ruleMissed = portal.hasBody() && ruleFellShort(ruleText, genericText);
        String text = portal.hasBody() && !ruleMissed ? ruleText : genericText;

        return new ExtractedArticle(page.finalUrl(), canonical, title, authors, published, found.modified(),
                language, section, lead, text.isEmpty() ? null : text, image, ruleMissed);
    }

    /**
     * A body rule falls short when it matches nothing, or less than a third of the words the generic
     * reading finds: the site was redesigned under the rule, which now picks a teaser or a caption.
     */
    static boolean ruleFellShort(String ruleText, String genericText) {
        int generic = TextCheck.words(genericText);
        return ruleText.isEmpty() ? generic > 0 : TextCheck.words(ruleText) * RULE_SHARE_DENOMINATOR < generic;
    }

    private static String ruleBodyText(PortalRules portal) {
        List<Element> ruleBody = portal.body();
        BoilerplateCleaner cleaner = new BoilerplateCleaner();
        ruleBody.forEach(cleaner::clean);
        return TextBlocks.text(ruleBody);
    }

    private String genericText(FetchedPage page, Document document, PortalRules portal, JsonLdArticle ld, String lead) {
        portal.removeUnwanted(document);
        String domText = mainText.extract(document, () -> {
            Document fresh = HtmlDocuments.parse(page);
            portal.removeUnwanted(fresh);
            return fresh;
        }, lead);
        return BodyTextChooser.choose(domText, ld.body());
    }

    private static List<String> authors(PortalRules portal, JsonLdArticle ld, MetaTags meta, Document document,
                                        List<String> siteNames) {
        List<Supplier<List<String>>> sources = List.of(
                portal::authors,
                ld::authors,
                () -> meta.all("author"),
                () -> meta.all("article:author"),
                () -> meta.all("parsely-author"),
                () -> meta.all("sailthru.author"),
                () -> writtenBy(meta),
                () -> meta.all("dc.creator"),
                () -> elementTexts(document, AUTHOR_MARKUP),
                () -> Bylines.find(document));
        for (Supplier<List<String>> source : sources) {
            List<String> names = AuthorNames.clean(source.get(), siteNames);
            if (!names.isEmpty()) {
                return names;
            }
        }
        // no person named anywhere: the organisation or team the page itself credits
        List<String> credited = new ArrayList<>(ld.creditedParties());
        credited.addAll(meta.all("author"));
        credited.addAll(meta.all("parsely-author"));
        credited.addAll(meta.all("sailthru.author"));
        credited.addAll(writtenBy(meta));
        credited.addAll(Bylines.credits(document));
        List<String> parties = AuthorNames.credited(credited);
        if (!parties.isEmpty()) {
            return parties.subList(0, 1);
        }
        List<String> sites = new ArrayList<>(siteNames);
        sites.add(PageTitles.siteSuffix(document.title()));
        String site = AuthorNames.personalSite(sites);
        return site == null ? List.of() : List.of(site);
    }

    /** Yoast and similar plugins write the byline as a labelled Twitter card field: label1 "Written by", data1 the name. */
    private static List<String> writtenBy(MetaTags meta) {
        for (int i = 1; i <= 2; i++) {
            String label = meta.first("twitter:label" + i);
            if (label != null && label.toLowerCase(Locale.ROOT).startsWith("written by")) {
                String data = meta.first("twitter:data" + i);
                return data == null ? List.of() : List.of(data);
            }
        }
        return List.of();
    }

    private static List<String> elementTexts(Document document, String selector) {
        List<String> texts = new ArrayList<>();
        for (Element e : document.select(selector)) {
            String value = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!value.isBlank()) {
                texts.add(value);
            }
        }
        return texts;
    }

    private static String language(Document document, MetaTags meta, JsonLdArticle ld) {
        Element html = document.selectFirst("html");
        String[] candidates = {
                html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"),
                meta.first("og:locale"),
                meta.first("content-language", "language", "dc.language"),
                ld.language()};
        for (String candidate : candidates) {
            String code = LanguageTags.iso639_1(candidate);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The page's canonical link, else its og:url; only on the site of the page (syndicated copies point elsewhere). */
    private static String canonical(Document document, MetaTags meta, String pageUrl) {
        for (Element link : document.select("link[rel~=(?i)^canonical$][href]")) {
            String url = httpUrl(link.absUrl("href"));
            if (url != null) {
                return RegistrableDomains.sameSite(url, pageUrl) ? url : null;
            }
        }
        String url = absolute(document, meta.first("og:url"));
        return url != null && RegistrableDomains.sameSite(url, pageUrl) ? url : null;
    }

    private static String absolute(Document document, String url) {
        if (url == null) {
            return null;
        }
        try {
            URI base = new URI(document.location());
            return httpUrl(base.resolve(url.strip().replace(" ", "%20")).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return httpUrl(url.strip());
        }
    }

    private static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
