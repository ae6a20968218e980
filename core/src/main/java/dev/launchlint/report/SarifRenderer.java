package dev.launchlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.triage.KnownFinding;
import dev.launchlint.triage.Triage;
import dev.launchlint.triage.WaiverOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * SARIF 2.1.0 (OASIS): one run, one rule per finding type, one result per finding. The first
 * evidence is the result's location, the others its related locations; artifact URIs are relative
 * to the kit root, named {@code KITROOT} in {@code originalUriBaseIds}. Pages, slides and sheets
 * have no SARIF region, so they go into each location's message and property bag. Severity maps to
 * levels: high error, medium warning, low note. {@code partialFingerprints} carry the stable
 * finding id, so dashboards track a finding across runs.
 */
final class SarifRenderer implements Renderer {

  static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
  static final String BASE_ID = "KITROOT";
  static final String FINGERPRINT = "launchlintFindingId/v1";
  /** Where people learn about the tool (SARIF {@code informationUri}). */
  static final String TOOL_HOME = "https://github.com/launchlint/launchlint";

  /** launchlint's version from the core jar's Maven descriptor; null when run from classes (tests). */
  private static final String TOOL_VERSION = toolVersion();

  private static final ObjectMapper MAPPER = JsonRenderer.MAPPER;

  @Override
  public void render(Report report, Writer out, RenderOptions options) throws IOException {
    MAPPER.writeValue(out, tree(report));
    out.write('\n');
  }

  static ObjectNode tree(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "launchlint");
    driver.put("informationUri", TOOL_HOME);
    if (TOOL_VERSION != null) {
      driver.put("version", TOOL_VERSION);
    }
    ArrayNode rules = driver.putArray("rules");
    for (FindingType t : FindingType.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", t.id());
      rule.put("name", ruleName(t));
      rule.putObject("shortDescription").put("text", Wording.title(t));
      rule.putObject("fullDescription").put("text", Wording.explain(t));
      rule.putObject("defaultConfiguration").put("level", "warning");
      rule.putObject("help").put("text", Wording.explain(t)
          + " Align the material of the functions named in the result, or record why they differ.");
    }
    ObjectNode base = run.putObject("originalUriBaseIds").putObject(BASE_ID);
    rootUri(report.kit().root()).ifPresent(u -> base.put("uri", u));
    base.putObject("description").put("text", "The root folder of the launch kit " + report.kit().name());
    ArrayNode artifacts = run.putArray("artifacts");
    for (DocumentSummary d : report.documents()) {
      ObjectNode a = artifacts.addObject();
      artifactLocation(a.putObject("location"), d.path());
      if (d.mediaType() != null) {
        a.put("mimeType", mimeType(d.mediaType()));
      }
      ObjectNode props = a.putObject("properties");
      props.put("function", d.function() == null ? null : d.function().id());
      props.put("status", d.status().id());
      if (d.error() != null) {
        props.put("error", d.error());
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      results.add(result(f, report));
    }
    for (KnownFinding k : report.triage().fixed()) {
      results.add(fixed(k));
    }
    List<String> notes = new ArrayList<>();
    report.triage().waivers().stream().filter(o -> o.state() == WaiverOutcome.State.UNMATCHED)
        .forEach(o -> notes.add("Waiver " + o.describe()));
    report.sheet().problems().forEach(p -> notes.add("Fact sheet: " + p));
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    if (!notes.isEmpty()) {
      ArrayNode n = invocation.putArray("toolConfigurationNotifications");
      for (String text : notes) {
        ObjectNode x = n.addObject();
        x.put("level", "warning");
        x.putObject("message").put("text", Escape.sarif(text));
      }
    }
    ObjectNode runProps = run.putObject("properties");
    runProps.put("kit", report.kit().name());
    runProps.put("stage", report.scores().stage().id());
    runProps.put("alignmentIndex", report.scores().alignmentIndex());
    return root;
  }

