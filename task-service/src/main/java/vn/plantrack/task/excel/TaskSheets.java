package vn.plantrack.task.excel;

import java.util.List;
import java.util.Map;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.task.Task;
import vn.plantrack.workbook.Choice;
import vn.plantrack.workbook.Column;
import vn.plantrack.workbook.EnumChoices;
import vn.plantrack.workbook.Records;
import vn.plantrack.workbook.SheetDefinition;

/**
 * The two workbooks of task-service: the tasks of a plan (what a coordinator enters) and progress
 * (what a lead agency reports). Column limits are the API's (TaskResource's input records), so a
 * row the sheet accepts is refused by the service only for a rule, never for its shape.
 */
public final class TaskSheets {
  static final String CODE_PATTERN = "[0-9A-Za-z][0-9A-Za-z.\\-]*";
  static final String CODE_HINT = "chữ số, chữ cái, dấu chấm hoặc gạch ngang, như 38.12";

  /** Expected output types (TaskResource's pattern) with their Vietnamese names. */
  static final List<Choice> OUTPUT_TYPES =
      List.of(
          Choice.of("PLAN", "Kế hoạch"),
          Choice.of("DECISION", "Quyết định"),
          Choice.of("DOCUMENT", "Văn bản"),
          Choice.of("REPORT", "Báo cáo"),
          Choice.of("SYSTEM_IN_USE", "Hệ thống được đưa vào sử dụng"),
          Choice.of("MEASURABLE_RESULT", "Kết quả định lượng"),
          Choice.of("OTHER", "Khác"));

  /** The service's field names that are not the column's key, for its refusals. */
  /** How the rows name tasks: by ID or code, in a plan, under a parent. */
  static final Records<Task> TASKS =
      new Records<>("task", t -> t.id, t -> t.code, t -> t.planId, t -> t.parentId);

  static final Map<String, String> TASK_FIELDS =
      Map.of(
          "sectionCode", "section",
          "parentId", "parentCode",
          "leadOrgIds", "leadOrgs",
          "cooperatingOrgIds", "cooperatingOrgs",
          "expectedOutput", "output",
          "expectedOutputType", "outputType",
          "deadlineText", "deadline");

  private TaskSheets() {}

  /** The organizations of a validation list: code, and name to read. */
  static List<Choice> choices(List<KnownOrganization> organizations) {
    return organizations.stream().map(o -> Choice.of(o.code, o.name)).toList();
  }

  /**
   * The tasks sheet. {@code organizations} are the province's (code, name); {@code sections} the
   * plan's section codes (a strict list when the plan has some).
   */
  public static SheetDefinition tasks(List<Choice> organizations, List<String> sections) {
    Column section =
        sections.isEmpty()
            ? Column.text("section", "Nhóm nhiệm vụ").maxLength(20).width(10)
            : Column.choice(
                    "section",
                    "Nhóm nhiệm vụ",
                    sections.stream().map(s -> Choice.of(s, s)).toList())
                .width(10);
    return new SheetDefinition(
        "Nhiệm vụ",
        "Nhiệm vụ của kế hoạch: mẫu nhập và sửa",
        List.of(
            "Mỗi dòng là một nhiệm vụ của kế hoạch được chọn khi tải lên. Dòng có mã nhiệm vụ (hoặc"
                + " mã hệ thống) đã có sẽ sửa nhiệm vụ đó; mã mới thêm nhiệm vụ mới.",
            "Sửa một nhiệm vụ cần cột \"Phiên bản\" đúng như khi xuất: nếu người khác đã sửa nhiệm"
                + " vụ sau đó, dòng bị từ chối để không ghi đè. Dòng giống hệt hiện trạng được bỏ"
                + " qua.",
            "Nhiệm vụ con ghi mã nhiệm vụ cha (một cấp, như 38 cho 38.12); nhiệm vụ cha có thể ở"
                + " cùng tệp.",
            "Trạng thái và tiến độ không sửa ở đây: báo cáo tiến độ dùng mẫu \"Tiến độ\"."),
        List.of(
            Column.uuid("id", "Mã hệ thống (ID)")
                .help("Điền sẵn khi xuất, để nguyên khi sửa. Để trống khi thêm nhiệm vụ mới.")
                .width(20),
            Column.text("plan", "Kế hoạch").viewOnly().width(16),
            section.help("Nhóm nhiệm vụ (I, II, …) của kế hoạch."),
            Column.text("code", "Mã nhiệm vụ")
                .mandatory()
                .maxLength(40)
                .pattern(CODE_PATTERN, CODE_HINT)
                .help("Số thứ tự của nhiệm vụ trong kế hoạch, như 38 hoặc 38.12.")
                .width(12),
            Column.text("parentCode", "Mã nhiệm vụ cha")
                .maxLength(40)
                .pattern(CODE_PATTERN, CODE_HINT)
                .help("Với nhiệm vụ con: mã nhiệm vụ cha, như 38.")
                .width(12),
            Column.text("title", "Tên nhiệm vụ")
                .mandatory()
                .maxLength(4000)
                .help("Nội dung nhiệm vụ như văn bản ghi.")
                .width(60),
            Column.list("leadOrgs", "Cơ quan chủ trì")
                .mandatory()
                .maxLength(20)
                .choices(organizations)
                .help(
                    "Mã hoặc tên cơ quan chủ trì; nhiều cơ quan cách nhau bằng dấu chấm phẩy (;)."),
            Column.list("cooperatingOrgs", "Cơ quan phối hợp")
                .maxLength(100)
                .choices(organizations)
                .help("Mã hoặc tên cơ quan phối hợp (kể cả nhóm như \"Các sở, ban, ngành\")."),
            Column.text("output", "Kết quả, sản phẩm")
                .maxLength(2000)
                .help("Sản phẩm chứng minh hoàn thành: Kế hoạch, Quyết định, Báo cáo, …"),
            Column.choice("outputType", "Loại sản phẩm", OUTPUT_TYPES),
            Column.text("deadline", "Thời hạn hoàn thành")
                .maxLength(300)
                .help(
                    "Ghi như văn bản: 6/2025, Quý IV/2025, Năm 2026, 2025-2026, 15/11/2025,"
                        + " Thường xuyên, Hằng năm, Sau khi có hướng dẫn của Trung ương.")
                .width(22),
            Column.text("description", "Mô tả").maxLength(10000).help("Ghi chú thêm (nếu có)."),
            Column.choice("status", "Trạng thái", EnumChoices.of("TaskStatus"))
                .viewOnly()
                .width(16),
            Column.integer("percent", "Tiến độ (%)", 0, 100).viewOnly(),
            Column.date("dueDate", "Hạn hoàn thành (ngày)").viewOnly(),
            Column.choice("timeliness", "Tình trạng thời hạn", EnumChoices.of("Timeliness"))
                .viewOnly()
                .width(24),
            Column.atLeast("version", "Phiên bản", 0)
                .help(
                    "Điền sẵn khi xuất, để nguyên. Bắt buộc khi sửa nhiệm vụ đã có: nếu nhiệm vụ đã"
                        + " được sửa sau khi xuất, dòng bị từ chối.")
                .width(10)));
  }

