package dev.launchlint.eval;

import dev.launchlint.compare.Finding;
import java.util.Objects;

/** A label and the reported finding it was matched with. */
public record Match(Label label, Finding finding) {

  public Match {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(finding, "finding");
  }
}
