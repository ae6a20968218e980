// Generates launch kits for the benchmarks: real PDF, DOCX, PPTX, XLSX, HTML, Markdown and text
// files made with PDFBox and POI (the libraries Tika reads them with), seeded so that a run can be
// repeated exactly. Run with launchlint's runtime classpath:
//
//   java -cp 'cli/target/lib/*' cli/bench/GenerateKit.java OUT_DIR DOCUMENTS [KITS] [SEED]
//
// With KITS = 1 the documents go into OUT_DIR itself (one kit); with KITS > 1 into OUT_DIR/kit-NNN,
// DOCUMENTS spread over them (a batch root).
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

public class GenerateKit {

  static final String[] FUNCTIONS = {"product", "marketing", "sales", "strategy"};
  static final String[] FORMATS = {"pdf", "docx", "pptx", "xlsx", "html", "md", "txt"};
  static final String[] SUBJECTS = {"The platform", "Acme Cloud", "The Pro plan", "Our analytics engine",
      "The mobile app", "Every workspace", "The API", "Enterprise customers", "The new dashboard", "Single sign-on"};
  static final String[] TEMPLATES = {
      "%s keeps %s uptime, backed by a service level agreement.",
      "%s costs $%d per seat per month, billed annually.",
      "%s integrates with Salesforce, HubSpot, Slack and %d other tools.",
      "%s is generally available in Q%d %d for all regions.",
      "%s processes up to %d events per second with sub-%dms latency.",
      "%s is SOC 2 Type II certified and GDPR compliant.",
      "%s sets up in %d minutes without any code.",
      "%s retains data for %d days on the Starter plan.",
      "%s is the only solution that guarantees real-time insights.",
      "%s reduces churn by %d%% in the first quarter.",
      "%s supports Windows, macOS, Linux, iOS and Android.",
      "%s offers unlimited projects and 24/7 support.",
      "Customers report %d%% faster onboarding with %s.",
      "%s will add offline mode in beta later this year."};

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    int kits = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    Random random = new Random(seed);
    for (int i = 0; i < documents; i++) {
      int kit = i % kits;
      Path root = kits == 1 ? out : out.resolve(String.format(Locale.ROOT, "kit-%03d", kit));
      String function = FUNCTIONS[(i / kits) % FUNCTIONS.length];
      String format = FORMATS[(i / kits + kit) % FORMATS.length];
      Path file = root.resolve(function).resolve(String.format(Locale.ROOT, "doc-%04d.%s", i, format));
      Files.createDirectories(file.getParent());
      // Sizes like real kit material: a one-pager to a ten-page spec.
      int paragraphs = 4 + random.nextInt(random.nextInt(10) == 0 ? 120 : 30);
      List<List<String>> text = new ArrayList<>();
      for (int p = 0; p < paragraphs; p++) {
        List<String> sentences = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int s = 0; s < n; s++) {
          sentences.add(sentence(random));
        }
        text.add(sentences);
      }
      write(file, format, "Launch " + (kit + 1) + ": " + function + " brief " + i, text);
    }
  }

  static String sentence(Random r) {
    String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
    String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
    String uptime = new String[] {"99.9%", "99.95%", "99.99%"}[r.nextInt(3)];
    if (t.startsWith("Customers")) {
      return String.format(Locale.ROOT, t, 10 + r.nextInt(60), subject);
    }
    if (t.contains("uptime")) {
      return String.format(Locale.ROOT, t, subject, uptime);
    }
    if (t.contains("Q%d")) {
      return String.format(Locale.ROOT, t, subject, 1 + r.nextInt(4), 2026 + r.nextInt(2));
    }
    if (t.contains("sub-%d")) {
      return String.format(Locale.ROOT, t, subject, 1000 * (1 + r.nextInt(100)), 5 + r.nextInt(50));
    }
    if (t.contains("%d")) {
      return String.format(Locale.ROOT, t, subject, 5 + r.nextInt(200));
    }
    return String.format(Locale.ROOT, t, subject);
  }

  static void write(Path file, String format, String title, List<List<String>> text) throws Exception {
    switch (format) {
      case "pdf" -> pdf(file, title, text);
      case "docx" -> docx(file, title, text);
      case "pptx" -> pptx(file, title, text);
      case "xlsx" -> xlsx(file, title, text);
      case "html" -> {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>").append(title)
            .append("</title></head><body><h1>").append(title).append("</h1>\n");
        for (List<String> p : text) {
          b.append("<p>").append(String.join(" ", p)).append("</p>\n");
        }
        Files.writeString(file, b.append("</body></html>\n"));
      }
      case "md" -> {
        StringBuilder b = new StringBuilder("# ").append(title).append("\n\n");
        for (List<String> p : text) {
          b.append(p.size() == 1 ? "- " : "").append(String.join(" ", p)).append("\n\n");
        }
        Files.writeString(file, b);
      }
      default -> {
        StringBuilder b = new StringBuilder(title).append("\n\n");
        for (List<String> p : text) {
          b.append(String.join(" ", p)).append("\n\n");
        }
        Files.writeString(file, b);
      }
    }
  }

  static void pdf(Path file, String title, List<List<String>> text) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> lines = new ArrayList<>(List.of(title, ""));
      for (List<String> p : text) {
        lines.addAll(wrap(String.join(" ", p), 95));
        lines.add("");
      }
      for (int start = 0; start < lines.size(); start += 48) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 10);
          cs.setLeading(14);
          cs.newLineAtOffset(50, 740);
          for (String line : lines.subList(start, Math.min(lines.size(), start + 48))) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
  }

  static void docx(Path file, String title, List<List<String>> text) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText(title);
      for (List<String> p : text) {
        doc.createParagraph().createRun().setText(String.join(" ", p));
      }
      doc.write(os);
    }
  }

  static void pptx(Path file, String title, List<List<String>> text) throws Exception {
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream os = Files.newOutputStream(file)) {
      for (int start = 0; start < text.size(); start += 5) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox heading = slide.createTextBox();
        heading.setAnchor(new java.awt.Rectangle(40, 20, 640, 50));
        heading.setText(title);
        XSLFTextBox body = slide.createTextBox();
        body.setAnchor(new java.awt.Rectangle(40, 80, 640, 400));
        body.clearText();
        for (List<String> p : text.subList(start, Math.min(text.size(), start + 5))) {
          body.addNewTextParagraph().addNewTextRun().setText(String.join(" ", p));
        }
      }
      show.write(os);
    }
  }

  static void xlsx(Path file, String title, List<List<String>> text) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
      XSSFSheet sheet = book.createSheet("Claims");
      sheet.createRow(0).createCell(0).setCellValue(title);
      int row = 1;
      for (List<String> p : text) {
        for (String s : p) {
          XSSFRow r = sheet.createRow(row++);
          r.createCell(0).setCellValue(s);
          r.createCell(1).setCellValue(row);
        }
      }
      book.write(os);
    }
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
