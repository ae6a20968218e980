package dev.launchlint.compare;

import dev.launchlint.kit.BusinessFunction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One inconsistency of a kit, with its evidence.
 *
 * @param id stable: the same input gives the same id (a digest of type, functions, attribute and
 *     evidence, with its marks)
 * @param functions the functions the finding is about, in enum order (see DESIGN.md, Labels)
 * @param attribute the aspect or concept in question, e.g. {@code uptime}; may be null
 * @param summary one line a marketer understands
 */
public record Finding(
    String id,
    FindingType type,
    Severity severity,
    List<BusinessFunction> functions,
    String attribute,
    String summary,
    List<Evidence> evidence) {

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    functions = functions.stream().distinct().sorted().toList();
    evidence = List.copyOf(evidence);
    if (functions.isEmpty()) {
      throw new IllegalArgumentException("a finding needs at least one function: " + summary);
    }
  }

  /** A finding whose id is derived from its content. */
  public static Finding of(
      FindingType type,
      Severity severity,
      List<BusinessFunction> functions,
      String attribute,
      String summary,
      List<Evidence> evidence) {
    StringBuilder key = new StringBuilder(type.id()).append('|').append(attribute);
    functions.stream().distinct().sorted().forEach(f -> key.append('|').append(f.id()));
    for (Evidence e : evidence) {
      key.append('|').append(e.path()).append('|').append(e.text());
      // Two conflicts between the same two units ("$39" against "$29", "5" against "10
      // storefronts") are two findings: what is marked tells them apart.
      e.marks().forEach(m -> key.append('|').append(m.start()).append('-').append(m.end()));
    }
    return new Finding(digest(key.toString()), type, severity, functions, attribute, summary, evidence);
  }

  private static String digest(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
