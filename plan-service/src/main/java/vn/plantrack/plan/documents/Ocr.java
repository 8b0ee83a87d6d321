package vn.plantrack.plan.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * OCR by the Tesseract command ({@code tesseract <image> stdout -l vie tsv}), with the Vietnamese
 * language data (Debian packages tesseract-ocr and tesseract-ocr-vie; deploy/ocr/install installs
 * them). The binary rather than a JNA binding (tess4j): no native library loaded into the service,
 * a crash or a hung page is a process killed after its timeout, and ops can run the very same
 * command by hand on a page that read badly. Its TSV output gives each word with its box and
 * confidence, so a scanned table is rebuilt by the same {@link PageLayout} rules as a PDF's text
 * layer.
 */
final class Ocr {
  /** A line read with a lower mean word confidence is a doubt for the coordinator. */
  static final int DOUBTFUL_BELOW = 70;

  /** Darker than this, a pixel may be part of a rule (a thin rule blurred by the scan is grey). */
  private static final int RULE_GREY = 200;

  private final String command;
  private final String languages;
  private final long timeoutSeconds;

  Ocr(String command, String languages, long timeoutSeconds) {
    this.command = command;
    this.languages = languages;
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * One page read: its words, its image to read a cell again as digits, and whether it is written
   * with diacritics (the domain's words OCR marks wrongly are put right only then).
   */
  record Page(List<Word> words, PageLayout.Digits digits, boolean marked) {}

  /** The words of one page image (its table rules removed first). */
  Page page(BufferedImage image) throws IOException {
    Path file = Files.createTempFile("plantrack-ocr-", ".png");
    try {
      BufferedImage clean = withoutRules(image);
      ImageIO.write(clean, "png", file.toFile());
      List<Word> words = words(file, "6", List.of());
      boolean marked = !OcrWords.typedWithoutMarks(words);
      return new Page(
          OcrWords.signsChecked(OcrWords.undiacritised(words), clean),
          w -> digits(clean, w),
          marked);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * A word's box read again as one line of digits and signs ("25" where the page's reading printed
   * "F2)"), or empty when nothing came of it.
   */
  Optional<String> digits(BufferedImage page, Word word) {
    int pad = 6;
    int x0 = (int) Math.max(0, word.x0() - pad);
    int y0 = (int) Math.max(0, word.y0() - pad);
    int x1 = (int) Math.min(page.getWidth(), word.x1() + pad);
    int y1 = (int) Math.min(page.getHeight(), word.y1() + pad);
    if (x1 <= x0 || y1 <= y0) {
      return Optional.empty();
    }
    BufferedImage cell =
        new BufferedImage(x1 - x0 + 40, y1 - y0 + 40, BufferedImage.TYPE_BYTE_GRAY);
    var g = cell.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, cell.getWidth(), cell.getHeight());
    g.drawImage(page.getSubimage(x0, y0, x1 - x0, y1 - y0), 20, 20, null);
    g.dispose();
    try {
      Path file = Files.createTempFile("plantrack-ocr-cell-", ".png");
      try {
        ImageIO.write(cell, "png", file.toFile());
        List<Word> read = words(file, "7", List.of("-c", "tessedit_char_whitelist=0123456789,.-%"));
        String text = String.join(" ", read.stream().map(Word::text).toList()).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UnreadableDocument e) {
      return Optional.empty();
    }
  }

  /**
   * A copy of the page in grey without its table rules: a run of dark pixels longer than a fifth of
   * an inch, across or down, is a rule, never a letter's stroke. Rules read as "|", "[" or glue to
   * the letters beside them ("I" becomes "m"), and hide the short codes next to them.
   */
  static BufferedImage withoutRules(BufferedImage source) {
    BufferedImage grey =
        new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    grey.getGraphics().drawImage(source, 0, 0, null);
    var raster = grey.getRaster();
    int w = grey.getWidth();
    int h = grey.getHeight();
    int minRun = Math.max(40, Math.min(w, h) / 40);
    boolean[] rule = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      int start = -1;
      for (int x = 0; x <= w; x++) {
        boolean dark = x < w && raster.getSample(x, y, 0) < RULE_GREY;
        if (dark && start < 0) {
          start = x;
        } else if (!dark && start >= 0) {
          if (x - start >= minRun) {
            for (int k = start; k < x; k++) {
              rule[y * w + k] = true;
            }
          }
          start = -1;
        }
      }
    }
    for (int x = 0; x < w; x++) {
      int start = -1;
      for (int y = 0; y <= h; y++) {
        boolean dark = y < h && raster.getSample(x, y, 0) < RULE_GREY;
        if (dark && start < 0) {
          start = y;
        } else if (!dark && start >= 0) {
          if (y - start >= minRun) {
            for (int k = start; k < y; k++) {
              rule[k * w + x] = true;
            }
          }
          start = -1;
        }
      }
    }
    // A rule's blurred edges go with it: two pixels on each side.
    for (int i = 0; i < rule.length; i++) {
      if (rule[i]) {
        int x = i % w;
        int y = i / w;
        for (int dy = -2; dy <= 2; dy++) {
          for (int dx = -2; dx <= 2; dx++) {
            int xx = x + dx;
            int yy = y + dy;
            if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
              raster.setSample(xx, yy, 0, 255);
            }
          }
        }
      }
    }
    return grey;
  }

  /** The words of an image file (every page of a multi-page TIFF, one after the other). */
  List<Word> words(Path image) throws IOException {
    return words(image, "6", List.of());
  }

  private List<Word> words(Path image, String segmentation, List<String> settings)
      throws IOException {
    List<String> arguments =
        new ArrayList<>(List.of(command, image.toString(), "stdout", "-l", languages));
    arguments.addAll(List.of("--psm", segmentation));
    arguments.addAll(settings);
    arguments.add("tsv");
    ProcessBuilder builder = new ProcessBuilder(arguments);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new OcrUnavailable(
          "the OCR engine (" + command + ") is not installed: run deploy/ocr/install");
    }
    String tsv;
    try (InputStream in = process.getInputStream()) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new UnreadableDocument("OCR took longer than " + timeoutSeconds + " s on a page");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new UnreadableDocument("OCR was interrupted");
    }
    if (process.exitValue() != 0) {
      throw new UnreadableDocument("the OCR engine could not read the image");
    }
    return parse(tsv);
  }

  /**
   * Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height,
   * confidence, text; level 5 rows are words. Pages of a multi-page image are stacked downwards.
   */
  static List<Word> parse(String tsv) {
    List<Word> words = new ArrayList<>();
    double pageOffset = 0;
    double pageBottom = 0;
    int lastPage = 1;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5")) {
        continue;
      }
      int page = Integer.parseInt(f[1]);
      if (page != lastPage) {
        pageOffset = pageBottom + 1000;
        lastPage = page;
      }
      // A rule's remnant glued to a word ("A_", "[Sở", "phẩm|") is no part of it.
      String printed = java.text.Normalizer.normalize(f[11].strip(), java.text.Normalizer.Form.NFC);
      // A bar on its own is kept: the layout reads it as a Roman "I" where a code stands.
      String text =
          printed.matches("\\|+") ? printed : printed.replaceAll("^[_\\[\\]]+|[_\\[\\]|]+$", "");
      if (isSpeck(text)) {
        continue;
      }
      double left = Double.parseDouble(f[6]);
      double top = Double.parseDouble(f[7]) + pageOffset;
      double width = Double.parseDouble(f[8]);
      double height = Double.parseDouble(f[9]);
      double confidence = Math.max(0, Double.parseDouble(f[10]));
      Word word = new Word(text, left, top, left + width, top + height, confidence);
      String taken = OcrWords.tolerated(text);
      words.add(taken.equals(text) ? word : word.readAs(taken));
      pageBottom = Math.max(pageBottom, top + height);
    }
    return words;
  }

  /**
   * What is left of a rule ("[", "_", "!") or a speck of dust read as punctuation ("'", ".", ":"):
   * only such marks. Signs that mean something in a plan stay: "%", "≥", "<", "-", "+", and bars
   * (read by the layout as a Roman numeral at the start of a row, or as a rule).
   */
  static boolean isSpeck(String text) {
    return text.isEmpty() || text.matches("[.,:;'\"`‘’“”_\\[\\]{}()!~^*°·•]+");
  }

  static void doubts(TextBuilder out, int from) {
    out.doubtBelow(from, DOUBTFUL_BELOW);
  }
}
