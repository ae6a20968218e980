package dev.launchlint.analyze;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document read once by an {@link Analysis}: its claims, and what it adds to its function's
 * value-proposition terms. It lets a kit be analysed document by document, on many threads, with
 * each document's full text released as soon as it has been read; {@link
 * Analysis#rankTerms(List)} combines the readings of a kit into its terms.
 *
 * <p>An analysis that can count a document's key phrases on their own keeps only those counts
 * ({@link #ofPhrases}); one that cannot keeps the whole document for {@link Analysis#terms}
 * ({@link #keeping}), which is correct but holds every text of the kit until the terms are ranked.
 * Immutable.
 */
public final class DocumentReading {

  private final List<Claim> claims;
  private final BusinessFunction function;
  private final Map<String, Integer> phrases;
  private final ExtractedDocument document;

  private DocumentReading(List<Claim> claims, BusinessFunction function, Map<String, Integer> phrases,
      ExtractedDocument document) {
    this.claims = List.copyOf(claims);
    this.function = function;
    this.phrases = phrases == null ? null : Map.copyOf(phrases);
    this.document = document;
  }

  /** A reading that keeps the key phrase counts of a document of {@code function} (null when unassigned). */
  static DocumentReading ofPhrases(List<Claim> claims, BusinessFunction function, Map<String, Integer> phrases) {
    return new DocumentReading(claims, function, Objects.requireNonNull(phrases, "phrases"), null);
  }

  /** A reading that keeps the whole document, for an analysis that ranks terms from documents. */
  static DocumentReading keeping(List<Claim> claims, ExtractedDocument document) {
    return new DocumentReading(claims, document.function(), null, Objects.requireNonNull(document, "document"));
  }

  /** The claims of the document, in document order. */
  public List<Claim> claims() {
    return claims;
  }

  /** The function of the document; null when it has none. */
  BusinessFunction function() {
    return function;
  }

  /** How often each normalised key phrase occurs in the document; null when the document is kept instead. */
  Map<String, Integer> phrases() {
    return phrases;
  }

  /** The whole document; null when its phrase counts are kept instead. */
  ExtractedDocument document() {
    return document;
  }
}
