package vn.plantrack.reporting.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Compliance;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Header;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.IndicatorRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Narrative;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.ReportStatus;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TaskRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Totals;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Unit;

/**
 * A consolidated report on Kon Tum's Kế hoạch 1570/KH-UBND for the first half of 2025, with the
 * plan's own bodies, tasks (annex II of the plan) and indicators (annex I).
 */
final class KonTumReport {
  static final String SKHCN = "Sở Khoa học và Công nghệ";
  static final String STTTT = "Sở Thông tin và Truyền thông";
  static final String CONG_AN = "Công an tỉnh";
  static final String TAI_CHINH = "Sở Tài chính";
  static final String VP_UBND = "Văn phòng UBND tỉnh";
  static final String NOI_VU = "Sở Nội vụ";

  /** The letters a font without Vietnamese would lose. */
  static final String LETTERS = "ệ ộ ữ ẫ ằ Đ";

  static final String DIFFICULTY_SKHCN =
      "Hạ tầng số tại các xã vùng sâu, vùng xa còn hạn chế; thiếu nhân lực công nghệ thông tin"
          + " chuyên trách ở cấp xã.";
  static final String PROPOSAL_CONG_AN =
      "Đề nghị UBND tỉnh bố trí kinh phí năm 2026 để hoàn thành kết nối, chia sẻ đồng bộ cơ sở"
          + " dữ liệu của tỉnh với cơ sở dữ liệu quốc gia về dân cư.";

  /** Tasks of the plan's annex II: code, title, lead, cooperating, deadline. */
  private static final String[][] SEED_TASKS = {
    {
      "1",
      "Xây dựng Kế hoạch định hướng tuyên truyền nội dung Nghị quyết 57-NQ/TW; Chương trình 95-"
          + "CTr/TU, Nghị quyết 71/NQ-CP và Kế hoạch của UBND tỉnh theo hướng: đa dạng hóa các hình"
          + " thức, cụ thể hóa nội dung và có mục tiêu cụ thể.",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Ban Tuyên giáo và Dân vận Tỉnh ủy; Trung tâm truyền thông tỉnh",
      "6/2025"
    },
    {
      "5",
      "Xây dựng tiêu chí đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số của các cơ quan, đơn"
          + " vị, người đứng đầu và cán bộ, công chức, viên chức trên địa bàn tỉnh.",
      NOI_VU,
      "Các sở, ngành, đơn vị, địa phương",
      "8/2025"
    },
    {
      "14",
      "Điều chỉnh trong dự toán năm 2025 để bố trí ít nhất 3% ngân sách cho phát triển khoa học,"
          + " công nghệ, đổi mới sáng tạo, chuyển đổi số.",
      TAI_CHINH,
      "Các sở, ngành, đơn vị, địa phương",
      "7/2025"
    },
    {
      "17",
      "Rà soát, điều chỉnh, số hóa quy trình nội bộ; hồ sơ tài liệu, kết quả giải quyết thủ tục"
          + " hành chính trong các ngành, lĩnh vực liên quan tới người dân.",
      VP_UBND,
      "Các sở, ngành, đơn vị, địa phương",
      "Thường xuyên"
    },
    {
      "37",
      "Triển khai hạ tầng số, bảo đảm phủ sóng song mạng di động băng thông rộng 5G trên địa bàn"
          + " tỉnh gắn với việc đẩy mạnh ứng dụng Internet vệ tinh.",
      SKHCN,
      "Các sở, ngành, địa phương; các doanh nghiệp Viễn thông",
      "6/2025"
    },
    {"38.1", "Cơ sở dữ liệu quốc gia về Bảo hiểm", TAI_CHINH, "", "2/2026"},
    {"38.7", "Cơ sở dữ liệu về cư trú", CONG_AN, "", "6/2026"},
    {"38.12", "CSDL định danh điện tử", CONG_AN, "", "6/2026"},
    {"38.16", "CSDL về dân cư", CONG_AN, "", "6/2026"},
    {"38.19", "CSDL về phòng cháy chữa cháy và cứu hộ, cứu nạn", CONG_AN, STTTT, "Quý IV/2025"},
    {
      "36",
      "Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT trong các khu công nghiệp, cụm công"
          + " nghiệp",
      SKHCN,
      "Các doanh nghiệp viễn thông; UBND các huyện, thành phố",
      "11/2025"
    },
    {
      "29",
      "Tổ chức ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong các ngành, lĩnh vực quan"
          + " trọng.",
      SKHCN,
      STTTT,
      "Sau khi có hướng dẫn của Trung ương"
    },
  };

