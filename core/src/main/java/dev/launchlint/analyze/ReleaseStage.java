package dev.launchlint.analyze;

import java.util.Locale;

/** Where a capability stands in its life: generally available, beta, preview, roadmap... */
public enum ReleaseStage {
  GA,
  BETA,
  PREVIEW,
  EARLY_ACCESS,
  ROADMAP,
  DEPRECATED;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
