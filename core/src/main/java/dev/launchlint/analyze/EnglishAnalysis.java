package dev.launchlint.analyze;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Placeholder until the OpenNLP pipeline lands: every unit is a capability claim. Thread-safe (stateless). */
final class EnglishAnalysis implements Analysis {

  private static final EnglishAnalysis SHARED = new EnglishAnalysis();

  static EnglishAnalysis shared() {
    return SHARED;
  }

  @Override
  public List<Claim> claims(ExtractedDocument document) {
    List<Claim> claims = new ArrayList<>();
    for (TextUnit u : document.units()) {
      claims.add(new Claim(document.path(), document.function(), u.index(), u.start(), u.end(), u.text(), u.text(),
          u.location(), ClaimType.CAPABILITY, null, Attributes.NONE));
    }
    return claims;
  }

  @Override
  public Map<BusinessFunction, List<Term>> terms(List<ExtractedDocument> documents) {
    return Map.of();
  }
}
