package dev.launchlint.analyze;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.kit.BusinessFunction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the analysis of a kit gives the comparator: its documents, their claims, and each function's terms. */
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
