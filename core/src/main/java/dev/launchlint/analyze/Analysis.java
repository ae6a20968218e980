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

  /** The English analysis (OpenNLP models from the classpath), shared by the whole process. */
  static Analysis english() {
    return EnglishAnalysis.shared();
  }
}
