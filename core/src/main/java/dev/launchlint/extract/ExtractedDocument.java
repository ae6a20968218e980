package dev.launchlint.extract;

import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Objects;

/**
 * The text of one kit file as units, with what happened while reading it.
 *
 * @param path path relative to the kit root, {@code /}-separated
 * @param function the team that wrote it; null when {@code status} is {@code UNASSIGNED}
 * @param mediaType the type Tika detected, or null when the file was never read
 * @param status how extraction ended
 * @param error a one-line reason when {@code status} is not {@code PARSED}; may also note a
 *     truncation of a parsed file, or its paragraphs too long to read whole
 * @param text the full extracted text that unit offsets point into
 * @param units the units in document order
 * @param truncated whether the character limit cut the text short
 */
public record ExtractedDocument(
    String path,
    BusinessFunction function,
    String mediaType,
    DocumentStatus status,
    String error,
    String text,
    List<TextUnit> units,
    boolean truncated) {

  public ExtractedDocument {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    units = List.copyOf(units);
    if (status != DocumentStatus.UNASSIGNED) {
      Objects.requireNonNull(function, "function of " + path);
    }
  }

  /** A document that could not be read, with the reason. */
  public static ExtractedDocument failed(
      String path, BusinessFunction function, String mediaType, DocumentStatus status, String error) {
    return new ExtractedDocument(path, function, mediaType, status, error, "", List.of(), false);
  }
}
