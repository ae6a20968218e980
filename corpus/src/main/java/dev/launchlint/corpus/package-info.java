/**
 * Corpus: turns the plain sources of the labelled kits ({@code corpus/sources}) into real office
 * files ({@code corpus/kits}) with {@link dev.launchlint.corpus.KitGenerator}. One writer per
 * format behind {@code FormatWriter}; output is reproducible (fixed dates, ids, zip entry times).
 */
package dev.launchlint.corpus;
