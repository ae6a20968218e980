package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static Path kit(Path dir) throws Exception {
    Path kit = dir.resolve("kit");
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("sales"));
    Files.writeString(kit.resolve("product/spec.md"),
        "# Spec\n\nThe service keeps 99.9% uptime.\n\nPricing is $49 per user/month, billed annually.\n\n© 2026 Acme Inc.\n");
    Files.writeString(kit.resolve("sales/deck.txt"),
        "Agenda\n\nGuaranteed 99.99% uptime SLA\n\nSOC 2 Type II\n\nContact: sales@acme.com\n");
    return kit;
  }

  @Test
  void jsonShowsEachClaimWithTypeAspectAttributesAndOffsets(@TempDir Path dir) throws Exception {
    Path kit = kit(dir);
    assertEquals(ExitCode.CLEAN, run("claims", kit.toString(), "--format", "json"), err.toString());
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertEquals("launchlint/claims@1", root.get("schema").asText());
    JsonNode docs = root.get("documents");
    assertEquals("product/spec.md", docs.get(0).get("path").asText());
    JsonNode productClaims = docs.get(0).get("claims");
    assertEquals(2, productClaims.size(), productClaims.toString());
    JsonNode uptime = productClaims.get(0);
    assertEquals("metric", uptime.get("type").asText());
    assertEquals("uptime", uptime.get("aspect").asText());
    assertEquals(99.9, uptime.get("attributes").get("quantities").get(0).get("value").asDouble(), 1e-9);
    // offsets point into the extracted text: the quantity lies within its claim
    JsonNode q = uptime.get("attributes").get("quantities").get(0);
    assertEquals("99.9%", q.get("text").asText());
    assertTrue(uptime.get("start").asInt() <= q.get("start").asInt() && q.get("end").asInt() <= uptime.get("end").asInt());
    assertEquals(q.get("end").asInt() - q.get("start").asInt(), "99.9%".length());
    JsonNode price = productClaims.get(1).get("attributes").get("prices").get(0);
    assertEquals("USD", price.get("currency").asText());
    assertEquals("user", price.get("per").asText());
    assertEquals("year", price.get("billing").asText());
    JsonNode sales = docs.get(1).get("claims");
    assertEquals(2, sales.size(), sales.toString());
    assertEquals("commitment", sales.get(0).get("type").asText());
    assertEquals("compliance", sales.get(1).get("type").asText());
    assertTrue(root.get("terms").has("product"), root.toString());
  }

  @Test
  void tableNamesTheDocumentAndExplainsEachClaim(@TempDir Path dir) throws Exception {
    Path kit = kit(dir);
    assertEquals(ExitCode.CLEAN, run("claims", kit.toString()), err.toString());
    String table = out.toString();
    assertTrue(table.contains("product/spec.md  [product, parsed"), table);
    assertTrue(table.contains("quantity  99.9%  -> percent 99.9 %"), table);
    assertTrue(table.contains("price     $49 per user/month, billed annually  -> USD 49 per user / month, billed per year"), table);
    assertTrue(table.contains("certification:soc-2"), table);
    assertTrue(!table.contains("Agenda\""), table);
  }

  @Test
  void aSingleFileTakesItsFunctionFromTheOption(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("onepager.md");
    Files.writeString(file, "Cody is generally available in Q3 2026.\n");
    assertEquals(ExitCode.CLEAN, run("claims", file.toString(), "--function", "marketing", "--format", "json"), err.toString());
    JsonNode doc = new ObjectMapper().readTree(out.toString()).get("documents").get(0);
    assertEquals("marketing", doc.get("function").asText());
    assertEquals("availability", doc.get("claims").get(0).get("type").asText());
  }

  @Test
  void badInputIsAUsageErrorOnOneLine(@TempDir Path dir) throws Exception {
    assertEquals(ExitCode.USAGE, run("claims", dir.resolve("missing").toString()));
    assertTrue(err.toString().startsWith("launchlint: no such file or kit folder"), err.toString());
    assertEquals(1, err.toString().strip().lines().count());
    assertEquals(ExitCode.USAGE, run("claims", kit(dir).toString(), "--format", "xml"));
    assertEquals(ExitCode.USAGE, run("claims", kit(dir).toString(), "--function", "finance"));
  }
}