  private static final TimelinessClass[] CLASSES = {
    TimelinessClass.COMPLETED_ON_TIME,
    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
    TimelinessClass.COMPLETED_LATE,
    TimelinessClass.ONGOING,
    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
    TimelinessClass.OVERDUE,
    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
    TimelinessClass.AWAITING_CONDITION,
  };

  private KonTumReport() {}

  /** The report with {@code taskCount} tasks (the seed's, then repeated with new codes). */
  static ConsolidatedReportDocument document(int taskCount) {
    return document(taskCount, OffsetDateTime.of(2025, 6, 12, 9, 30, 0, 0, ZoneOffset.ofHours(7)));
  }

  static ConsolidatedReportDocument document(int taskCount, OffsetDateTime issuedAt) {
    Header header =
        new Header(
            "Tỉnh Kon Tum",
            SKHCN,
            "1570/KH-UBND",
            LocalDate.of(2025, 5, 8),
            "Triển khai thực hiện Nghị quyết 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ và"
                + " Chương trình số 95-CTr/TU ngày 24 tháng 01 năm 2025 của Ban Thường vụ Tỉnh ủy",
            "2025-H1",
            "6 tháng đầu năm 2025",
            LocalDate.of(2024, 12, 15),
            LocalDate.of(2025, 6, 14),
            2,
            issuedAt,
            issuedAt == null ? "DRAFT" : "ISSUED");

    List<TaskRow> tasks = new ArrayList<>(taskCount);
    Map<TimelinessClass, Integer> byClass = new EnumMap<>(TimelinessClass.class);
    for (int i = 0; i < taskCount; i++) {
      String[] seed = SEED_TASKS[i % SEED_TASKS.length];
      int round = i / SEED_TASKS.length;
      TimelinessClass timeliness = CLASSES[i % CLASSES.length];
      byClass.merge(timeliness, 1, Integer::sum);
      boolean done =
          timeliness == TimelinessClass.COMPLETED_ON_TIME
              || timeliness == TimelinessClass.COMPLETED_LATE;
      tasks.add(
          new TaskRow(
              round == 0 ? seed[0] : seed[0] + "." + round,
              seed[1],
              List.of(seed[2]),
              seed[3].isEmpty() ? List.of() : List.of(seed[3].split("; ")),
              seed[4],
              done ? "COMPLETED" : "IN_PROGRESS",
              done ? 100 : 40 + (i % 5) * 10,
              timeliness,
              done
                  ? "Đã hoàn thành, đưa vào khai thác sử dụng."
                  : "Đang triển khai; đã hoàn thành khảo sát hiện trạng và dự thảo kế hoạch."));
    }

    List<IndicatorRow> indicators =
        List.of(
            indicator(
                "1",
                "Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo của tỉnh",
                "Thứ bậc",
                SKHCN,
                "đạt mức trung bình chung của cả nước",
                null,
                Evaluation.NEEDS_JUDGEMENT),
            indicator(
                "2",
                "Xếp hạng năng lực cạnh tranh số",
                "Thứ bậc",
                SKHCN,
                "45 các tỉnh, thành",
                "50 (2024)",
                Evaluation.AT_RISK),
            indicator(
                "6",
                "Quy mô kinh tế số",
                "% GRDP",
                SKHCN,
                "≥ 25",
                "12 (2024)",
                Evaluation.ON_TRACK),
            indicator(
                "7.1",
                "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp",
                "%",
                VP_UBND,
                "≥ 80",
                "62 (6/2025)",
                Evaluation.ON_TRACK),
            indicator(
                "7.3",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                "%",
                VP_UBND,
                "100",
                "100 (6/2025)",
                Evaluation.MET),
            indicator(
                "15.2",
                "Phủ sóng 5G cho người dân",
                "% dân số",
                SKHCN,
                "99",
                "45 (6/2025)",
                Evaluation.AT_RISK),
            indicator(
                "18",
                "Hoàn thành kết nối, chia sẻ đồng bộ cơ sở dữ liệu của tỉnh với cơ sở dữ liệu quốc"
                    + " gia, cơ sở dữ liệu các ngành",
                "%",
                CONG_AN,
                "100",
                null,
                Evaluation.NO_DATA),
            indicator(
                "23",
                "Xếp hạng về an toàn thông tin mạng",
                "Thứ bậc",
                CONG_AN,
                "45 các tỉnh, thành",
                "52 (2024)",
                Evaluation.NOT_MET));
    Map<Evaluation, Integer> byEvaluation = new EnumMap<>(Evaluation.class);
    indicators.forEach(i -> byEvaluation.merge(i.evaluation(), 1, Integer::sum));

    List<Unit> units =
        List.of(
            new Unit(
                SKHCN,
                Map.of(
                    TimelinessClass.COMPLETED_ON_TIME, 2,
                    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE, 3,
                    TimelinessClass.AWAITING_CONDITION, 1),
                ReportStatus.ACCEPTED,
                OffsetDateTime.of(2025, 6, 5, 16, 20, 0, 0, ZoneOffset.ofHours(7)),
                true,
                new Narrative(
                    "Đã phủ sóng 5G tại trung tâm thành phố Kon Tum và thị trấn Măng Đen; kết nối"
                        + " mạng lưới các trung tâm đổi mới sáng tạo.",
                    DIFFICULTY_SKHCN + "\nKiểm tra chữ: " + LETTERS + " ỹ ử đ.",
                    "Đề nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn triển khai các nền tảng"
                        + " số dùng chung.")),
            new Unit(
                STTTT,
                Map.of(TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE, 2),
                ReportStatus.SUBMITTED,
                OffsetDateTime.of(2025, 6, 11, 8, 5, 0, 0, ZoneOffset.ofHours(7)),
                false,
                new Narrative(
                    "Đã xây dựng dự thảo kế hoạch phát triển hạ tầng số của tỉnh.",
                    null,
                    "Đề nghị bổ sung biên chế cho lĩnh vực an toàn thông tin.")),
            new Unit(
                CONG_AN,
                Map.of(
                    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE, 3,
                    TimelinessClass.OVERDUE, 1),
                ReportStatus.ACCEPTED,
                OffsetDateTime.of(2025, 6, 9, 10, 0, 0, 0, ZoneOffset.ofHours(7)),
                true,
                new Narrative(
                    "Hoàn thành làm sạch dữ liệu dân cư; CSDL định danh điện tử đang vận hành.",
                    "Một số cơ sở dữ liệu chuyên ngành chưa sẵn sàng kết nối, chia sẻ.",
                    PROPOSAL_CONG_AN)),
            new Unit(
                TAI_CHINH,
                Map.of(
                    TimelinessClass.COMPLETED_LATE,
                    1,
                    TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
                    1),
                ReportStatus.NOT_STARTED,
                null,
                null,
                null));
    return new ConsolidatedReportDocument(
        header,
        new Totals(byClass, byEvaluation),
        units,
        tasks,
        indicators,
        new Compliance(4, 3, 2));
  }

  private static IndicatorRow indicator(
      String code,
      String name,
      String unit,
      String org,
      String target,
      String latest,
      Evaluation evaluation) {
    return new IndicatorRow(code, name, unit, List.of(org), null, target, 2030, latest, evaluation);
  }
}
