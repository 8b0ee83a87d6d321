package vn.plantrack.plan.documents;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What Tesseract's Vietnamese model prints for some letters and signs, put right word by word: a
 * "j" (Vietnamese writes none) for the dot of "ị"; "l", "I" or "O" among digits for 1 and 0, a
 * speck before a number read as a quote; "≥" printed as "&gt;", told apart by the bar under the
 * glyph on the page. Each word put right keeps what OCR printed ({@link Word#read}), so the line it
 * lands on is a doubt for the coordinator, never a silent guess.
 */
final class OcrWords {
  /** A letter only Vietnamese writes (a vowel with its marks, or đ). */
  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A number with letters that look like digits: "l5", "1O", "2O25", after an optional speck. */
  private static final Pattern NUMBER_LOOKALIKE = Pattern.compile("^[\"'`]?([0-9lIO|]{2,})$");

  /** Darker than this, a pixel is ink. */
  private static final int INK = 140;

  /**
   * Words of the domain Tesseract's vie model marks wrongly, recognised by the words printed beside
   * them (so never a word on its own): "Uy ban" (the committee is "Ủy ban"; "Uỷ ban" is an older
   * spelling, kept), "phân mềm" (software is "phần mềm"), "cơ Sở" (no department follows "cơ": it
   * is "cơ sở"), "chỉ ngân sách" (budget spending is "chi ngân sách"), "nhẫn hiệu" (a trademark is
   * "nhãn hiệu").
   */
  private record Phrase(List<String> printed, int index, String taken) {}

  private static final List<Phrase> PHRASES =
      List.of(
          new Phrase(List.of("Uy", "ban"), 0, "Ủy"),
          new Phrase(List.of("UY", "BAN"), 0, "ỦY"),
          new Phrase(List.of("phân", "mềm"), 0, "phần"),
          new Phrase(List.of("cơ", "Sở"), 1, "sở"),
          new Phrase(List.of("chỉ", "ngân", "sách"), 0, "chi"),
          new Phrase(List.of("nhẫn", "hiệu"), 0, "nhãn"));

  /** A page with fewer words carrying marks than this share was typed without diacritics. */
  private static final double MARKED_IN_A_MARKED_TEXT = 0.2;

  private OcrWords() {}

  /** A number as a target cell prints it: "25", "2,5", "≥ 98", "20-25", "100%". */
  private static final Pattern NUMBER =
      Pattern.compile("[≥≤<>]?[0-9][0-9.,]*%?([-–][0-9][0-9.,]*%?)?|[≥≤<>%–-]");

  /**
   * A milestone cell's word that is no number but looks like a misread one (a digit in it, or a
   * short capitalized scrawl: "F2)", "HỆ"), read again as digits.
   */
  static Word asNumber(Word word, PageLayout.Digits digits) {
    String text = word.text();
    boolean suspect =
        text.chars().anyMatch(Character::isDigit)
            || (text.length() <= 3 && text.chars().noneMatch(Character::isLowerCase));
    if (NUMBER.matcher(text).matches() || !suspect) {
      return word;
    }
    return digits.of(word).filter(d -> NUMBER.matcher(d).matches()).map(word::readAs).orElse(word);
  }

  /**
   * The words of one line of OCR (in reading order) with the domain's words put right where the
   * words beside them say what they are.
   */
  static List<Word> phrases(List<Word> line) {
    List<Word> out = new ArrayList<>(line);
    for (Phrase phrase : PHRASES) {
      int n = phrase.printed().size();
      for (int i = 0; i + n <= out.size(); i++) {
        boolean match = true;
        for (int k = 0; k < n && match; k++) {
          match = out.get(i + k).text().equals(phrase.printed().get(k));
        }
        if (match) {
          int at = i + phrase.index();
          out.set(at, out.get(at).readAs(phrase.taken()));
        }
      }
    }
    return out;
  }

  /**
   * A page typed without diacritics (as old plans and pasted copies are): OCR still gives a few of
   * its words marks ("tinh" read "tỉnh"); those are taken off. A page is such when fewer than a
   * fifth of its words (of at least 20 with letters) carry a Vietnamese mark.
   */
  static List<Word> undiacritised(List<Word> words) {
    long lettered =
        words.stream().filter(w -> w.text().chars().anyMatch(Character::isLetter)).count();
    long marked = words.stream().filter(w -> VIETNAMESE.matcher(w.text()).find()).count();
    if (lettered < 20 || marked >= MARKED_IN_A_MARKED_TEXT * lettered) {
      return words;
    }
    List<Word> out = new ArrayList<>(words.size());
    for (Word word : words) {
      if (!VIETNAMESE.matcher(word.text()).find()) {
        out.add(word);
        continue;
      }
      String plain = withoutMarks(word.text());
      out.add(
          plain.equals(word.read())
              ? new Word(plain, word.x0(), word.y0(), word.x1(), word.y1(), word.confidence())
              : word.readAs(plain));
    }
    return out;
  }

  /** Fewer than a fifth of the page's words (of at least 20 with letters) carry a mark. */
  static boolean typedWithoutMarks(List<Word> words) {
    long lettered =
        words.stream().filter(w -> w.text().chars().anyMatch(Character::isLetter)).count();
    long marked = words.stream().filter(w -> VIETNAMESE.matcher(w.text()).find()).count();
    return lettered >= 20 && marked < MARKED_IN_A_MARKED_TEXT * lettered;
  }

  private static String withoutMarks(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd')
        .replace('Đ', 'D');
  }

  /** The word as it was printed, or what it stands for when OCR confused some of its letters. */
  static String tolerated(String printed) {
    if (printed.indexOf('j') >= 0 && VIETNAMESE.matcher(printed).find()) {
      return printed.replaceAll("j(?=[iìíỉĩị])", "").replace('j', 'ị');
    }
    var number = NUMBER_LOOKALIKE.matcher(printed);
    if (number.matches() && number.group(1).chars().filter(Character::isDigit).count() > 0) {
      return number
          .group(1)
          .replace('l', '1')
          .replace('I', '1')
          .replace('|', '1')
          .replace('O', '0');
    }
    return printed;
  }

  /** The words, a "&gt;" opening one taken as "≥" where its glyph has the bar under it. */
  static List<Word> signsChecked(List<Word> words, BufferedImage page) {
    List<Word> out = new ArrayList<>(words.size());
    for (Word word : words) {
      if (word.text().startsWith(">") && underlined(page.getRaster(), word)) {
        out.add(word.readAs("≥" + word.text().substring(1)));
      } else {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * Whether the first glyph in the word's box ends in a bar as wide as itself, as "≥" does; "&gt;"
   * ends in a point at its left.
   */
  static boolean underlined(Raster page, Word word) {
    int x0 = clamp((int) Math.floor(word.x0()), page.getWidth());
    int x1 = clamp((int) Math.ceil(word.x1()), page.getWidth());
    int y0 = clamp((int) Math.floor(word.y0()), page.getHeight());
    int y1 = clamp((int) Math.ceil(word.y1()), page.getHeight());
    // The first glyph: the first run of columns holding ink.
    int from = -1;
    int to = -1;
    for (int x = x0; x < x1; x++) {
      boolean ink = false;
      for (int y = y0; y < y1 && !ink; y++) {
        ink = page.getSample(x, y, 0) < INK;
      }
      if (ink && from < 0) {
        from = x;
      } else if (!ink && from >= 0) {
        to = x;
        break;
      }
    }
    if (from >= 0 && to < 0) {
      to = x1; // the glyph is the whole word: "&gt;" on its own
    }
    if (from < 0 || to - from < 4 || to - from > 1.5 * (y1 - y0)) {
      return false; // no glyph, or glyphs touching: no telling
    }
    int bottom = -1;
    int top = -1;
    for (int y = y0; y < y1; y++) {
      for (int x = from; x < to; x++) {
        if (page.getSample(x, y, 0) < INK) {
          bottom = y;
          top = top < 0 ? y : top;
          break;
        }
      }
    }
    // The ink of the glyph's lowest sixth, across its width.
    int band = Math.max(1, (bottom - top + 1) / 6);
    int covered = 0;
    for (int x = from; x < to; x++) {
      for (int y = bottom - band + 1; y <= bottom; y++) {
        if (page.getSample(x, y, 0) < INK) {
          covered++;
          break;
        }
      }
    }
    return covered >= 0.75 * (to - from);
  }

  private static int clamp(int value, int size) {
    return Math.max(0, Math.min(size, value));
  }
}
