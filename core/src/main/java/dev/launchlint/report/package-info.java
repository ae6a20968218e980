/**
 * Report: the one {@link dev.launchlint.report.Report} model of an audit and its renderers. Takes a
 * report; gives it as console text, JSON, HTML, Markdown, SARIF or CSV through
 * {@link dev.launchlint.report.ReportFormat} (one package-private renderer per format, options in
 * {@link dev.launchlint.report.RenderOptions}), and a one-row-per-kit CSV of many reports through
 * {@link dev.launchlint.report.BatchSummaryCsv}. Renderers write to a caller's writer and never
 * print; all document text is escaped for its format.
 */
package dev.launchlint.report;
