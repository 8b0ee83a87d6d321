package vn.plantrack.indicator.excel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.platform.text.VietnameseText;
import vn.plantrack.workbook.Choice;
import vn.plantrack.workbook.Column;
import vn.plantrack.workbook.EnumChoices;
import vn.plantrack.workbook.Records;
import vn.plantrack.workbook.SheetDefinition;

/**
 * The two workbooks of indicator-service: the indicators of a plan with a column per milestone year
 * ("Mục tiêu 2030"), as the plans print them, and measured values. Column limits are the API's
 * (IndicatorResource's input records).
 */
public final class IndicatorSheets {
  static final String CODE_PATTERN = "[0-9A-Za-z][0-9A-Za-z.\\-]*";
  static final String CODE_HINT = "chữ số, chữ cái, dấu chấm hoặc gạch ngang, như 7.1";

  /** The milestone years of the provinces' plans, in every template. */
  static final List<Integer> MILESTONES = List.of(2025, 2030, 2035, 2040, 2045);

  static final String TARGET_HEADER = "Mục tiêu ";
  private static final Pattern TARGET = Pattern.compile("muc tieu (\\d{4})");

  /** How the rows name indicators: by ID or code, in a plan, under a parent. */
  static final Records<Indicator> INDICATORS =
      new Records<>("indicator", i -> i.id, i -> i.code, i -> i.planId, i -> i.parentId);

  /** The service's field names that are not the column's key, for its refusals. */
  static final Map<String, String> INDICATOR_FIELDS =
      Map.of(
          "parentId", "parentCode",
          "leadOrgIds", "leadOrgs",
          "responsibleOrgIds", "responsibleOrgs",
          "monitoringOrgIds", "monitoringOrgs");

  private IndicatorSheets() {}

  /** The key of a milestone year's target column. */
  static String targetKey(int year) {
    return "target" + year;
  }

  /** The milestone year a header names ("Mục tiêu 2030", "muc tieu 2030 *"), if any. */
  static Optional<Integer> targetYear(String header) {
    String folded = VietnameseText.fold(VietnameseText.normalize(header)).replace("*", "").strip();
    Matcher m = TARGET.matcher(folded);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    return year >= 1990 && year <= 2100 ? Optional.of(year) : Optional.empty();
  }

  /**
   * The indicators sheet with a target column per year ({@code years}, the template's milestones
   * when empty).
   */
  public static SheetDefinition indicators(List<Choice> organizations, Collection<Integer> years) {
    List<Column> columns = new ArrayList<>();
    columns.add(
        Column.uuid("id", "Mã hệ thống (ID)")
            .help("Điền sẵn khi xuất, để nguyên khi sửa. Để trống khi thêm chỉ tiêu mới.")
            .width(20));
    columns.add(Column.text("plan", "Kế hoạch").viewOnly().width(16));
    columns.add(
        Column.text("code", "Mã chỉ tiêu")
            .mandatory()
            .maxLength(40)
            .pattern(CODE_PATTERN, CODE_HINT)
            .help("Số thứ tự của chỉ tiêu trong kế hoạch, như 7 hoặc 7.1.")
            .width(10));
    columns.add(
        Column.text("parentCode", "Mã chỉ tiêu cha")
            .maxLength(40)
            .pattern(CODE_PATTERN, CODE_HINT)
            .help("Với chỉ tiêu con: mã chỉ tiêu nhóm, như 7.")
            .width(10));
    columns.add(
        Column.text("name", "Tên chỉ tiêu")
            .mandatory()
            .maxLength(2000)
            .help("Tên chỉ tiêu như văn bản ghi.")
            .width(50));
    columns.add(
        Column.text("unit", "Đơn vị tính")
            .maxLength(300)
            .help("%, % GRDP, Thứ bậc, Doanh nghiệp, Người/vạn dân, …")
            .width(14));
    columns.add(
        Column.choice("direction", "Chiều đánh giá", EnumChoices.of("Direction"))
            .help("Để trống: theo mục tiêu đầu tiên (thứ hạng và mức trần: càng thấp càng tốt)."));
    columns.add(
        Column.choice("counting", "Cách tính", EnumChoices.of("Counting"))
            .help("Để trống: mức tại thời điểm."));
    columns.add(
        Column.list("leadOrgs", "Cơ quan chủ trì")
            .maxLength(20)
            .choices(organizations)
            .help("Mã hoặc tên; nhiều cơ quan cách nhau bằng dấu chấm phẩy (;)."));
    columns.add(
        Column.list("responsibleOrgs", "Cơ quan phụ trách")
            .maxLength(50)
            .choices(organizations)
            .help("Cơ quan chịu trách nhiệm thực hiện (nếu khác cơ quan chủ trì)."));
    columns.add(
        Column.list("monitoringOrgs", "Cơ quan theo dõi, đánh giá")
            .maxLength(20)
            .choices(organizations)
            .help("Cơ quan ghi nhận và chịu trách nhiệm về số liệu thực hiện."));
    columns.add(
        Column.number("baselineValue", "Giá trị cơ sở")
            .between(new java.math.BigDecimal("-1e14"), new java.math.BigDecimal("1e14"))
            .help("Giá trị năm cơ sở (số)."));
    columns.add(
        Column.text("baselineText", "Giá trị cơ sở (mô tả)")
            .maxLength(300)
            .help("Khi giá trị cơ sở không phải là số."));
    columns.add(Column.integer("baselineYear", "Năm cơ sở", 1990, 2100));
    for (int year : new TreeSet<>(years.isEmpty() ? MILESTONES : years)) {
      columns.add(
          Column.text(targetKey(year), TARGET_HEADER + year)
              .maxLength(1000)
              .help(
                  "Mục tiêu năm "
                      + year
                      + " như văn bản ghi: ≥ 25, > 0,7, 10-15, 80-90%, 45 các tỉnh, thành, đạt mức"
                      + " trung bình… Có thể thêm cột \"Mục tiêu <năm>\" cho năm khác.")
              .width(18));
    }
    columns.add(Column.text("valueType", "Kiểu giá trị").viewOnly().width(10));
    columns.add(
        Column.atLeast("version", "Phiên bản", 0)
            .help(
                "Điền sẵn khi xuất, để nguyên. Bắt buộc khi sửa chỉ tiêu đã có: nếu chỉ tiêu đã"
                    + " được sửa sau khi xuất, dòng bị từ chối.")
            .width(10));
    return new SheetDefinition(
        "Chỉ tiêu",
        "Chỉ tiêu của kế hoạch: mẫu nhập và sửa",
        List.of(
            "Mỗi dòng là một chỉ tiêu của kế hoạch được chọn khi tải lên. Dòng có mã chỉ tiêu (hoặc"
                + " mã hệ thống) đã có sẽ sửa chỉ tiêu đó; mã mới thêm chỉ tiêu mới. Chỉ tiêu nhóm"
                + " (như 7) không có mục tiêu.",
            "Mỗi năm mốc có một cột \"Mục tiêu <năm>\"; ô trống là không có mục tiêu năm đó. Cột"
                + " năm bị bỏ khỏi tệp giữ nguyên mục tiêu cũ.",
            "Sửa một chỉ tiêu cần cột \"Phiên bản\" đúng như khi xuất; dòng giống hệt hiện trạng"
                + " được bỏ qua. Số liệu thực hiện dùng mẫu \"Số liệu\"."),
        columns);
  }