  private static ObjectNode result(Finding f, Report report) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("ruleId", f.type().id());
    r.put("ruleIndex", f.type().ordinal());
    r.put("level", level(f.severity()));
    StringBuilder message = new StringBuilder(Escape.sarif(f.summary()));
    message.append("\nWhy: ").append(Escape.sarif(f.reason())).append(" (").append(Wording.confidence(f)).append(')');
    for (Evidence e : f.evidence()) {
      message.append('\n').append(e.function().id()).append(": ")
          .append(Escape.sarif(e.path()));
      String where = Wording.where(e.location());
      if (!where.isEmpty()) {
        message.append(", ").append(Escape.sarif(where));
      }
      message.append(": \"").append(Escape.sarif(e.text())).append('"');
    }
    Triage triage = report.triage();
    LocalDate lapsed = triage.expired().get(f.id());
    if (lapsed != null) {
      message.append("\nIts waiver expired on ").append(lapsed).append(": it counts again.");
    }
    r.putObject("message").put("text", message.toString());
    List<Evidence> ev = f.evidence();
    ArrayNode locations = r.putArray("locations");
    if (!ev.isEmpty()) {
      locations.add(location(ev.get(0), -1, report));
    }
    if (ev.size() > 1) {
      ArrayNode related = r.putArray("relatedLocations");
      for (int i = 1; i < ev.size(); i++) {
        related.add(location(ev.get(i), i, report));
      }
    }
    r.putObject("partialFingerprints").put(FINGERPRINT, f.id());
    if (triage.baselined()) {
      r.put("baselineState", triage.inBaseline(f) ? "unchanged" : "new");
    }
    triage.waiverOf(f).ifPresent(w -> {
      ObjectNode s = r.putArray("suppressions").addObject();
      s.put("kind", "external");
      s.put("status", "accepted");
      s.put("justification", Escape.sarif(w.reason() + " (owner " + w.owner() + ", until " + w.expires() + ")"));
      ObjectNode sp = s.putObject("properties");
      sp.put("owner", w.owner());
      sp.put("expires", w.expires().toString());
    });
    ObjectNode props = r.putObject("properties");
    props.put("findingId", f.id());
    props.put("severity", f.severity().id());
    ArrayNode fns = props.putArray("functions");
    f.functions().forEach(x -> fns.add(x.id()));
    if (f.attribute() != null) {
      props.put("attribute", f.attribute());
    }
    props.put("stage", report.scores().stage().id());
    if (triage.active()) {
      props.put("status", triage.status(f).id());
    }
    if (lapsed != null) {
      props.put("waiverExpired", lapsed.toString());
    }
    return r;
  }

  /** A baseline finding no longer found: SARIF's {@code baselineState} "absent", with no location. */
  private static ObjectNode fixed(KnownFinding k) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("ruleId", k.type().id());
    r.put("ruleIndex", k.type().ordinal());
    r.put("level", "none");
    r.put("kind", "pass");
    r.putObject("message").put("text", Escape.sarif("Fixed since the baseline: " + k.summary()));
    r.putObject("partialFingerprints").put(FINGERPRINT, k.id());
    r.put("baselineState", "absent");
    ObjectNode props = r.putObject("properties");
    props.put("findingId", k.id());
    props.put("severity", k.severity().id());
    props.put("status", "fixed");
    return r;
  }

  private static ObjectNode location(Evidence e, int id, Report report) {
    ObjectNode l = MAPPER.createObjectNode();
    if (id >= 0) {
      l.put("id", id);
    }
    ObjectNode physical = l.putObject("physicalLocation");
    artifactLocation(physical.putObject("artifactLocation"), e.path());
    Region region = report.regions().get(e);
    if (region != null) {
      ObjectNode rg = physical.putObject("region");
      if (region.hasLines()) {
        rg.put("startLine", region.startLine());
        rg.put("startColumn", region.startColumn());
        rg.put("endLine", region.endLine());
        rg.put("endColumn", region.endColumn());
      } else {
        rg.put("byteOffset", 0);
        rg.put("byteLength", region.byteLength());
      }
      rg.putObject("snippet").put("text", e.text());
    }
    String where = Wording.where(e.location());
    l.putObject("message").put("text", Escape.sarif(e.function().id() + (where.isEmpty() ? "" : ", " + where)
        + ": \"" + e.text() + "\""));
    ObjectNode props = l.putObject("properties");
    props.put("function", e.function().id());
    props.setAll(JsonRenderer.location(e.location()));
    props.put("text", e.text());
    return l;
  }

  private static void artifactLocation(ObjectNode a, String path) {
    a.put("uri", relativeUri(path));
    a.put("uriBaseId", BASE_ID);
  }

  /**
   * A kit-relative path as a relative URI reference: every byte outside RFC 3986's unreserved
   * characters is percent-encoded, {@code /} kept, so no segment can read as a scheme or a query.
   */
  static String relativeUri(String path) {
    StringBuilder b = new StringBuilder(path.length() + 16);
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }

  /**
   * The kit root as an absolute {@code file:} URI ending in a slash, when the root as given is
   * absolute; a relative root has no absolute URI, and SARIF consumers then resolve {@code KITROOT}
   * themselves.
   */
  static Optional<String> rootUri(String root) {
    try {
      Path p = Path.of(root);
      if (!p.isAbsolute()) {
        return Optional.empty();
      }
      String u = p.normalize().toUri().toString();
      return Optional.of(u.endsWith("/") ? u : u + "/");
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String toolVersion() {
    try (InputStream in = SarifRenderer.class.getResourceAsStream(
        "/META-INF/maven/dev.launchlint/launchlint-core/pom.properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  private static String mimeType(String mediaType) {
    int semi = mediaType.indexOf(';');
    return (semi >= 0 ? mediaType.substring(0, semi) : mediaType).strip();
  }

  /** A name a person understands, distinct from the id as SARIF asks (3.49.7). */
  private static String ruleName(FindingType t) {
    return switch (t) {
      case CONTRADICTION -> "FunctionsStateDifferentFacts";
      case UNSUPPORTED_CLAIM -> "ClaimWithoutProductBacking";
      case OMISSION -> "CapabilityLeftOutOfTheStory";
      case OVERPROMISE -> "GuaranteeWithoutProductBacking";
      case TERMINOLOGY_DRIFT -> "OneConceptUnderSeveralNames";
      case POSITIONING_DRIFT -> "FunctionsLeadWithDifferentValue";
    };
  }

  static String level(Severity s) {
    return switch (s) {
      case HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }
}
