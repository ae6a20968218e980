package dev.launchlint.extract;

import java.util.Locale;

/** What happened to one input file. Every file of a kit ends with exactly one. */
public enum DocumentStatus {
  PARSED,
  EMPTY,
  UNSUPPORTED,
  ENCRYPTED,
  CORRUPT,
  TIMEOUT,
  TOO_LARGE,
  UNASSIGNED;

  /** The id used in reports: lower case, hyphenated ({@code too-large}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