  /** The progress sheet: one report (or contribution note) per row. */
  public static SheetDefinition progress(List<Choice> organizations) {
    return new SheetDefinition(
        "Tiến độ",
        "Báo cáo tiến độ nhiệm vụ",
        List.of(
            "Mỗi dòng là một báo cáo tiến độ của một nhiệm vụ, tìm theo mã hệ thống (ID) hoặc theo"
                + " mã nhiệm vụ trong kế hoạch được chọn khi tải lên.",
            "Cơ quan chủ trì báo cáo trạng thái, tiến độ và kết quả; cơ quan phối hợp chỉ ghi kết"
                + " quả phối hợp (cột \"Kết quả thực hiện\").",
            "Chỉ những gì khác hiện trạng được ghi: dòng không đổi trạng thái, tiến độ, minh chứng"
                + " và không có nội dung báo cáo được bỏ qua.",
            "Hoàn thành cần ngày hoàn thành và minh chứng (số và ngày văn bản, hoặc liên kết); tạm"
                + " dừng và hủy cần lý do."),
        List.of(
            Column.uuid("id", "Mã hệ thống (ID)")
                .help("Điền sẵn khi xuất, để nguyên. Nếu trống, nhiệm vụ được tìm theo mã.")
                .width(20),
            Column.text("plan", "Kế hoạch").viewOnly().width(16),
            Column.text("code", "Mã nhiệm vụ")
                .maxLength(40)
                .pattern(TaskSheets.CODE_PATTERN, TaskSheets.CODE_HINT)
                .help("Mã nhiệm vụ trong kế hoạch (khi không có mã hệ thống).")
                .width(12),
            Column.text("title", "Tên nhiệm vụ").viewOnly().width(50),
            Column.list("leadOrgs", "Cơ quan chủ trì").viewOnly().choices(organizations),
            Column.text("deadline", "Thời hạn hoàn thành").viewOnly().width(18),
            Column.choice("timeliness", "Tình trạng thời hạn", EnumChoices.of("Timeliness"))
                .viewOnly()
                .width(24),
            Column.choice("status", "Trạng thái", EnumChoices.of("TaskStatus"))
                .help(
                    "Chưa bắt đầu → Đang thực hiện → Đã hoàn thành; Tạm dừng và Đã hủy cần lý do.")
                .width(16),
            Column.integer("percent", "Tiến độ (%)", 0, 100).help("Từ 0 đến 100."),
            Column.date("completedOn", "Ngày hoàn thành").help("Khi trạng thái là Đã hoàn thành."),
            Column.text("evidenceNumber", "Số văn bản minh chứng")
                .maxLength(100)
                .help("Số văn bản chứng minh kết quả, như 123/QĐ-UBND."),
            Column.date("evidenceDate", "Ngày văn bản minh chứng"),
            Column.text("evidenceLink", "Liên kết minh chứng")
                .maxLength(1000)
                .pattern("https?://\\S+", "một liên kết http(s)"),
            Column.text("note", "Kết quả thực hiện")
                .maxLength(10000)
                .help("Đã làm được gì trong kỳ.")
                .width(50),
            Column.text("difficulties", "Khó khăn, vướng mắc").maxLength(10000).width(40),
            Column.text("proposals", "Đề xuất, kiến nghị").maxLength(10000).width(40),
            Column.text("reason", "Lý do (tạm dừng, hủy)").maxLength(2000)));
  }
}
