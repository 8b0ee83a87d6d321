package vn.plantrack.plan.reading.lines;

import java.util.regex.Pattern;
import vn.plantrack.platform.text.VietnameseText;

/** Recognizes the fixed parts of an administrative document, on folded text. */
public final class Headings {
  private static final Pattern APPENDIX = Pattern.compile("^(phu luc|danh muc)\\b");
  private static final Pattern CAPACITY = Pattern.compile("^(tm|kt|tl|tuq|q)\\.\\s*\\S");
  private static final Pattern SIGNER_TITLE =
      Pattern.compile(
          "^(pho )?(chu tich|giam doc|truong ban|chanh van phong|bi thu|truong phong|thu truong"
              + "|bo truong|tong giam doc|vien truong|cuc truong|chi cuc truong)$");

  private Headings() {}

  /**
   * "PHỤ LỤC I", "PHU LUC", "Phụ lục II", "DANH MỤC CÁC NHIỆM VỤ CỤ THỂ": a heading that opens an
   * appendix, in capitals, or short when written in sentence case.
   */
  public static boolean isAppendix(SourceLine line) {
    String text = line.text();
    if (text.isEmpty() || text.length() > 200 || text.indexOf('|') >= 0) {
      return false;
    }
    return APPENDIX.matcher(line.folded()).find()
        && (isUpper(text) || (line.folded().startsWith("phu luc") && text.length() <= 40));
  }

  /** "I. MỤC ĐÍCH, YÊU CẦU", "V. TỔ CHỨC THỰC HIỆN". */
  public static boolean isChapter(SourceLine line) {
    return Codes.marker(line.text())
        .filter(m -> m.code().kind() == Codes.Kind.SECTION && !m.rest().isEmpty())
        .isPresent();
  }

  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": signing on behalf of, in a table cell or not. */
  public static boolean isCapacity(String text) {
    String cell = unpiped(text);
    return isUpper(cell) && CAPACITY.matcher(folded(cell)).find();
  }

  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC" on a line of its own. */
  public static boolean isSignerTitle(String text) {
    String cell = unpiped(text);
    return isUpper(cell) && SIGNER_TITLE.matcher(folded(cell)).matches();
  }

  public static boolean isRecipients(SourceLine line) {
    return line.folded().startsWith("noi nhan");
  }

  /** Mostly capital letters (at least three letters, 80 % of them capitals). */
  public static boolean isUpper(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 3 && upper * 5 >= letters * 4;
  }

  public static String unpiped(String text) {
    return text.replace("|", " ").strip();
  }

  private static String folded(String text) {
    return VietnameseText.fold(text);
  }
}
