package dev.launchlint.cli;

/** The exit codes of DESIGN.md. */
final class ExitCode {

  /** Nothing at or above {@code --fail-on}. */
  static final int CLEAN = 0;
  /** Findings at or above {@code --fail-on}. */
  static final int FINDINGS = 1;
  /** Bad usage or an unreadable input path. */
  static final int USAGE = 2;
  /** A fault of launchlint itself. */
  static final int INTERNAL = 3;

  private ExitCode() {}
}
