package dev.launchlint.kit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision to accept a known finding until a date, as a team writes it in the {@code waivers:}
 * list of the kit's {@code launchlint.yml}:
 *
 * <pre>
 * waivers:
 *   - {id: "3f2a9c01d4e5b6a7", reason: "sales deck is retired on launch day", owner: "ana", expires: "2027-01-31"}
 *   - {type: terminology-drift, attribute: "naming: smart sync", functions: [marketing, sales],
 *      reason: "both names until the rename ships", owner: "li", expires: "2027-03-01"}
 * </pre>
 *
 * A waiver names one finding by its {@code id}, or every finding of a {@code type} (and, when
 * given, with that {@code attribute}, case-insensitive, and exactly those {@code functions}). It
 * applies before the day it {@code expires}; from that day the finding counts again.
 *
 * @param id a finding id, or null when the waiver names a type instead
 * @param type a finding type id such as {@code contradiction}, or null when it names an id
 * @param attribute the finding's attribute, or null for any
 * @param functions the finding's functions, or empty for any
 */
public record Waiver(String id, String type, String attribute, List<BusinessFunction> functions, String reason,
    String owner, LocalDate expires) {

  public Waiver {
    functions = functions == null ? List.of() : functions.stream().distinct().sorted().toList();
    id = blankToNull(id);
    type = blankToNull(type);
    attribute = blankToNull(attribute);
    if ((id == null) == (type == null)) {
      throw new IllegalArgumentException("a waiver names either an id or a type (with attribute and functions)");
    }
    if (id != null && (attribute != null || !functions.isEmpty())) {
      throw new IllegalArgumentException("a waiver with an id takes no attribute or functions: " + id);
    }
    reason = required("reason", reason);
    owner = required("owner", owner);
    Objects.requireNonNull(expires, "expires");
  }

  /** A waiver of the finding with this id. */
  public static Waiver ofId(String id, String reason, String owner, LocalDate expires) {
    return new Waiver(id, null, null, List.of(), reason, owner, expires);
  }

  /**
   * Writes the waiver's fields into {@code n} as {@code launchlint.yml} holds them (and the JSON
   * report shows them), and returns {@code n}.
   */
  public ObjectNode writeTo(ObjectNode n) {
    if (id != null) {
      n.put("id", id);
    } else {
      n.put("type", type);
      if (attribute != null) {
        n.put("attribute", attribute);
      }
      if (!functions.isEmpty()) {
        ArrayNode fs = n.putArray("functions");
        functions.forEach(f -> fs.add(f.id()));
      }
    }
    n.put("reason", reason);
    n.put("owner", owner);
    n.put("expires", expires.toString());
    return n;
  }

  /** Whether the waiver still applies on {@code day}: it stops applying on the day it expires. */
  public boolean activeOn(LocalDate day) {
    return day.isBefore(expires);
  }

  /** What the waiver names, for a report: the id, or the type with its attribute and functions. */
  public String target() {
    if (id != null) {
      return id;
    }
    StringBuilder b = new StringBuilder(type);
    if (attribute != null) {
      b.append(" \"").append(attribute).append('"');
    }
    if (!functions.isEmpty()) {
      b.append(" (").append(String.join(", ", functions.stream().map(BusinessFunction::id).toList())).append(')');
    }
    return b.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a waiver needs a " + name);
    }
    return value.strip();
  }
}
