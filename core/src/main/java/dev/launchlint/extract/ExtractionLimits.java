package dev.launchlint.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one document may cost: bytes on disk, characters kept, time to parse. A file over
 * {@code maxBytes} is {@code too-large}; text past {@code maxChars} is cut and the cut recorded; a
 * parse past {@code timeout} is stopped and the file is {@code timeout}.
 */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeout) {

  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(100L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60));

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1 but was " + maxBytes);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1 but was " + maxChars);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
  }

  public ExtractionLimits withMaxBytes(long value) {
    return new ExtractionLimits(value, maxChars, timeout);
  }

  public ExtractionLimits withMaxChars(int value) {
    return new ExtractionLimits(maxBytes, value, timeout);
  }

  public ExtractionLimits withTimeout(Duration value) {
    return new ExtractionLimits(maxBytes, maxChars, value);
  }
}
