package dev.launchlint.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.Waiver;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local web page of {@code launchlint serve}, on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}: no dependency, and all a single-user page on the loopback needs).
 *
 * <p>Safe by default, since any web page the person visits can send requests to the loopback:
 *
 * <ul>
 *   <li>it listens on 127.0.0.1 only;
 *   <li>every path starts with a random token of 128 bits that only the printed URL carries; a request
 *       without it is refused (403) before anything else is read;
 *   <li>the Host header must name the loopback, so a DNS-rebinding page cannot reach it by name;
 *   <li>every answer carries a Content-Security-Policy that allows only the page's own script and
 *       style (no inline script, nothing from elsewhere), no framing, and no Referer, so the token
 *       never leaves in a link;
 *   <li>uploads are bounded in size and land in a temporary folder (see {@link Workspace}); the page
 *       puts every piece of document text into the DOM as text, never as markup.
 * </ul>
 *
 * <p>The page's own files (HTML, script, style) are served from the jar; nothing comes from the
 * network. Thread-safe; {@link #close()} stops it and removes the temporary folder.
 */
public final class WebServer implements AutoCloseable {

  /** Only the page's own script and style; JSON and text answers get the same. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  /** The HTML report is one self-contained file with inline style and no script at all. */
  static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
      + " form-action 'none'; frame-ancestors 'none'";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> ASSETS = Map.of(
      "", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "app.css", "text/css; charset=utf-8",
      "icon.svg", "image/svg+xml");

  private final HttpServer server;
  private final Workspace workspace;
  private final String token;
  private final ExecutorService threads;

  private WebServer(HttpServer server, Workspace workspace, String token, ExecutorService threads) {
    this.server = server;
    this.workspace = workspace;
    this.token = token;
    this.threads = threads;
  }

  /**
   * Starts the page on 127.0.0.1.
   *
   * @param served the folder whose kits are listed, or null to take uploads only
   * @param port the port, or 0 for any free one
   */
  public static WebServer start(Path served, int port, AuditOptions options, long maxUploadBytes)
      throws IOException {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Workspace workspace = new Workspace(served, options, maxUploadBytes);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      workspace.close();
      throw e;
    }
    ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "launchlint-serve-http");
      t.setDaemon(true);
      return t;
    });
    WebServer web = new WebServer(server, workspace, token, threads);
    server.createContext("/", web::handle);
    server.setExecutor(threads);
    server.start();
    return web;
  }

  /** The URL to open, with its token. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port() + "/" + token + "/");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The temporary folder of uploads; removed by {@link #close()}. */
  public Path temporary() {
    return workspace.temporary();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    workspace.close();
  }

  // ---- dispatch

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Map<String, List<String>> headers = ex.getResponseHeaders();
      headers.put("Content-Security-Policy", List.of(CSP));
      headers.put("X-Content-Type-Options", List.of("nosniff"));
      headers.put("Referrer-Policy", List.of("no-referrer"));
      headers.put("X-Frame-Options", List.of("DENY"));
      headers.put("Cache-Control", List.of("no-store"));
      headers.put("Cross-Origin-Resource-Policy", List.of("same-origin"));
      String raw = ex.getRequestURI().getRawPath();
      if (!hostAllowed(ex.getRequestHeaders().getFirst("Host")) || !tokenMatches(raw)) {
        closeAfter(ex);
        plain(ex, 403, "Forbidden: open the URL launchlint serve printed, with its token.");
        return;
      }
      String rest = raw.length() <= token.length() + 2 ? "" : raw.substring(token.length() + 2);
      if (raw.equals("/" + token)) {
        ex.getResponseHeaders().set("Location", "/" + token + "/");
        ex.sendResponseHeaders(303, -1);
        return;
      }
      try {
        route(ex, ex.getRequestMethod().toUpperCase(Locale.ROOT), rest, query(ex.getRequestURI().getRawQuery()));
      } catch (LaunchlintException e) {
        closeAfter(ex);
        json(ex, 400, error(e.getMessage()));
      } catch (IllegalArgumentException e) {
        closeAfter(ex);
        json(ex, 400, error(e.getMessage() == null ? "bad request" : oneLine(e.getMessage())));
      }
    } catch (IOException | RuntimeException e) {
      // The browser went away, or a bug: the page sees an error status, the server goes on.
      try {
        json(ex, 500, error("internal error: " + e.getClass().getSimpleName()));
      } catch (IOException | RuntimeException ignored) {
        // headers were sent already
      }
    }
  }

  private boolean hostAllowed(String host) {
    if (host == null) {
      return false;
    }
    String p = ":" + port();
    return host.equals("127.0.0.1" + p) || host.equals("localhost" + p) || host.equals("[::1]" + p);
  }

  private boolean tokenMatches(String path) {
    byte[] want = ("/" + token).getBytes(StandardCharsets.US_ASCII);
    byte[] got = path.getBytes(StandardCharsets.UTF_8);
    if (got.length < want.length) {
      return false;
    }
    byte[] head = Arrays.copyOf(got, want.length);
    return MessageDigest.isEqual(head, want) && (got.length == want.length || got[want.length] == '/');
  }

  private void route(HttpExchange ex, String method, String path, Map<String, String> q) throws IOException {
    if (method.equals("GET") && ASSETS.containsKey(path)) {
      asset(ex, path.isEmpty() ? "index.html" : path, ASSETS.get(path));
      return;
    }
    String[] parts = path.split("/");
    if (parts.length >= 2 && parts[0].equals("api")) {
      switch (parts[1]) {
        case "kits" -> kits(ex, method, parts, q);
        case "uploads" -> uploads(ex, method, parts, q);
        default -> notFound(ex);
      }
      return;
    }
    notFound(ex);
  }

  private void kits(HttpExchange ex, String method, String[] parts, Map<String, String> q) throws IOException {
    if (parts.length == 2 && method.equals("GET")) {
      ArrayNode list = JSON.createArrayNode();
      workspace.list().forEach(k -> list.add(summary(k)));
      ObjectNode body = JSON.createObjectNode();
      body.set("kits", list);
      json(ex, 200, body);
      return;
    }
    if (parts.length < 3) {
      notFound(ex);
      return;
    }
    KitSession kit = workspace.kit(parts[2]).orElse(null);
    if (kit == null) {
      closeAfter(ex);
      json(ex, 404, error("no such kit; it may have gone with a restart of launchlint serve"));
      return;
    }
    String action = parts.length > 3 ? parts[3] : "";
    switch (method + " " + action) {
      case "GET " -> json(ex, 200, summary(kit));
      case "GET files" -> json(ex, 200, files(kit));
      case "POST audit" -> {
        workspace.audit(kit, functions(body(ex, 1 << 20)), null);
        json(ex, 200, summary(kit));
      }
      case "GET report" -> report(ex, kit);
      case "GET report.html" -> htmlReport(ex, kit);
      case "GET text" -> text(ex, kit, q.getOrDefault("path", ""));
      case "POST waivers" -> waive(ex, kit, body(ex, 1 << 16));
      case "GET launchlint.yml" -> {
        byte[] yml = workspace.settingsFile(kit).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/yaml; charset=utf-8");
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"launchlint.yml\"");
        send(ex, 200, yml);
      }
      default -> notFound(ex);
    }
  }

  private void uploads(HttpExchange ex, String method, String[] parts, Map<String, String> q) throws IOException {
    if (!method.equals("POST")) {
      notFound(ex);
      return;
    }
    if (parts.length == 3 && parts[2].equals("zip")) {
      KitSession kit = workspace.uploadZip(q.getOrDefault("name", "kit.zip"), ex.getRequestBody());
      json(ex, 200, summary(kit));
    } else if (parts.length == 2) {
      closeAfter(ex);
      ObjectNode body = JSON.createObjectNode();
      body.put("upload", workspace.newUpload(q.getOrDefault("name", "uploaded kit")));
      json(ex, 200, body);
    } else if (parts.length == 4 && parts[3].equals("file")) {
      workspace.addFile(parts[2], q.get("path"), ex.getRequestBody());
      json(ex, 200, JSON.createObjectNode().put("ok", true));
    } else if (parts.length == 4 && parts[3].equals("done")) {
      closeAfter(ex);
      json(ex, 200, summary(workspace.finishUpload(parts[2])));
    } else {
      notFound(ex);
    }
  }

  // ---- answers

  private ObjectNode summary(KitSession kit) {
    KitSession.State s = kit.state();
    ObjectNode n = JSON.createObjectNode();
    n.put("id", kit.id);
    n.put("name", kit.name);
    n.put("shown", kit.shown);
    n.put("source", kit.source.name().toLowerCase(Locale.ROOT));
    n.put("status", s.status().name().toLowerCase(Locale.ROOT));
    n.put("done", s.done());
    n.put("total", s.total());
    n.put("version", s.version());
    n.put("error", s.error());
    n.put("note", s.note());
    return n;
  }

  private ObjectNode files(KitSession kit) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode rows = n.putArray("files");
    for (Workspace.FileRow r : workspace.files(kit)) {
      ObjectNode row = rows.addObject();
      row.put("path", r.path());
      row.put("function", r.function() == null ? null : r.function().id());
      row.put("origin", r.origin());
      row.put("reason", r.reason());
      row.put("problem", r.problem());
    }
    return n;
  }

  private void report(HttpExchange ex, KitSession kit) throws IOException {
    // The state first: a report that changes meanwhile is newer than its version says, so the page
    // loads it once more rather than never.
    ObjectNode state = summary(kit);
    Report report = kit.report();
    if (report == null) {
      json(ex, 409, error("this kit has not been audited yet"));
      return;
    }
    StringWriter w = new StringWriter();
    ReportFormat.JSON.render(report, w);
    ObjectNode body = JSON.createObjectNode();
    body.set("kit", state);
    body.set("report", JSON.readTree(w.toString()));
    body.put("onDisk", kit.onDisk());
    json(ex, 200, body);
  }

  private void htmlReport(HttpExchange ex, KitSession kit) throws IOException {
    Report report = kit.report();
    if (report == null) {
      json(ex, 409, error("this kit has not been audited yet"));
      return;
    }
    StringWriter w = new StringWriter();
    ReportFormat.HTML.render(report, w);
    ex.getResponseHeaders().set("Content-Security-Policy", REPORT_CSP);
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    send(ex, 200, w.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void text(HttpExchange ex, KitSession kit, String path) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("path", path);
    ArrayNode units = body.putArray("units");
    for (Workspace.TextLine line : workspace.text(kit, path)) {
      units.addObject().put("text", line.text()).put("where", line.where());
    }
    json(ex, 200, body);
  }

  private void waive(HttpExchange ex, KitSession kit, JsonNode body) throws IOException {
    String id = body.path("id").asText("");
    Report report = kit.report();
    if (report == null || report.findings().stream().noneMatch(f -> f.id().equals(id))) {
      throw new LaunchlintException("waive", "this kit's report has no finding '" + id + "'");
    }
    LocalDate expires;
    try {
      expires = LocalDate.parse(body.path("expires").asText(""));
    } catch (DateTimeParseException e) {
      throw new LaunchlintException("waive", "the expiry date must be a date such as 2027-01-31");
    }
    // A waiver stops applying on the day it expires (DESIGN.md, Fact sheet and waivers).
    if (!expires.isAfter(LocalDate.now())) {
      throw new LaunchlintException("waive", "the expiry date must be after today");
    }
    Waiver waiver;
    try {
      waiver = Waiver.ofId(id, body.path("reason").asText(""), body.path("owner").asText(""), expires);
    } catch (IllegalArgumentException e) {
      throw new LaunchlintException("waive", e.getMessage());
    }
    Path file = workspace.waive(kit, waiver);
    ObjectNode n = JSON.createObjectNode();
    n.put("written", kit.onDisk() ? kit.shown + "/" + file.getFileName() : null);
    json(ex, 200, n);
  }

  private static Map<String, BusinessFunction> functions(JsonNode body) {
    Map<String, BusinessFunction> chosen = new HashMap<>();
    JsonNode fs = body.path("functions");
    fs.fieldNames().forEachRemaining(path -> {
      String id = fs.get(path).isNull() ? "" : fs.get(path).asText("");
      chosen.put(path, id.isEmpty() || id.equals("none") ? null : BusinessFunction.fromId(id)
          .orElseThrow(() -> new LaunchlintException("audit", "unknown function '" + id + "'")));
    });
    return chosen;
  }

  private static JsonNode body(HttpExchange ex, int max) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        throw new LaunchlintException("request", "the request is too large");
      }
      if (bytes.length == 0) {
        return JSON.createObjectNode();
      }
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new LaunchlintException("request", "the request is not valid JSON");
      }
    }
  }

  private void asset(HttpExchange ex, String name, String type) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        notFound(ex);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", type);
      send(ex, 200, in.readAllBytes());
    }
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", oneLine(message));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private static void notFound(HttpExchange ex) throws IOException {
    closeAfter(ex);
    json(ex, 404, error("not found"));
  }

  private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    send(ex, status, JSON.writeValueAsBytes(body));
  }

  private static void plain(HttpExchange ex, int status, String text) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    send(ex, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Ends the request on this connection: the answer asks the browser to close it, so a request body
   * left unread (a refused upload) is never taken for the next request.
   */
  private static void closeAfter(HttpExchange ex) {
    ex.getResponseHeaders().set("Connection", "close");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return q;
  }
}
