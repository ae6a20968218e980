package dev.launchlint.compare;

import java.util.Locale;

/** The six kinds of inconsistency launchlint reports; see DESIGN.md. */
public enum FindingType {
  CONTRADICTION,
  UNSUPPORTED_CLAIM,
  OMISSION,
  OVERPROMISE,
  TERMINOLOGY_DRIFT,
  POSITIONING_DRIFT;

  /** The id used in reports and labels, e.g. {@code unsupported-claim}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static FindingType fromId(String id) {
    for (FindingType t : values()) {
      if (t.id().equalsIgnoreCase(id.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown finding type '" + id + "'");
  }
}
