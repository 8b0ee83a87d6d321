package vn.plantrack.plan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Splits a lead, cooperating or monitoring cell into organization names where the cell is clearly a
 * list. Resolving the names to organizations is done later; this only cuts the text.
 *
 * <p>Conventions: ";", new lines and bullets always separate names. A comma or "và" separates names
 * only when the text after it starts like an organization ("Sở …", "UBND …", "Công an …", "Các …");
 * otherwise it is part of one name or one collective: "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa
 * học và Công nghệ", "Các sở, ban, ngành, địa phương", "UBND các huyện, thành phố" each stay whole.
 * A lone "-" means none.
 */
public final class OrganizationNames {
  /** How organization names begin (folded); a piece starting otherwise continues the name. */
  private static final Pattern HEAD =
      Pattern.compile(
          "^(so|phong|ubnd|uy ban|hdnd|hoi dong|ban|bo|cong an|trung tam|van phong|ngan hang"
              + "|nhnn|toa an|tand|vien(?! thong)|vksnd|cac|chi cuc|cuc|cong ty|tong cong ty|tap doan|dai"
              + "|bao|cong thong tin|hoi|hiep hoi|mat tran|ubmttq|mttq|tinh uy|dang uy|doan"
              + "|lien doan|truong|benh vien|kho bac|quy|bchqs|bch|thanh tra|kiem toan"
              + "|doanh nghiep|bhxh|lanh dao|giam doc|chu tich)(\\s|$)");

  private static final Pattern SPLIT_LINES = Pattern.compile("\\n|;");
  private static final Pattern BULLET =
      Pattern.compile("^\\s*([-+•*]|\\(\\d{1,2}\\)|\\d{1,2}[.)])\\s*");

  /**
   * Deadline-like text ("Sau khi có hướng dẫn…", "Thường xuyên", "6/2025") in an organization cell.
   */
  private static final Pattern DEADLINE_LIKE =
      Pattern.compile(
          "^(sau khi|khi |truoc (ngay|thang|nam|quy)|thuong xuyen|hang (nam|thang|quy)"
              + "|tu nam|nam \\d{4}|thang \\d|quy [ivx]+|\\d{1,2}/\\d{4}|\\d{4}(\\s|$|-))");

  private OrganizationNames() {}

  public static List<String> split(String text) {
    List<String> names = new ArrayList<>();
    if (text == null || isNone(text)) {
      return names;
    }
    for (String piece : SPLIT_LINES.split(text)) {
      String item = BULLET.matcher(piece).replaceFirst("").strip();
      for (String name : splitOnCommas(item)) {
        for (String part : splitOnAnd(name)) {
          String cleaned = VietnameseText.stripEdgeMarks(withoutQualifier(part.strip()));
          if (!cleaned.isEmpty() && !isNone(cleaned)) {
            names.add(cleaned);
          }
        }
      }
    }
    return names;
  }

  /**
   * "Phòng Công nghệ và Chuyển đổi số theo chức năng, nhiệm vụ …": what follows "theo chức năng"
   * says how the unit takes part, not who it is.
   */
  private static String withoutQualifier(String name) {
    int at = fold(name).indexOf(" theo chuc nang");
    return at > 0 ? name.substring(0, at) : name;
  }

  /** Whether an organization cell reads like a deadline or a condition instead. */
  public static boolean looksLikeDeadline(String text) {
    return text != null && DEADLINE_LIKE.matcher(fold(text)).find();
  }

  /**
   * Begins with an organization word and says more than that word ("ban" in "Các sở, ban, ngành" is
   * part of a collective), or is an acronym ("HĐND", "UBND").
   */
  static boolean startsLikeOrganization(String text) {
    String trimmed = text.strip();
    if (!trimmed.contains(" ")) {
      return trimmed.length() >= 3
          && trimmed.equals(trimmed.toUpperCase(Locale.ROOT))
          && trimmed.chars().anyMatch(Character::isLetter);
    }
    return HEAD.matcher(fold(trimmed)).find();
  }

  private static List<String> splitOnCommas(String text) {
    List<String> names = new ArrayList<>();
    StringBuilder current = null;
    for (String piece : text.split(",")) {
      String trimmed = piece.strip();
      if (current == null || startsLikeOrganization(trimmed)) {
        if (current != null) {
          names.add(current.toString());
        }
        current = new StringBuilder(trimmed);
      } else {
        current.append(", ").append(trimmed);
      }
    }
    if (current != null) {
      names.add(current.toString());
    }
    return names;
  }

  /** "Sở Khoa học và Công nghệ và các sở, ngành" → the Sở, and the collective. */
  private static List<String> splitOnAnd(String untrimmed) {
    List<String> parts = new ArrayList<>();
    String name = untrimmed.strip();
    String folded = fold(name);
    if (folded.length() != name.length()) {
      parts.add(name);
      return parts;
    }
    int segment = 0;
    int at = folded.indexOf(" va ");
    while (at >= 0) {
      String right = name.substring(at + 4);
      if (startsLikeOrganization(right) && startsLikeOrganization(name.substring(segment))) {
        parts.add(name.substring(segment, at));
        segment = at + 4;
      }
      at = folded.indexOf(" va ", at + 1);
    }
    parts.add(name.substring(segment));
    return parts;
  }

  private static boolean isNone(String text) {
    return text.strip().matches("[-–—.\\s]*");
  }

  private static String fold(String text) {
    return VietnameseText.fold(text.strip());
  }
}
