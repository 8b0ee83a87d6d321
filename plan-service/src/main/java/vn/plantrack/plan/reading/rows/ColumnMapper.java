package vn.plantrack.plan.reading.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Stage 5: what each column of a table holds, from the folded words of its header cell, whatever
 * the order of the columns and with or without diacritics ("Co quan chu tri" = "Cơ quan chủ trì").
 *
 * <p>The rules are tried in order, so a more specific header wins: "Cơ quan chủ trì theo dõi, đánh
 * giá" is the monitoring organization, not the lead; "Đơn vị chủ trì" is the lead while a bare "Đơn
 * vị" next to indicators is their unit; a header with a year is a milestone target, or the baseline
 * when the year is before the plan's own.
 */
public final class ColumnMapper {

  /** One column: its position, header text, meaning and, for targets and baselines, the year. */
  public record Column(int index, String header, ColumnMeaning meaning, Integer year) {}

  /** The columns of one table and whether it lists tasks or indicators. */
  public record ColumnMap(TableKind kind, List<Column> columns) {
    public int size() {
      return columns.size();
    }

    public List<Column> all(ColumnMeaning meaning) {
      return columns.stream().filter(c -> c.meaning() == meaning).toList();
    }

    public int first(ColumnMeaning meaning) {
      return columns.stream()
          .filter(c -> c.meaning() == meaning)
          .mapToInt(Column::index)
          .findFirst()
          .orElse(-1);
    }

    public List<Column> unknown() {
      return all(ColumnMeaning.UNKNOWN);
    }
  }

  public enum TableKind {
    TASKS,
    INDICATORS,
    UNKNOWN
  }

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

  private static final List<Map.Entry<Pattern, ColumnMeaning>> RULES =
      List.of(
          rule(
              "^(s?tt|so tt|so thu tu|thu tu|ma|ma so|ky hieu|ma nhiem vu|ma chi tieu)$",
              ColumnMeaning.CODE),
          rule("theo doi|danh gia|giam sat", ColumnMeaning.MONITORING),
          rule("phoi hop", ColumnMeaning.COOPERATING),
          rule(
              "chu tri|chiu trach nhiem|(co quan|don vi|phong|bo phan) (thuc hien|trien khai)"
                  + "|^thuc hien$|dau moi",
              ColumnMeaning.LEAD),
          rule(
              "thoi gian|thoi han|tien do|han hoan thanh|moc hoan thanh|thoi diem",
              ColumnMeaning.DEADLINE),
          rule(
              "hien trang|hien nay|nam goc|gia tri co so|thuc hien nam|uoc (dat|thuc hien)",
              ColumnMeaning.BASELINE),
          rule("\\b(19|20)\\d\\d\\b", ColumnMeaning.TARGET),
          rule("chi tieu", ColumnMeaning.INDICATOR_NAME),
          rule(
              "nhiem vu|noi dung|cong viec|hoat dong|giai phap|ten de an|ten du an",
              ColumnMeaning.TASK),
          rule("san pham|dau ra|hinh thuc van ban", ColumnMeaning.OUTPUT),
          rule("ket qua", ColumnMeaning.RESULT),
          rule("muc tieu|gia tri", ColumnMeaning.TARGET),
          rule("^(don vi tinh|dvt|don vi)$|don vi tinh", ColumnMeaning.UNIT),
          rule("ghi chu", ColumnMeaning.NOTE),
          rule("kinh phi|nguon von", ColumnMeaning.FUNDING));

  private ColumnMapper() {}

  private static Map.Entry<Pattern, ColumnMeaning> rule(String regex, ColumnMeaning meaning) {
    return Map.entry(Pattern.compile(regex), meaning);
  }

  /**
   * The rules again with every space optional: OCR glues words of a header title together ("Đơnvị
   * tính"). Tried only when no rule matches as printed, and such a match is a doubt.
   */
  private static final List<Map.Entry<Pattern, ColumnMeaning>> GLUED_RULES =
      RULES.stream().map(r -> rule(r.getKey().pattern().replace(" ", " ?"), r.getValue())).toList();

  /** The meaning of one header cell on its own; "Kết quả" stays {@link ColumnMeaning#RESULT}. */
  public static ColumnMeaning meaningOf(String header) {
    String folded = fold(header);
    if (folded.isEmpty()) {
      return ColumnMeaning.UNKNOWN;
    }
    ColumnMeaning meaning = match(RULES, folded);
    return meaning != ColumnMeaning.UNKNOWN ? meaning : match(GLUED_RULES, folded);
  }

  /**
   * Whether the header's meaning was only found with the words OCR glued together taken apart
   * ("Đơnvị tính" for "Đơn vị tính"): a reading to check.
   */
  public static boolean gluedTitle(String header) {
    String folded = fold(header);
    return !folded.isEmpty()
        && match(RULES, folded) == ColumnMeaning.UNKNOWN
        && match(GLUED_RULES, folded) != ColumnMeaning.UNKNOWN;
  }

  private static ColumnMeaning match(List<Map.Entry<Pattern, ColumnMeaning>> rules, String folded) {
    for (Map.Entry<Pattern, ColumnMeaning> rule : rules) {
      if (rule.getKey().matcher(folded).find()) {
        return rule.getValue();
      }
    }
    return ColumnMeaning.UNKNOWN;
  }

  /** The last year a header names ("Giai đoạn 2026-2030" → 2030), or null. */
  public static Integer yearOf(String header) {
    Matcher m = YEAR.matcher(fold(header));
    Integer year = null;
    while (m.find()) {
      year = Integer.valueOf(m.group());
    }
    return year;
  }

  /**
   * Maps a table's header cells. {@code referenceYear} is the plan's issue year (may be null): a
   * year column before it is the baseline.
   */
  public static ColumnMap map(List<String> headers, Integer referenceYear) {
    List<ColumnMeaning> meanings = new ArrayList<>();
    for (String header : headers) {
      meanings.add(meaningOf(header));
    }
    TableKind kind =
        meanings.contains(ColumnMeaning.INDICATOR_NAME)
            ? TableKind.INDICATORS
            : meanings.contains(ColumnMeaning.TASK) ? TableKind.TASKS : TableKind.UNKNOWN;
    boolean hasLead = meanings.contains(ColumnMeaning.LEAD);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      ColumnMeaning meaning = meanings.get(i);
      Integer year = null;
      if (meaning == ColumnMeaning.RESULT) {
        // "Kết quả" is what a task delivers, and what an indicator must reach.
        meaning = kind == TableKind.INDICATORS ? ColumnMeaning.TARGET : ColumnMeaning.OUTPUT;
      } else if (meaning == ColumnMeaning.UNIT
          && kind == TableKind.TASKS
          && !hasLead
          && fold(header).equals("don vi")) {
        // A bare "Đơn vị" in a task table names who carries the task out.
        meaning = ColumnMeaning.LEAD;
      }
      if (meaning == ColumnMeaning.TARGET || meaning == ColumnMeaning.BASELINE) {
        year = yearOf(header);
        if (meaning == ColumnMeaning.TARGET
            && year != null
            && referenceYear != null
            && year < referenceYear) {
          meaning = ColumnMeaning.BASELINE;
        }
      }
      columns.add(new Column(i, header, meaning, year));
    }
    return new ColumnMap(kind, List.copyOf(columns));
  }

  static String fold(String text) {
    return VietnameseText.fold(VietnameseText.normalize(text == null ? "" : text))
        .replaceAll("[^a-z0-9/&]+", " ")
        .strip();
  }
}
