package dev.launchlint.analyze;

import java.util.Locale;
import java.util.Optional;

/**
 * What the analysis's vocabulary ({@code entities.tsv}) knows about a named thing, for the
 * detectors that compare claims. Stateless; thread-safe.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /**
   * The kind of a named thing as the claims' {@link Attributes#entities()} hold it ({@code
   * certification}, {@code integration}, {@code platform}, {@code region}, {@code language}), or
   * empty for a name the vocabulary does not list (a proper name read from the text).
   */
  public static Optional<String> kindOf(String entity) {
    return Optional.ofNullable(Lexicon.shared().kindOf(entity.toLowerCase(Locale.ROOT)));
  }
}
