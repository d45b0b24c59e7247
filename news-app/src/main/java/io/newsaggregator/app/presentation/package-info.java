/**
 * The HTML report: {@link io.newsaggregator.app.presentation.HtmlReportRenderer} turns a
 * {@link io.newsaggregator.domain.report.ReportData} into one self-contained page with inline SVG
 * charts. Everything else here is a package-private building block (escaping, scales, charts,
 * one class per page section).
 */
package io.newsaggregator.app.presentation;
