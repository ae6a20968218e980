package dev.launchlint.compare;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.extract.ExtractedDocument;
import java.util.List;

/**
 * Aligns the claims of a kit's functions and reports where they disagree.
 *
 * <p>Contract: the findings come back in report order (severity, type, id) and are the same for
 * the same input. Thread-safe: an instance keeps no state between calls.
 */
public interface Comparison {

  List<Finding> compare(AnalyzedKit kit);

  /**
   * The pillars of the kit's strategy material (its headings and bullets) and which functions
   * carry each; empty when the kit has no strategy material. Same contract as {@link #compare}.
   */
  default List<Pillar> pillars(AnalyzedKit kit) {
    return List.of();
  }

  /** The findings and the pillars of one kit. */
  record Result(List<Finding> findings, List<Pillar> pillars) {
    public Result {
      findings = List.copyOf(findings);
      pillars = List.copyOf(pillars);
    }
  }

  /**
   * {@link #compare} and {@link #pillars} together, as an audit needs them: a comparator may
   * read the kit once for both.
   */
  default Result align(AnalyzedKit kit) {
    return new Result(compare(kit), pillars(kit));
  }

  /**
   * What a comparison can do with one document at a time, before the kit is read to its end: an
   * audit {@link Preparation#read reads} each document into it as the document is read, on the
   * reading threads, and {@link #align(AnalyzedKit, Preparation) aligns} with it, which then only
   * joins what was prepared. The findings are those of {@link #align(AnalyzedKit)}, whatever the
   * order the documents were read in. Use one preparation for one kit.
   */
  interface Preparation {

    /** Nothing prepared: the comparison does all of its work itself. */
    Preparation NONE = document -> {};

    /**
     * Does this comparison's work on one document of the kit. Thread-safe: documents are read
     * concurrently, in any order. A document that cannot be prepared is left to the comparison.
     */
    void read(ExtractedDocument document);
  }

  /** A preparation for one kit, to be filled as its documents are read. */
  default Preparation prepare() {
    return Preparation.NONE;
  }

  /**
   * {@link #align(AnalyzedKit)} with what {@code prepared} (from this comparison's {@link
   * #prepare}) holds of the kit's documents: the same result.
   */
  default Result align(AnalyzedKit kit, Preparation prepared) {
    return align(kit);
  }

  /** The default comparator: Lucene BM25 alignment plus attribute agreement. */
  static Comparison standard() {
    return new ClaimAlignment();
  }
}
