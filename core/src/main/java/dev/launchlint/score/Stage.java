package dev.launchlint.score;

import java.util.Locale;

/** How far a kit has drifted, from aligned to market confusion; see DESIGN.md, Stages. */
public enum Stage {
  ALIGNED,
  FRAGMENTED_INTERPRETATION,
  CONFLICTING_EXECUTION,
  MARKET_CONFUSION;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Stage fromId(String id) {
    for (Stage s : values()) {
      if (s.id().equalsIgnoreCase(id.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown stage '" + id + "'");
  }
}
