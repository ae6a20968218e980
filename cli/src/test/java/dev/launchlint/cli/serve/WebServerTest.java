package dev.launchlint.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.AuditOptions;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's safety, over real HTTP on the loopback, without a browser. */
class WebServerTest {

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
