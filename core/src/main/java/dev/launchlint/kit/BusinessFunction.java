package dev.launchlint.kit;

import java.util.Locale;
import java.util.Optional;

/**
 * The team that wrote a document of a launch kit. {@code STRATEGY} material (a positioning brief,
 * a messaging framework) is the source of truth when a kit has it.
 */
public enum BusinessFunction {
  PRODUCT,
  MARKETING,
  SALES,
  STRATEGY;

  /** The lower-case name used in folders, reports and labels. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Marketing and sales speak to customers; product and strategy do not. */
  public boolean customerFacing() {
    return this == MARKETING || this == SALES;
  }

  /** The function of a report or label id such as {@code "sales"}, if it names one. */
  public static Optional<BusinessFunction> fromId(String id) {
    for (BusinessFunction f : values()) {
      if (f.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
