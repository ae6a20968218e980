package dev.launchlint.compare;

import java.util.Locale;

/** The six kinds of inconsistency launchlint reports; see DESIGN.md. */
public enum FindingType {
  CONTRADICTION(0.75, "both statements give the same fact of the same thing"),
  UNSUPPORTED_CLAIM(0.75, "no product or strategy statement says the same"),
  OMISSION(0.75, "product states it; no customer-facing statement does"),
  OVERPROMISE(0.75, "absolute or guarantee wording that no product statement backs"),
  TERMINOLOGY_DRIFT(0.75, "the names are used for the same thing"),
  POSITIONING_DRIFT(0.75, "the functions lead with different value propositions");

  private final double confidence;
  private final String reason;

  FindingType(double confidence, String reason) {
    this.confidence = confidence;
    this.reason = reason;
  }

  /** The confidence of a finding of this type whose detector says no more. */
  public double confidence() {
    return confidence;
  }

  /** Why a finding of this type holds, when its detector says no more. */
  public String reason() {
    return reason;
  }

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
