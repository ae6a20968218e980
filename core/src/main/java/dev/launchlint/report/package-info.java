/**
 * Report: the one {@link dev.launchlint.report.Report} model of an audit and its renderers
 * (console, JSON, HTML, Markdown, SARIF, CSV). Renderers write to a caller's writer and never print.
 */
package dev.launchlint.report;
