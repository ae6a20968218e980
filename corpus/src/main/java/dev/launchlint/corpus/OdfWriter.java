package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Break;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.Paragraph;
import dev.launchlint.corpus.Markup.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenDocument text and presentations written by hand: {@code mimetype} stored first, then
 * content, styles, meta and the manifest. Small, but what LibreOffice and Tika expect.
 */
final class OdfWriter implements FormatWriter {

  private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
      + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
      + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
      + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
      + " office:version=\"1.2\"";
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final boolean presentation;

  private OdfWriter(boolean presentation) {
    this.presentation = presentation;
  }

  static OdfWriter text() {
    return new OdfWriter(false);
  }

  static OdfWriter presentation() {
    return new OdfWriter(true);
  }

  @Override
  public byte[] write(String title, List<Block> blocks) throws IOException {
    String mediaType = presentation
        ? "application/vnd.oasis.opendocument.presentation"
        : "application/vnd.oasis.opendocument.text";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", mediaType.getBytes(StandardCharsets.US_ASCII));
    entries.put("content.xml", utf8(presentation ? presentationContent(blocks) : textContent(blocks)));
    entries.put("styles.xml", utf8(styles()));
    entries.put("meta.xml", utf8(meta(title)));
    entries.put("META-INF/manifest.xml", utf8(manifest(mediaType)));
    return Zips.write(entries);
  }

  private static String textContent(List<Block> blocks) {
    StringBuilder x = new StringBuilder(XML);
    x.append("<office:document-content").append(NS).append(">\n<office:automatic-styles>\n")
        .append("<style:style style:name=\"PageBreak\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">")
        .append("<style:paragraph-properties fo:break-before=\"page\"/></style:style>\n")
        .append("</office:automatic-styles>\n<office:body>\n<office:text>\n");
    body(x, blocks, true);
    x.append("</office:text>\n</office:body>\n</office:document-content>\n");
    return x.toString();
  }

  private static String presentationContent(List<Block> blocks) {
    StringBuilder x = new StringBuilder(XML);
    x.append("<office:document-content").append(NS).append(">\n<office:body>\n<office:presentation>\n");
    int n = 0;
    for (Slide s : Slide.of(blocks)) {
      n++;
      x.append("<draw:page draw:name=\"Slide ").append(n).append("\" draw:master-page-name=\"Default\">\n");
      x.append("<draw:frame presentation:class=\"title\" svg:x=\"1.5cm\" svg:y=\"1cm\" svg:width=\"25cm\" svg:height=\"2.5cm\">")
          .append("<draw:text-box><text:p>").append(esc(s.title())).append("</text:p></draw:text-box></draw:frame>\n");
      if (!s.body().isEmpty()) {
        x.append("<draw:frame presentation:class=\"outline\" svg:x=\"1.5cm\" svg:y=\"4cm\" svg:width=\"25cm\" svg:height=\"13cm\">")
            .append("<draw:text-box>\n");
        body(x, s.body(), false);
        x.append("</draw:text-box></draw:frame>\n");
      }
      if (!s.notes().isEmpty()) {
        x.append("<presentation:notes><draw:frame presentation:class=\"notes\" svg:x=\"2cm\" svg:y=\"14cm\" svg:width=\"17cm\" svg:height=\"12cm\">")
            .append("<draw:text-box>\n");
        body(x, s.notes(), false);
        x.append("</draw:text-box></draw:frame></presentation:notes>\n");
      }
      x.append("</draw:page>\n");
    }
    x.append("</office:presentation>\n</office:body>\n</office:document-content>\n");
    return x.toString();
  }

  private static void body(StringBuilder x, List<Block> blocks, boolean headings) {
    boolean inList = false;
    boolean pageBreak = false;
    int tables = 0;
    for (Block b : blocks) {
      if (inList && !(b instanceof Bullet)) {
        x.append("</text:list>\n");
        inList = false;
      }
      String breakStyle = pageBreak ? " text:style-name=\"PageBreak\"" : "";
      if (!(b instanceof Break)) {
        pageBreak = false;
      }
      if (b instanceof Heading h) {
        if (headings) {
          x.append("<text:h").append(breakStyle).append(" text:outline-level=\"").append(h.level()).append("\">")
              .append(esc(h.text())).append("</text:h>\n");
        } else {
          x.append("<text:p>").append(esc(h.text())).append("</text:p>\n");
        }
      } else if (b instanceof Paragraph p) {
        x.append("<text:p").append(breakStyle).append('>').append(esc(p.text())).append("</text:p>\n");
      } else if (b instanceof Bullet l) {
        if (!inList) {
          x.append("<text:list>\n");
          inList = true;
        }
        x.append("<text:list-item><text:p>").append(esc(l.text())).append("</text:p></text:list-item>\n");
      } else if (b instanceof Table t) {
        tables++;
        int cols = Math.max(1, t.columns());
        x.append("<table:table table:name=\"Table").append(tables).append("\">\n")
            .append("<table:table-column table:number-columns-repeated=\"").append(cols).append("\"/>\n");
        for (List<String> row : t.rows()) {
          x.append("<table:table-row>");
          for (int c = 0; c < cols; c++) {
            String cell = c < row.size() ? row.get(c) : "";
            x.append("<table:table-cell office:value-type=\"string\"><text:p>").append(esc(cell))
                .append("</text:p></table:table-cell>");
          }
          x.append("</table:table-row>\n");
        }
        x.append("</table:table>\n");
      } else if (b instanceof Break) {
        pageBreak = true;
      }
    }
    if (inList) {
      x.append("</text:list>\n");
    }
  }

  private static String styles() {
    return XML + "<office:document-styles" + NS + ">\n<office:styles>\n"
        + "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>\n"
        + "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        + "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
        + "</office:styles>\n<office:automatic-styles>\n"
        + "<style:page-layout style:name=\"PM1\"><style:page-layout-properties fo:page-width=\"21.59cm\" fo:page-height=\"27.94cm\"/></style:page-layout>\n"
        + "</office:automatic-styles>\n<office:master-styles>\n"
        + "<style:master-page style:name=\"Default\" style:page-layout-name=\"PM1\"/>\n"
        + "</office:master-styles>\n</office:document-styles>\n";
  }

  private static String meta(String title) {
    String when = Zips.FIXED_TIME.toLocalDateTime().toString() + ":00";
    return XML + "<office:document-meta" + NS + ">\n<office:meta>\n"
        + "<meta:generator>launchlint KitGenerator</meta:generator>\n"
        + "<dc:title>" + esc(title) + "</dc:title>\n"
        + "<meta:initial-creator>launchlint corpus</meta:initial-creator>\n"
        + "<meta:creation-date>" + when + "</meta:creation-date>\n"
        + "<dc:date>" + when + "</dc:date>\n"
        + "</office:meta>\n</office:document-meta>\n";
  }

  private static String manifest(String mediaType) {
    return XML + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
        + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"" + mediaType + "\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
        + "</manifest:manifest>\n";
  }

  private static String esc(String s) {
    return HtmlWriter.esc(s).replace("'", "&apos;");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
