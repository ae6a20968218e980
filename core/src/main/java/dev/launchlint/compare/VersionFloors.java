package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two oldest supported versions of one platform: "iOS 15 or later" against "iOS 16 and later".
 * Stateless.
 */
final class VersionFloors {

  /** A platform's oldest supported version: "iOS 15 or later", "Android 10+", "macOS 13 and above". */
  private static final Pattern VERSION_FLOOR = Pattern.compile(
      "\\b(\\p{L}[\\p{L}\\p{N}]*)\\s+v?(\\d+(?:\\.\\d+)*)\\s*(?:\\+|(?:or|and)\\s+(?:later|above|newer|higher)\\b)",
      Pattern.CASE_INSENSITIVE);

  private VersionFloors() {}

  /** The version floors a claim states, by the named thing they belong to ("15" and "15.0" are one). */
  static Map<String, String> of(Claim c) {
    Map<String, String> out = new HashMap<>();
    var m = VERSION_FLOOR.matcher(c.text());
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (c.attributes().entities().contains(name)) {
        out.putIfAbsent(name, m.group(2).replaceAll("(\\.0+)+$", ""));
      }
    }
    return out;
  }

  /** The first shared named thing whose floors differ; the named thing is what the finding is about. */
  static Optional<Disagreement> conflict(AlignedPair p) {
    Map<String, String> floorsX = p.read().said(p.a()).floors();
    if (floorsX.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> floorsY = p.read().said(p.b()).floors();
    for (String e : p.sharedEntities()) {
      String vx = floorsX.get(e);
      String vy = floorsY.get(e);
      if (vx != null && vy != null && !vx.equals(vy)) {
        String lx = floorText(p.x(), e);
        String ly = floorText(p.y(), e);
        return Optional.of(AlignedPair.found(p.x(), p.y(), e, lx, ly, "version", () -> lx, () -> ly));
      }
    }
    return Optional.empty();
  }

  /** The words that state the floor of {@code entity} in the claim, as quoted evidence. */
  private static String floorText(Claim c, String entity) {
    var m = VERSION_FLOOR.matcher(c.text());
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(entity)) {
        return m.group();
      }
    }
    return entity;
  }
}
