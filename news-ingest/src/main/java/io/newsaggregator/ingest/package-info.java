/**
 * Ingest adapters: fetching over HTTP, decoding, feeds, link discovery, canonical URLs, article
 * extraction and the portal catalog. {@link io.newsaggregator.ingest.IngestAdapters} is the one
 * entry; everything else here is package-private.
 *
 * <ul>
 *   <li>Fetching: {@code JdkHttpPageFetcher} (the {@code PageFetcher} port on the JDK client)
 *       configured by {@link io.newsaggregator.ingest.HttpFetchSettings}; politeness (robots.txt,
 *       per-host limits), retries, size and time limits and the address policy behind it.</li>
 *   <li>Decoding: {@code TextDecoder} picks the charset of HTML and XML from BOM, header and
 *       document declaration, corrects common mis-declarations and guesses undeclared legacy
 *       charsets; {@code MojibakeRepair} undoes UTF-8 that was decoded twice, in whole documents or
 *       in short texts such as titles; {@code HtmlParser} is the one place bytes become a jsoup
 *       document.</li>
 *   <li>Feeds: RSS 0.9x/1.0/2.0 and Atom with ROME over a hardened, DTD-free XML parse, JSON Feed
 *       with Jackson.</li>
 *   <li>Discovery: article links on section and home pages (jsoup), feed autodiscovery, sitemaps,
 *       Google News sitemaps and robots.txt sitemap lines (crawler-commons).</li>
 *   <li>URLs: canonical article URLs on crawler-commons' {@code BasicURLNormalizer}, same site by
 *       the public suffix list ({@code RegistrableDomains}).</li>
 *   <li>Extraction ({@code JsoupArticleExtractor}): each field is read from the portal's own
 *       selectors first, then from structured metadata (JSON-LD, OpenGraph, meta tags, microdata),
 *       then from heuristics. The main text comes from a content scorer over a cleaned tree:
 *       boilerplate is removed by tag, visibility and class/id hints; paragraph-like blocks score
 *       their ancestors; the best container (with its siblings and same-class chunks) is read as
 *       text blocks joined by newlines, without labels, credits, leading date lines and trailing
 *       promotions. The JSON-LD {@code articleBody} replaces that text only when it is
 *       substantially longer. Publication dates: {@code PublicationDateExtractor}, with
 *       {@code DateValues} the one parser of stated dates.</li>
 *   <li>Catalog: the YAML portal catalog (format: {@code docs/catalog.md}) and the default catalog
 *       of 20 portals, read into {@link io.newsaggregator.ingest.Catalog}.</li>
 * </ul>
 */
package io.newsaggregator.ingest;
