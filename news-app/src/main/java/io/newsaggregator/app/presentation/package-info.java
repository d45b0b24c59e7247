/**
 * What people look at, rendered from the domain's values only (see docs/decisions/0004-presentation.md).
 * {@link io.newsaggregator.app.presentation.HtmlReportRenderer} turns a
 * {@link io.newsaggregator.domain.report.ReportData} into one self-contained page with inline SVG
 * charts; {@link io.newsaggregator.app.presentation.DashboardRenderer} builds the service dashboard's
 * pages. Everything else here is a package-private building block (escaping, scales, charts, the
 * dashboard's page frame, one class per report section).
 */
package io.newsaggregator.app.presentation;
