package dev.launchlint.analyze;

import dev.launchlint.extract.Location;
import dev.launchlint.kit.BusinessFunction;
import java.util.Objects;

/**
 * An assertion about the offering found in one unit of a kit document.
 *
 * @param path the document, relative to the kit root
 * @param function the team that wrote it
 * @param unitIndex index of the unit the claim was found in
 * @param start offset of the claim in the document text
 * @param end end offset (exclusive)
 * @param text the claim's sentence or bullet, whitespace collapsed
 * @param unitText the whole unit as extracted, whitespace collapsed (evidence quotes it)
 * @param location where the unit stands
 * @param type the main kind of the assertion
 * @param aspect what the claim is about as a normalised key ({@code uptime}, {@code price},
 *     {@code setup-time}), or null when no known aspect fits
 * @param attributes the normalised facts
 */
public record Claim(
    String path,
    BusinessFunction function,
    int unitIndex,
    int start,
    int end,
    String text,
    String unitText,
    Location location,
    ClaimType type,
    String aspect,
    Attributes attributes) {

  public Claim {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unitText, "unitText");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(attributes, "attributes");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + path);
    }
  }

  /**
   * Whether the claim stands under a heading that says what it lists is not there ("Not
   * supported", "Who it's not for"): its figures are of what the offering does not do.
   */
  public boolean underDenyingHeading() {
    return SentenceReader.denies(location.heading());
  }
}
