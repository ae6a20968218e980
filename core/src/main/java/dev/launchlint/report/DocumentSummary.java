package dev.launchlint.report;

import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.kit.BusinessFunction;
import java.util.Objects;

/** One input file in the report's inventory: what it is, what happened to it, what it gave. */
public record DocumentSummary(
    String path, BusinessFunction function, String mediaType, DocumentStatus status, String error, int units, int claims) {

  public DocumentSummary {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    if (units < 0 || claims < 0) {
      throw new IllegalArgumentException("counts must be >= 0 but were " + units + ", " + claims);
    }
  }
}
