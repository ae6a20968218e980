package dev.launchlint.compare;

import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Objects;

/**
 * A strategy pillar (a heading or bullet of the kit's strategy material) and the functions whose
 * material carries it.
 *
 * @param text the pillar as written, whitespace collapsed
 * @param carriedBy the non-strategy functions that carry it, in enum order
 */
public record Pillar(String text, List<BusinessFunction> carriedBy) {

  public Pillar {
    Objects.requireNonNull(text, "text");
    carriedBy = carriedBy.stream().distinct().sorted().toList();
    if (text.isBlank()) {
      throw new IllegalArgumentException("a pillar needs text");
    }
  }
}
