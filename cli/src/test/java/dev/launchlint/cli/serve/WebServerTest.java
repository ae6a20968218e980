package dev.launchlint.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.AuditOptions;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.kit.Waiver;
import dev.launchlint.kit.Waivers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's safety, over real HTTP on the loopback, without a browser. */
class WebServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    server = WebServer.start(null, 0, AuditOptions.DEFAULTS.withJobs(1), 1L << 20);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void listensOnTheLoopbackOnly() {
    assertEquals("127.0.0.1", server.url().getHost());
  }

  @Test
  void requestsWithoutTheTokenAreRefused() throws Exception {
    String base = "http://127.0.0.1:" + server.port();
    for (String path : new String[] {"/", "/app.js", "/api/kits", "/wrong-token/api/kits",
        "/" + token().substring(1) + "/api/kits", "/" + token() + "x/api/kits"}) {
      HttpResponse<String> r = get(base + path);
      assertEquals(403, r.statusCode(), path);
      assertTrue(r.body().startsWith("Forbidden"), r.body());
    }
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/api/uploads/zip?name=x.zip"))
        .POST(HttpRequest.BodyPublishers.ofString("PK")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, post.statusCode(), "an upload without the token");
    assertEquals(200, get(server.url() + "api/kits").statusCode(), "with the token");
  }

  @Test
  void aForeignHostNameIsRefused() throws IOException {
    // A DNS-rebinding page reaches the loopback under its own name: the Host header gives it away.
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + server.url().getRawPath() + "api/kits HTTP/1.1\r\nHost: evil.example:" + server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> page = get(server.url().toString());
    assertEquals(200, page.statusCode());
    assertEquals(WebServer.CSP, page.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(WebServer.CSP.contains("script-src 'self'") && !WebServer.CSP.contains("unsafe"), WebServer.CSP);
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(page.body().contains("<script src=\"app.js\" defer></script>"), "the page's only script is its own file");
    assertFalse(page.body().matches("(?s).*(https?:)?//[a-z].*"), "no external asset");
    assertEquals(403, get("http://127.0.0.1:" + server.port() + "/").headers().firstValue("Content-Security-Policy")
        .map(v -> 403).orElse(0), "refusals too");
  }

  @Test
  void badUploadsGetOneLineAndLeaveNothing() throws Exception {
    Path evil = dir.resolve("evil.zip");
    try (OutputStream out = Files.newOutputStream(evil);
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      z.putNextEntry(new java.util.zip.ZipEntry("../../escape.txt"));
      z.write("gotcha".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    HttpResponse<String> r = post("api/uploads/zip?name=evil.zip", Files.readAllBytes(evil));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().matches("\\{\"error\":\"evil.zip refused: entry '../../escape.txt' would be written outside the kit folder\"}"),
        r.body());

    HttpResponse<String> big = post("api/uploads/zip?name=big.zip", new byte[(1 << 20) + 10]);
    assertEquals(400, big.statusCode());
    assertTrue(big.body().contains("larger than the limit of 1 MiB"), big.body());

    String upload = post("api/uploads?name=loose", new byte[0]).body().replaceAll(".*\"upload\":\"([0-9a-f]+)\".*", "$1");
    HttpResponse<String> outside = post("api/uploads/" + upload + "/file?path=..%2Fx.txt", "x".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, outside.statusCode());
    assertTrue(outside.body().contains("would land outside its kit"), outside.body());

    try (var files = Files.walk(server.temporary())) {
      assertTrue(files.filter(Files::isRegularFile).findAny().isEmpty(), "a refused upload leaves no file");
    }
    Path temporary = server.temporary();
    server.close();
    assertFalse(Files.exists(temporary), "the temporary folder goes with the server");
    server = WebServer.start(null, 0, AuditOptions.DEFAULTS.withJobs(1), 1L << 20);
  }

  @Test
  void looseFilesBecomeAKitWithProposedTeams() throws Exception {
    String upload = post("api/uploads?name=drop", new byte[0]).body().replaceAll(".*\"upload\":\"([0-9a-f]+)\".*", "$1");
    for (Map.Entry<String, String> f : Map.of("drop/pitch-deck.txt", "Our deck", "drop/spec.md", "# Spec").entrySet()) {
      assertEquals(200, post("api/uploads/" + upload + "/file?path=" + f.getKey().replace("/", "%2F"),
          f.getValue().getBytes(StandardCharsets.UTF_8)).statusCode());
    }
    String kit = post("api/uploads/" + upload + "/done", new byte[0]).body();
    String id = kit.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertTrue(kit.contains("\"name\":\"drop\"") && kit.contains("\"source\":\"upload\""), kit);
    String files = get(server.url() + "api/kits/" + id + "/files").body();
    assertTrue(files.contains("{\"path\":\"pitch-deck.txt\",\"function\":\"sales\",\"origin\":\"inferred\","
        + "\"reason\":\"the name says sales deck\""), files);
    assertTrue(files.contains("{\"path\":\"spec.md\",\"function\":\"product\",\"origin\":\"inferred\""), files);
  }

  /**
   * An uploaded kit: a waiver goes into its copy's launchlint.yml, the audit's own triage marks the
   * finding waived, and the launchlint.yml to download carries the waiver and no empty functions.
   */
  @Test
  void aWaiverOfAnUploadIsInTheReportAndTheFileToDownload() throws Exception {
    Path zip = ServeBrowserTest.zip(ServeBrowserTest.SAMPLE, Map.of(), true, dir.resolve("sample.zip"));
    String kit = post("api/uploads/zip?name=sample.zip", Files.readAllBytes(zip)).body();
    String id = kit.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertEquals(200, post("api/kits/" + id + "/audit", "{\"functions\":{}}".getBytes(StandardCharsets.UTF_8)).statusCode());
    JsonNode report = doneReport(id, 0);
    JsonNode first = report.path("report").path("findings").get(0);
    assertTrue(first.path("status").isMissingNode(), "no waiver yet, so no status: " + first);
    String finding = first.path("id").asText();

    HttpResponse<String> today = post("api/kits/" + id + "/waivers", waiver(finding, LocalDate.now()));
    assertEquals(400, today.statusCode());
    assertTrue(today.body().contains("the expiry date must be after today"), today.body());
    HttpResponse<String> unknown = post("api/kits/" + id + "/waivers", waiver("0000000000000000", LocalDate.of(2099, 1, 1)));
    assertTrue(unknown.body().contains("has no finding '0000000000000000'"), unknown.body());

    HttpResponse<String> waived = post("api/kits/" + id + "/waivers", waiver(finding, LocalDate.of(2099, 1, 31)));
    assertEquals("{\"written\":null}", waived.body(), "an upload has no folder of the person's to write to");
    JsonNode after = doneReport(id, report.path("kit").path("version").asInt() + 1);
    for (JsonNode f : after.path("report").path("findings")) {
      assertEquals(f.path("id").asText().equals(finding) ? "waived" : "new", f.path("status").asText(), f.toString());
    }
    JsonNode w = after.path("report").path("findings").get(0).path("waiver");
    assertEquals("Legal signed off \"as is\"", w.path("reason").asText());
    assertEquals("2099-01-31", w.path("expires").asText());

    String yml = get(server.url() + "api/kits/" + id + "/launchlint.yml").body();
    assertFalse(yml.contains("functions"), yml);
    Path copy = dir.resolve("downloaded");
    Files.createDirectories(copy);
    Files.writeString(copy.resolve("launchlint.yml"), yml);
    List<Waiver> read = Waivers.load(copy);
    assertEquals(List.of(Waiver.ofId(finding, "Legal signed off \"as is\"", "Dana Reyes", LocalDate.of(2099, 1, 31))), read);
  }

  /** The file an upload's teams were chosen for: each file's team by its exact path, then the waivers. */
  @Test
  void theFileToDownloadNamesTheChosenTeamsFileByFile() throws IOException {
    Path kit = dir.resolve("flat");
    Files.createDirectories(kit);
    Files.writeString(kit.resolve("spec[1].md"), "# Spec\n");
    Files.writeString(kit.resolve("pitch-deck.txt"), "Our deck\n");
    Waiver w = Waiver.ofId("2411f1a0313aa336", "Legal signed off", "Dana", LocalDate.of(2099, 1, 31));
    Waivers.append(kit, w);
    Map<String, BusinessFunction> chosen = new java.util.HashMap<>(Map.of("pitch-deck.txt", BusinessFunction.SALES,
        "spec[1].md", BusinessFunction.PRODUCT));
    chosen.put("notes.txt", null);
    String yml = Workspace.settingsFile(chosen, kit, dir.resolve("scratch"));
    assertTrue(yml.startsWith("# launchlint settings for this kit: put this file at the kit's root folder.\n"
        + "functions:\n  product: [\"spec\\\\[1\\\\].md\"]\n  sales: [\"pitch-deck.txt\"]\nwaivers:\n"), yml);
    Path target = dir.resolve("target-kit");
    Files.createDirectories(target);
    Files.copy(kit.resolve("spec[1].md"), target.resolve("spec[1].md"));
    Files.copy(kit.resolve("pitch-deck.txt"), target.resolve("pitch-deck.txt"));
    Files.writeString(target.resolve("launchlint.yml"), yml);
    assertEquals(List.of(w), Waivers.load(target));
    Map<String, BusinessFunction> scanned = new java.util.TreeMap<>();
    KitScanner.scan(target).files().forEach(f -> scanned.put(f.path(), f.function()));
    assertEquals(Map.of("pitch-deck.txt", BusinessFunction.SALES, "spec[1].md", BusinessFunction.PRODUCT), scanned);
    try (var left = Files.list(dir.resolve("scratch"))) {
      assertEquals(0, left.count(), "the scratch folder is emptied");
    }
  }

  private static byte[] waiver(String id, LocalDate expires) {
    return ("{\"id\":\"" + id + "\",\"reason\":\"Legal signed off \\\"as is\\\"\",\"owner\":\"Dana Reyes\","
        + "\"expires\":\"" + expires + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /** The kit's report once its audit is done and its version is at least {@code version}. */
  private JsonNode doneReport(String id, int version) throws Exception {
    // Nothing here asserts a time; the bound only keeps a broken audit from hanging the build.
    for (int i = 0; i < 2400; i++) {
      JsonNode state = JSON.readTree(get(server.url() + "api/kits/" + id).body());
      if (state.path("status").asText().equals("failed")) {
        throw new AssertionError(state.toString());
      }
      if (state.path("status").asText().equals("done") && state.path("version").asInt() >= version) {
        return JSON.readTree(get(server.url() + "api/kits/" + id + "/report").body());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the audit did not end");
  }

  private String token() {
    String path = server.url().getRawPath();
    return path.substring(1, path.length() - 1);
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

}
