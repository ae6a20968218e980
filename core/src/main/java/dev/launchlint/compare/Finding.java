package dev.launchlint.compare;

import dev.launchlint.kit.BusinessFunction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One inconsistency of a kit, with its evidence.
 *
 * @param id stable: a digest of what is contested (type, functions, attribute, the quoted and
 *     marked words or the normalised values), never of where it is said, so renaming a file or
 *     editing another paragraph keeps it
 * @param functions the functions the finding is about, in enum order (see DESIGN.md, Labels)
 * @param attribute the aspect or concept in question, e.g. {@code uptime}; may be null
 * @param summary one line a marketer understands
 * @param confidence how sure launchlint is that the finding holds, 0 to 1; reports show the
 *     findings at or above {@link #CONFIDENT} unless asked for all
 * @param reason one line a marketer can check: why the evidence is about the same thing
 */
public record Finding(
    String id,
    FindingType type,
    Severity severity,
    List<BusinessFunction> functions,
    String attribute,
    String summary,
    List<Evidence> evidence,
    double confidence,
    String reason) {

  /** The confidence from which a finding is shown by default and counts for the stage and scores. */
  public static final double CONFIDENT = 0.6;

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(reason, "reason");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1] but was " + confidence + ": " + summary);
    }
    functions = functions.stream().distinct().sorted().toList();
    evidence = List.copyOf(evidence);
    if (functions.isEmpty()) {
      throw new IllegalArgumentException("a finding needs at least one function: " + summary);
    }
  }

  /** Whether the finding is shown by default and counts for the stage and scores. */
  public boolean confident() {
    return confidence >= CONFIDENT;
  }

  /** The same finding with another confidence and reason; the id stays. */
  public Finding withConfidence(double value, String why) {
    return new Finding(id, type, severity, functions, attribute, summary, evidence, value, why);
  }

  /**
   * A finding whose id is derived from what it contests, with the confidence and reason its type
   * gives by default ({@link FindingType#reason()}). The id never rests on where the evidence
   * stands (file, page, slide, offsets), so renaming a file, moving a slide or editing another
   * paragraph keeps it: a positioning drift is known by its pair of functions, a terminology drift
   * by the names each function uses, any other finding by the words it quotes and marks.
   */
  public static Finding of(
      FindingType type,
      Severity severity,
      List<BusinessFunction> functions,
      String attribute,
      String summary,
      List<Evidence> evidence) {
    StringBuilder key = new StringBuilder(type.id()).append('|').append(attribute);
    functions.stream().distinct().sorted().forEach(f -> key.append('|').append(f.id()));
    if (type != FindingType.POSITIONING_DRIFT) {
      List<String> quoted = new ArrayList<>();
      for (Evidence e : evidence) {
        StringBuilder q = new StringBuilder(e.function().id());
        if (type != FindingType.TERMINOLOGY_DRIFT) {
          q.append('|').append(normalised(e.text()));
        }
        // Two conflicts between the same two units ("$39" against "$29", "5" against "10
        // storefronts") are two findings: what is marked tells them apart.
        e.marks().forEach(m -> q.append('|').append(normalised(e.text().substring(m.start(), m.end()))));
        quoted.add(q.toString());
      }
      quoted.stream().sorted().forEach(q -> key.append("||").append(q));
    }
    return new Finding(digest(key.toString()), type, severity, functions, attribute, summary, evidence,
        type.confidence(), type.reason());
  }

  private static String normalised(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * A finding whose id is derived from what is contested ({@code contested}: subject, attribute,
   * normalised values), not from where it is said: edits elsewhere in the kit keep the id.
   */
  public static Finding contested(FindingType type, Severity severity, List<BusinessFunction> functions,
      String attribute, String summary, List<Evidence> evidence, String contested, double confidence,
      String reason) {
    StringBuilder key = new StringBuilder(type.id()).append('|').append(contested);
    functions.stream().distinct().sorted().forEach(f -> key.append('|').append(f.id()));
    return new Finding(digest(key.toString()), type, severity, functions, attribute, summary, evidence,
        confidence, reason);
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
