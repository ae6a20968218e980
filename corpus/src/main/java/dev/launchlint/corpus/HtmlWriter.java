package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Break;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.Paragraph;
import dev.launchlint.corpus.Markup.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A full web page: head, a navigation bar and a legal footer around the content, as real pages have. */
final class HtmlWriter implements FormatWriter {

  @Override
  public byte[] write(String title, List<Block> blocks) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n")
        .append("<header>\n<nav aria-label=\"Main\">\n<ul>\n")
        .append("<li><a href=\"/\">Home</a></li>\n<li><a href=\"/product\">Product</a></li>\n")
        .append("<li><a href=\"/pricing\">Pricing</a></li>\n<li><a href=\"/customers\">Customers</a></li>\n")
        .append("<li><a href=\"/docs\">Docs</a></li>\n<li><a href=\"/login\">Sign in</a></li>\n")
        .append("</ul>\n</nav>\n</header>\n<main>\n");
    boolean inList = false;
    for (Block b : blocks) {
      if (inList && !(b instanceof Bullet)) {
        h.append("</ul>\n");
        inList = false;
      }
      if (b instanceof Heading x) {
        h.append("<h").append(x.level()).append('>').append(esc(x.text())).append("</h").append(x.level()).append(">\n");
      } else if (b instanceof Paragraph x) {
        h.append("<p>").append(esc(x.text())).append("</p>\n");
      } else if (b instanceof Bullet x) {
        if (!inList) {
          h.append("<ul>\n");
          inList = true;
        }
        h.append("<li>").append(esc(x.text())).append("</li>\n");
      } else if (b instanceof Table t) {
        h.append("<table>\n");
        for (int r = 0; r < t.rows().size(); r++) {
          String tag = r == 0 ? "th" : "td";
          h.append("<tr>");
          for (String c : t.rows().get(r)) {
            h.append('<').append(tag).append('>').append(esc(c)).append("</").append(tag).append('>');
          }
          h.append("</tr>\n");
        }
        h.append("</table>\n");
      } else if (b instanceof Break) {
        h.append("<hr>\n");
      }
    }
    if (inList) {
      h.append("</ul>\n");
    }
    h.append("</main>\n<footer>\n<ul>\n<li><a href=\"/privacy\">Privacy</a></li>\n")
        .append("<li><a href=\"/terms\">Terms</a></li>\n<li><a href=\"/cookies\">Cookie settings</a></li>\n</ul>\n")
        .append("<p>All product names and logos are trademarks of their respective owners. All rights reserved.</p>\n")
        .append("</footer>\n</body>\n</html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
