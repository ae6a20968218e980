/**
 * Extract: reads each kit file with Apache Tika under {@link dev.launchlint.extract.ExtractionLimits}
 * and gives an {@link dev.launchlint.extract.ExtractedDocument}: located text units and a status.
 * A file that fails, fails alone.
 *
 * <p>Units come from Tika's XHTML SAX events: paragraphs, headings, list items and slide bullets
 * (a unit each, with or without a full stop), table rows (cells joined by {@code " | "}) and
 * speaker notes ({@code NOTE}). Locations: page for PDF, slide for PPTX, PPT and ODP (notes marked),
 * sheet and row for XLSX, XLS and ODS (no sheet names for ODS), the nearest heading for DOCX, ODT,
 * HTML, RTF, Markdown and text. Markdown and plain text are decoded by Tika and structured with
 * commonmark. Embedded files and attachments are not read, except the bodies of e-mail.
 *
 * <p>Statuses: {@code parsed}; {@code empty} (zero bytes or no text); {@code unsupported}
 * (images, archives, programs, unknown binary, entries the scanner would not open);
 * {@code encrypted}; {@code corrupt} (any parse failure, unsafe XML); {@code timeout};
 * {@code too-large} (over {@code maxBytes}, or a zip bomb); {@code unassigned}. Each non-parsed
 * document has a one-line reason; a parsed one cut at {@code maxChars} is marked truncated.
 */
package dev.launchlint.extract;
