package dev.launchlint.compare;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Attributes;
import dev.launchlint.analyze.Bound;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an analysed kit by hand: the comparator's own input, with attributes stated the way the
 * analysis states them, so that the comparator's decisions are tested apart from the analysis.
 */
final class KitBuilder {

  private final Map<String, List<TextUnit>> units = new LinkedHashMap<>();
  private final Map<String, BusinessFunction> functions = new LinkedHashMap<>();
  private final List<Claim> claims = new ArrayList<>();

  /** A claim in {@code path}; the document's function is the path's first folder. */
  ClaimSpec claim(String path, String text) {
    return new ClaimSpec(path, text);
  }

  /** A unit that is not a claim (a heading, a fluff sentence). */
  KitBuilder unit(String path, UnitKind kind, String text) {
    add(path, kind, text);
    return this;
  }

  private TextUnit add(String path, UnitKind kind, String text) {
    BusinessFunction f = BusinessFunction.fromId(path.substring(0, path.indexOf('/'))).orElseThrow();
    functions.put(path, f);
    List<TextUnit> us = units.computeIfAbsent(path, p -> new ArrayList<>());
    int start = us.isEmpty() ? 0 : us.get(us.size() - 1).end() + 1;
    TextUnit u = new TextUnit(us.size(), kind, text, start, start + text.length(), Location.NONE.withHeading("Overview"));
    us.add(u);
    return u;
  }

  AnalyzedKit build() {
    List<ExtractedDocument> docs = new ArrayList<>();
    units.forEach((path, us) -> {
      StringBuilder text = new StringBuilder();
      us.forEach(u -> text.append(u.text()).append('\n'));
      docs.add(new ExtractedDocument(path, functions.get(path), "text/markdown", DocumentStatus.PARSED, null,
          text.toString(), us, false));
    });
    return new AnalyzedKit(docs, claims, Map.of());
  }

  final class ClaimSpec {
    private final String path;
    private final String text;
    private ClaimType type = ClaimType.CAPABILITY;
    private String aspect;
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Money> prices = new ArrayList<>();
    private final List<DateRef> dates = new ArrayList<>();
    private ReleaseStage stage;
    private final List<String> entities = new ArrayList<>();
    private boolean negated;
    private boolean hedged;
    private final List<String> absolutes = new ArrayList<>();

    ClaimSpec(String path, String text) {
      this.path = path;
      this.text = text;
    }

    ClaimSpec type(ClaimType t) {
      type = t;
      return this;
    }

    ClaimSpec aspect(String a) {
      aspect = a;
      return this;
    }

    ClaimSpec quantity(String phrase, double value, String dimension, String unit, Bound bound) {
      quantities.add(new Quantity(value, null, dimension, unit, bound, 0, phrase.length(), phrase));
      return this;
    }

    ClaimSpec price(String phrase, double amount, String per, String period) {
      prices.add(new Money("USD", amount, null, per, period, null, Bound.EXACT, 0, phrase.length(), phrase));
      return this;
    }

    ClaimSpec date(String phrase, Integer year, Integer quarter) {
      dates.add(new DateRef(year, quarter, null, null, false, 0, phrase.length(), phrase));
      return this;
    }

    ClaimSpec stage(ReleaseStage s) {
      stage = s;
      return this;
    }

    ClaimSpec entity(String e) {
      entities.add(e);
      return this;
    }

    ClaimSpec negated() {
      negated = true;
      return this;
    }

    ClaimSpec hedged() {
      hedged = true;
      return this;
    }

    ClaimSpec absolute(String a) {
      absolutes.add(a);
      return this;
    }

    KitBuilder add() {
      TextUnit u = KitBuilder.this.add(path, UnitKind.PARAGRAPH, text);
      claims.add(new Claim(path, functions.get(path), u.index(), u.start(), u.end(), text, text, u.location(), type,
          aspect, new Attributes(quantities, prices, dates, stage, entities, negated, hedged, absolutes)));
      return KitBuilder.this;
    }
  }
}
