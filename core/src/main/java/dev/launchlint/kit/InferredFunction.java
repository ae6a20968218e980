package dev.launchlint.kit;

import java.util.Objects;

/**
 * A function proposed for a file whose folder and globs say nothing, with the reason a person can
 * check ("the name says deck", "the text reads like a landing page: sign up, pricing").
 *
 * @param path the file, relative to the kit root, {@code /}-separated
 * @param function the proposed function
 * @param reason one line: what in the name or the text gave it away
 */
public record InferredFunction(String path, BusinessFunction function, String reason) {

  public InferredFunction {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(function, "function of " + path);
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank() || reason.contains("\n")) {
      throw new IllegalArgumentException("reason must be one non-blank line but was '" + reason + "'");
    }
  }
}
