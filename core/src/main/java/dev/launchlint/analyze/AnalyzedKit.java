package dev.launchlint.analyze;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.kit.BusinessFunction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the analysis of a kit gives the comparator: its documents, their claims, and each function's terms.
 *
 * <p>The documents keep their status, media type and units, but not their full text: {@code
 * text()} is empty, because the text of every document of a kit held at once would make memory
 * grow with the kit rather than with its largest document. Claims and units carry their own text
 * and offsets, so evidence can still be quoted; {@link Analysis#terms} is given these documents
 * too and reads their units.
 */
public record AnalyzedKit(
    List<ExtractedDocument> documents, List<Claim> claims, Map<BusinessFunction, List<Term>> terms) {

  public AnalyzedKit {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    EnumMap<BusinessFunction, List<Term>> copy = new EnumMap<>(BusinessFunction.class);
    terms.forEach((f, t) -> copy.put(f, List.copyOf(t)));
    terms = Collections.unmodifiableMap(copy);
  }

  /** The claims of one function, in document order. */
  public List<Claim> claimsOf(BusinessFunction function) {
    return claims.stream().filter(c -> c.function() == function).toList();
  }

  /** The functions that have at least one parsed document. */
  public List<BusinessFunction> functions() {
    return documents.stream()
        .filter(d -> d.function() != null && !d.units().isEmpty())
        .map(ExtractedDocument::function)
        .distinct()
        .sorted()
        .toList();
  }
}
