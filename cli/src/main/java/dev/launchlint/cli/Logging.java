package dev.launchlint.cli;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where the diagnostics of the parsing libraries go. Tika, PDFBox and POI log a great deal about
 * broken files; launchlint already reports each file's status, so by default that noise is off.
 * {@code --verbose} sends it to standard error, {@code --log-file} to a file.
 *
 * <p>slf4j-simple reads its settings once, when the first logger is made, so this must run before
 * any library class logs: the command line calls it right after parsing the options.
 */
final class Logging {

  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  static void configure(boolean verbose, Path logFile) {
    String level = verbose ? "info" : logFile != null ? "info" : "off";
    setIfAbsent("defaultLogLevel", level);
    setIfAbsent("logFile", logFile != null ? logFile.toAbsolutePath().toString() : "System.err");
    setIfAbsent("showDateTime", logFile != null ? "true" : "false");
    setIfAbsent("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    setIfAbsent("showThreadName", "true");
    setIfAbsent("showShortLogName", "true");
    setIfAbsent("levelInBrackets", "true");
    // Bound here, on one thread: the audit builds Tika and the NLP models on two threads at once,
    // and loggers made while another thread is binding are queued and replayed with a warning.
    LoggerFactory.getILoggerFactory();
  }

  /** A user's own {@code -Dorg.slf4j.simpleLogger...} wins. */
  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(PREFIX + key) == null) {
      System.setProperty(PREFIX + key, value);
    }
  }
}