  /** The values sheet: one value of one indicator for one period per row. */
  public static SheetDefinition measurements(List<Choice> organizations) {
    return new SheetDefinition(
        "Số liệu",
        "Số liệu thực hiện chỉ tiêu",
        List.of(
            "Mỗi dòng là giá trị của một chỉ tiêu trong một kỳ, tìm theo mã hệ thống (ID) hoặc mã"
                + " chỉ tiêu trong kế hoạch được chọn khi tải lên.",
            "Kỳ: năm (2025), 6 tháng (2025-H1), quý (2025-Q2) hoặc tháng (2025-06), trong thời"
                + " gian của kế hoạch và đã bắt đầu. Ghi lại một kỳ đã có là hiệu chỉnh: giá trị cũ"
                + " được lưu trong lịch sử.",
            "Giá trị theo kiểu của chỉ tiêu: số (dấu phẩy hoặc dấu chấm thập phân), Có/Không,"
                + " hoặc văn bản. Dòng giống hệt giá trị đã ghi, hoặc để trống kỳ và giá trị, được"
                + " bỏ qua.",
            "Chỉ cơ quan theo dõi, đánh giá của chỉ tiêu (hoặc điều phối viên) được ghi số liệu."),
        List.of(
            Column.uuid("id", "Mã hệ thống chỉ tiêu (ID)")
                .help("Điền sẵn khi xuất, để nguyên. Nếu trống, chỉ tiêu được tìm theo mã.")
                .width(20),
            Column.text("plan", "Kế hoạch").viewOnly().width(16),
            Column.text("code", "Mã chỉ tiêu")
                .maxLength(40)
                .pattern(CODE_PATTERN, CODE_HINT)
                .help("Mã chỉ tiêu trong kế hoạch (khi không có mã hệ thống).")
                .width(10),
            Column.text("name", "Tên chỉ tiêu").viewOnly().width(50),
            Column.text("unit", "Đơn vị tính").viewOnly().width(12),
            Column.list("monitoringOrgs", "Cơ quan theo dõi, đánh giá")
                .viewOnly()
                .choices(organizations),
            Column.text("valueType", "Kiểu giá trị").viewOnly().width(10),
            Column.text("period", "Kỳ")
                .maxLength(10)
                .pattern(
                    "(?i)\\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?",
                    "2025, 2025-H1, 2025-Q2 hoặc 2025-06")
                .help("Năm, 6 tháng, quý hoặc tháng.")
                .width(10),
            Column.text("value", "Giá trị")
                .maxLength(4000)
                .help("Số, Có/Không hoặc văn bản, theo kiểu giá trị của chỉ tiêu.")
                .width(16),
            Column.text("source", "Nguồn số liệu").maxLength(500).width(30),
            Column.text("note", "Ghi chú").maxLength(4000).width(30),
            Column.atLeast("revision", "Lần ghi", 1).viewOnly()));
  }
}
