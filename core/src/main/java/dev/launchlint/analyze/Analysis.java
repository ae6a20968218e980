package dev.launchlint.analyze;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Map;

/**
 * Finds the claims of a document and the value-proposition terms of each function.
 *
 * <p>Thread-safe: one instance serves every thread of a process; the NLP models behind it are
 * loaded once, from the classpath, on first use.
 */
public interface Analysis {

  /** The claims of one extracted document, in document order; none for a document not parsed. */
  List<Claim> claims(ExtractedDocument document);

  /** Each function's value-proposition terms, most distinctive first. */
  Map<BusinessFunction, List<Term>> terms(List<ExtractedDocument> documents);

  /**
   * Reads one document once, for analysing a kit document by document: its claims and its
   * contribution to the terms, to be combined by {@link #rankTerms}. Thread-safe; the reading
   * does not need the document's text afterwards when the analysis counts key phrases per
   * document (override this and {@link #rankTerms} to do so; the default keeps the document).
   */
  default DocumentReading read(ExtractedDocument document) {
    return DocumentReading.keeping(claims(document), document);
  }

  /**
   * Each function's value-proposition terms from the readings of a kit's documents, most
   * distinctive first; the same as {@link #terms} of those documents.
   */
  default Map<BusinessFunction, List<Term>> rankTerms(List<DocumentReading> readings) {
    List<ExtractedDocument> documents = new java.util.ArrayList<>();
    for (DocumentReading r : readings) {
      if (r.document() != null) {
        documents.add(r.document());
      }
    }
    return terms(documents);
  }

  /**
   * The claims of every document and the terms of each function, reading each document once
   * (cheaper than {@link #claims} per document followed by {@link #terms}).
   */
  default AnalyzedKit analyze(List<ExtractedDocument> documents) {
    List<Claim> claims = new java.util.ArrayList<>();
    for (ExtractedDocument d : documents) {
      claims.addAll(claims(d));
    }
    return new AnalyzedKit(documents, claims, terms(documents));
  }

  /**
   * An analysis with the same results for the documents of one kit, which may remember what it read
   * so that what the kit repeats is analysed once. Thread-safe, like this one; its memory is bounded
   * whatever the size of the kit. Use it for one kit and drop it: what one kit repeats must not make
   * another's analysis cheaper. The default remembers nothing and returns this analysis.
   */
  default Analysis forOneKit() {
    return this;
  }

  /** The English analysis (OpenNLP models from the classpath), shared by the whole process. */
  static Analysis english() {
    return EnglishAnalysis.shared();
  }
}
