/**
 * Article extraction from HTML pages with jsoup.
 *
 * <p>{@link io.newsaggregator.ingest.extract.JsoupArticleExtractor} is the entry point and the
 * only public type here (besides the {@code date} sub-package). Each field is read from the
 * portal's own selectors first, then from structured metadata (JSON-LD, OpenGraph, meta tags,
 * microdata), then from heuristics. The main text comes from a content scorer over a cleaned
 * tree: boilerplate is removed by tag, visibility and class/id hints; paragraph-like blocks score
 * their ancestors; the best container (with its siblings and same-class chunks) is read as text
 * blocks joined by newlines, without labels, credits, leading date lines and trailing promotions.
 * The JSON-LD {@code articleBody} replaces that text only when it is substantially longer.
 */
package io.newsaggregator.ingest.extract;
