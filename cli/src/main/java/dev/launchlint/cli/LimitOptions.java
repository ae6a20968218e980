package dev.launchlint.cli;

import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.extract.ExtractionLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** What one document may cost; a picocli mixin shared by the commands that read kits (and the Spark job). */
public final class LimitOptions {

  @Option(names = "--max-file-mb", paramLabel = "MB",
      description = "Files larger than MB megabytes are not read and reported too-large (default: 100).")
  Long maxFileMegabytes;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Keep at most N characters of text per document; the cut is reported (default: 2000000).")
  Integer maxChars;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Stop parsing a document after SECONDS and report it as timeout (default: 60).")
  Integer timeoutSeconds;

  public AuditOptions applyTo(AuditOptions options) {
    ExtractionLimits limits = options.limits();
    if (maxFileMegabytes != null) {
      limits = limits.withMaxBytes(positive("--max-file-mb", maxFileMegabytes) * 1024 * 1024);
    }
    if (maxChars != null) {
      limits = limits.withMaxChars((int) positive("--max-chars", maxChars));
    }
    if (timeoutSeconds != null) {
      limits = limits.withTimeout(Duration.ofSeconds(positive("--timeout", timeoutSeconds)));
    }
    return options.withLimits(limits);
  }

  private static long positive(String option, long value) {
    if (value < 1) {
      throw new LaunchlintException("cli", option + " must be at least 1, not " + value);
    }
    return value;
  }
}
