package dev.launchlint.extract;

import dev.launchlint.kit.KitFile;

/**
 * Reads one kit file into located text units.
 *
 * <p>Contract: {@link #extract} never throws for a bad file; every outcome, including broken,
 * encrypted, hostile or unsupported input, comes back as an {@link ExtractedDocument} with its
 * status and a one-line reason. It never writes to the file. Implementations are thread-safe.
 */
public interface TextExtractor {

  ExtractedDocument extract(KitFile file);

  /** The Apache Tika extractor under the given limits. */
  static TextExtractor tika(ExtractionLimits limits) {
    return new TikaTextExtractor(limits);
  }
}
