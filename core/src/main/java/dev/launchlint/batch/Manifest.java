package dev.launchlint.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitFile;
import dev.launchlint.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a finished kit was made from and what it produced, written beside its reports after them.
 * A kit whose manifest matches the current build, options and inputs, and whose reports are all
 * still there with the recorded digests, is complete and need not be audited again.
 *
 * <p>Inputs are compared by path, size and modification time, not by content: reading every file
 * to hash it would cost a good part of what extracting it costs. {@code --force} covers the rare
 * edit that keeps both size and time.
 */
record Manifest(String build, String options, List<Input> inputs, List<Output> reports, KitOutcome outcome) {

  static final String SCHEMA = "launchlint/batch-manifest@1";
  static final String FILE = "manifest.json";

  record Input(String path, long size, long modified) {}

  record Output(String file, long size, String sha256) {}

  Manifest {
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(outcome, "outcome");
    inputs = List.copyOf(inputs);
    reports = List.copyOf(reports);
  }

  /** The current fingerprint of every file of {@code kit}, in the kit's path order. */
  static List<Input> inputs(Kit kit) {
    List<Input> inputs = new ArrayList<>(kit.files().size());
    for (KitFile f : kit.files()) {
      long size = -1;
      long modified = -1;
      try {
        BasicFileAttributes a = Files.readAttributes(f.file(), BasicFileAttributes.class);
        size = a.size();
        modified = a.lastModifiedTime().toMillis();
      } catch (IOException e) {
        // An unreadable file is recorded as such; the audit will give it its status.
      }
      inputs.add(new Input(f.path(), size, modified));
    }
    return inputs;
  }

  /** Whether this manifest vouches for the reports in {@code kitOut} for these inputs and formats. */
  boolean covers(String currentBuild, String currentOptions, List<Input> currentInputs, List<ReportFormat> formats,
      Path kitOut) {
    if (!build.equals(currentBuild) || !options.equals(currentOptions) || !inputs.equals(currentInputs)) {
      return false;
    }
    for (ReportFormat format : formats) {
      String name = reportFile(format);
      Optional<Output> recorded = reports.stream().filter(o -> o.file().equals(name)).findFirst();
      if (recorded.isEmpty() || !matches(kitOut.resolve(name), recorded.get())) {
        return false;
      }
    }
    return true;
  }

  static String reportFile(ReportFormat format) {
    return "report." + format.extension();
  }

  static Output output(String file, byte[] bytes) {
    return new Output(file, bytes.length, sha256(bytes));
  }

  static Optional<Manifest> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode n = Json.MAPPER.readTree(file.toFile());
      if (!SCHEMA.equals(n.path("schema").asText())) {
        return Optional.empty();
      }
      List<Input> inputs = new ArrayList<>();
      n.path("inputs").forEach(i -> inputs.add(
          new Input(i.path("path").asText(), i.path("size").asLong(), i.path("modified").asLong())));
      List<Output> reports = new ArrayList<>();
      n.path("reports").forEach(r -> reports.add(
          new Output(r.path("file").asText(), r.path("size").asLong(), r.path("sha256").asText())));
      return Optional.of(new Manifest(n.path("build").asText(), n.path("options").asText(), inputs, reports,
          Json.outcome(n.path("outcome"))));
    } catch (IOException | RuntimeException e) {
      // A damaged manifest only means the kit is audited again.
      return Optional.empty();
    }
  }

  byte[] toBytes() throws IOException {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("schema", SCHEMA);
    n.put("build", build);
    n.put("options", options);
    ArrayNode in = n.putArray("inputs");
    for (Input i : inputs) {
      in.addObject().put("path", i.path()).put("size", i.size()).put("modified", i.modified());
    }
    ArrayNode out = n.putArray("reports");
    for (Output o : reports) {
      out.addObject().put("file", o.file()).put("size", o.size()).put("sha256", o.sha256());
    }
    n.set("outcome", Json.outcome(outcome));
    StringWriter w = new StringWriter();
    Json.MAPPER.writeValue(w, n);
    w.write('\n');
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static boolean matches(Path file, Output recorded) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) != recorded.size()) {
        return false;
      }
      return sha256(Files.readAllBytes(file)).equals(recorded.sha256());
    } catch (IOException e) {
      return false;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
