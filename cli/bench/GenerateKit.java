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
  static final String[] SUBJECTS = {"The platform", "The Pro plan", "Our analytics engine", "The mobile app",
      "Every workspace", "The API", "The new dashboard", "Single sign-on", "The sync service", "The admin console"};
  static final String[] VERBS = {"helps", "lets", "allows", "enables", "invites", "frees"};
  static final String[] WHO = {"finance teams", "support agents", "store managers", "developers", "clinic staff",
      "field engineers", "marketing leads", "data analysts", "recruiters", "warehouse crews", "account executives"};
  static final String[] DOING = {"track every order in one place", "answer customers faster",
      "share reports without exporting spreadsheets", "plan the week around real demand", "spot churn risk early",
      "keep audit trails without extra work", "onboard new hires in a day", "find the right document in seconds",
      "automate the approvals they used to chase by email", "see which campaigns pay off",
      "forecast inventory with fewer surprises", "collaborate across time zones"};
  static final String[] FILLER = {"We built %s with feedback from more than %d design partners.",
      "This section describes how %s behaves when a workspace grows.",
      "Questions about %s go to the launch channel.", "%s replaces the legacy importer from version %d.",
      "The roadmap for %s is reviewed every quarter with customers.",
      "In the pilot, %s handled the busiest week of the year without incident."};

  /** The facts of one launch: every document states them the same way, except for rare drifts. */
  record Facts(String uptime, int price, int trialDays, int setupMinutes, int retentionDays, int eventsPerSecond,
      int latencyMs, int quarter, int year, int integrations, int churn) {

    static Facts of(Random r) {
      return new Facts(new String[] {"99.9%", "99.95%", "99.99%"}[r.nextInt(3)], 9 + r.nextInt(60), 7 + 7 * r.nextInt(4),
          5 + 5 * r.nextInt(6), 30 * (1 + r.nextInt(12)), 1000 * (1 + r.nextInt(50)), 5 + r.nextInt(40),
          1 + r.nextInt(4), 2026 + r.nextInt(2), 10 + r.nextInt(200), 5 + r.nextInt(30));
    }
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    int kits = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    Random random = new Random(seed);
    Facts[] facts = new Facts[kits];
    for (int k = 0; k < kits; k++) {
      facts[k] = Facts.of(random);
    }
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
          sentences.add(sentence(random, facts[kit]));
        }
        text.add(sentences);
      }
      write(file, format, "Launch " + (kit + 1) + ": " + function + " brief " + i, text);
    }
  }

  static String sentence(Random r, Facts kit) {
    // A launch kit mostly repeats its facts; about one statement in forty drifts from them.
    Facts f = r.nextInt(40) == 0 ? Facts.of(r) : kit;
    String s = SUBJECTS[r.nextInt(SUBJECTS.length)];
    return switch (r.nextInt(16)) {
      case 0 -> s + " keeps " + f.uptime() + " uptime, backed by a service level agreement.";
      case 1 -> s + " costs $" + f.price() + " per seat per month, billed annually.";
      case 2 -> s + " integrates with Salesforce, HubSpot, Slack and " + f.integrations() + " other tools.";
      case 3 -> s + " is generally available in Q" + f.quarter() + " " + f.year() + " in every region.";
      case 4 -> s + " processes up to " + f.eventsPerSecond() + " events per second with sub-" + f.latencyMs() + "ms latency.";
      case 5 -> s + " is SOC 2 Type II certified and GDPR compliant.";
      case 6 -> s + " sets up in " + f.setupMinutes() + " minutes without any code.";
      case 7 -> s + " retains data for " + f.retentionDays() + " days on the Starter plan.";
      case 8 -> "Every plan starts with a " + f.trialDays() + "-day free trial.";
      case 9 -> s + " reduces churn by " + f.churn() + "% in the first quarter.";
      case 10 -> s + " runs on Windows, macOS, Linux, iOS and Android.";
      default -> {
        if (r.nextBoolean()) {
          yield s + " " + VERBS[r.nextInt(VERBS.length)] + " " + WHO[r.nextInt(WHO.length)] + " "
              + DOING[r.nextInt(DOING.length)] + ".";
        }
        String t = FILLER[r.nextInt(FILLER.length)];
        yield t.contains("%d") ? String.format(Locale.ROOT, t, s.toLowerCase(Locale.ROOT), 2 + r.nextInt(40))
            : String.format(Locale.ROOT, t, s.toLowerCase(Locale.ROOT));
      }
    };
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
