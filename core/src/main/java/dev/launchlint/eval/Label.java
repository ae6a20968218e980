package dev.launchlint.eval;

import dev.launchlint.compare.FindingType;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Objects;

/**
 * One expected finding of a labelled kit (DESIGN.md, Labels).
 *
 * @param type the finding type a report must give
 * @param functions the functions the finding is about; a finding matches when it names all of them
 * @param anchors short strings that must each occur in some evidence text of the finding (compared
 *     case-insensitively, whitespace collapsed); may be empty
 * @param note free text for humans, or null
 */
public record Label(FindingType type, List<BusinessFunction> functions, List<String> anchors, String note) {

  public Label {
    Objects.requireNonNull(type, "type");
    functions = functions.stream().distinct().sorted().toList();
    anchors = List.copyOf(anchors);
    if (functions.isEmpty()) {
      throw new IllegalArgumentException("a label needs at least one function (" + type.id() + ")");
    }
    for (String a : anchors) {
      if (a.isBlank()) {
        throw new IllegalArgumentException("blank anchor in a " + type.id() + " label");
      }
    }
  }
}
