package vn.plantrack.notification.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.plantrack.notification.rules.Notice.Fact;

/**
 * What each event tells, in Vietnamese: the subject, the headline and the facts of its message, and
 * the link into the application ({@code base} is the configured address of the web application).
 * Dates are written dd/MM/yyyy; a task's deadline is also given as its plan wrote it.
 */
public final class Notices {
  static final String PREFIX = "[PlanTrack] ";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Notices() {}

  /** The facts of a task a message names. */
  public record Task(UUID id, String code, String title, String deadlineText, LocalDate dueDate) {}

  public static Notice taskDueSoon(String base, Task task, Integer daysLeft) {
    String when =
        daysLeft == null
            ? "sắp đến hạn"
            : daysLeft <= 0 ? "đến hạn hôm nay" : "còn " + daysLeft + " ngày đến hạn";
    return new Notice(
        NotificationKind.TASK_DUE_SOON,
        PREFIX + "Nhiệm vụ " + task.code() + " " + when,
        "Nhiệm vụ " + task.code() + " “" + task.title() + "” " + when + ".",
        taskFacts(task),
        link(base, "tasks", task.id()));
  }

  public static Notice taskOverdue(String base, Task task) {
    String since =
        task.dueDate() == null ? "" : " từ ngày " + DAY.format(task.dueDate().plusDays(1));
    return new Notice(
        NotificationKind.TASK_OVERDUE,
        PREFIX + "Nhiệm vụ " + task.code() + " đã quá hạn",
        "Nhiệm vụ " + task.code() + " “" + task.title() + "” đã quá hạn" + since + ".",
        taskFacts(task),
        link(base, "tasks", task.id()));
  }

  public static Notice taskAssigned(String base, Task task) {
    return new Notice(
        NotificationKind.TASK_ASSIGNED,
        PREFIX + "Giao chủ trì nhiệm vụ " + task.code(),
        "Đơn vị được giao chủ trì nhiệm vụ " + task.code() + " “" + task.title() + "”.",
        taskFacts(task),
        link(base, "tasks", task.id()));
  }

  public static Notice taskReassigned(String base, Task task, LocalDate effectiveOn) {
    String from = effectiveOn == null ? "" : " từ ngày " + DAY.format(effectiveOn);
    return new Notice(
        NotificationKind.TASK_REASSIGNED,
        PREFIX + "Chuyển giao nhiệm vụ " + task.code(),
        "Nhiệm vụ "
            + task.code()
            + " “"
            + task.title()
            + "” được chuyển giao cho đơn vị"
            + from
            + " (tổ chức lại cơ quan).",
        taskFacts(task),
        link(base, "tasks", task.id()));
  }

  /** A unit's report: due soon, overdue, returned (with the reason) or accepted. */
  public static Notice report(
      String base,
      NotificationKind kind,
      UUID reportId,
      String period,
      Instant dueAt,
      String reason) {
    String headline =
        switch (kind) {
          case REPORT_DUE_SOON -> "Báo cáo kỳ " + period + " của đơn vị sắp đến hạn nộp.";
          case REPORT_OVERDUE -> "Báo cáo kỳ " + period + " của đơn vị đã quá hạn nộp.";
          case REPORT_RETURNED -> "Báo cáo kỳ " + period + " của đơn vị bị trả lại để hoàn thiện.";
          case REPORT_ACCEPTED -> "Báo cáo kỳ " + period + " của đơn vị đã được tiếp nhận.";
          default -> throw new IllegalArgumentException(kind + " is not about a unit report");
        };
    String subject =
        switch (kind) {
          case REPORT_DUE_SOON -> "Báo cáo kỳ " + period + " sắp đến hạn";
          case REPORT_OVERDUE -> "Báo cáo kỳ " + period + " đã quá hạn";
          case REPORT_RETURNED -> "Báo cáo kỳ " + period + " bị trả lại";
          default -> "Báo cáo kỳ " + period + " đã được tiếp nhận";
        };
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Kỳ báo cáo", period));
    if (dueAt != null && kind != NotificationKind.REPORT_ACCEPTED) {
      // "Due before the instant": the last day on time is the day before, in the province's zone.
      LocalDate lastDay = dueAt.minusNanos(1).atZone(DigestClock.ZONE).toLocalDate();
      facts.add(new Fact("Hạn nộp", "hết ngày " + DAY.format(lastDay)));
    }
    if (reason != null && !reason.isBlank()) {
      facts.add(new Fact("Lý do trả lại", reason));
    }
    return new Notice(kind, PREFIX + subject, headline, facts, link(base, "reports", reportId));
  }

  public static Notice consolidatedIssued(
      String base, UUID id, String period, int number, int expected, int reported, int onTime) {
    return new Notice(
        NotificationKind.CONSOLIDATED_REPORT_ISSUED,
        PREFIX + "Đã ban hành báo cáo tổng hợp kỳ " + period,
        "Báo cáo tổng hợp kỳ " + period + " (lần " + number + ") đã được ban hành.",
        List.of(
            new Fact("Kỳ báo cáo", period),
            new Fact("Đơn vị đã báo cáo", reported + "/" + expected),
            new Fact("Đơn vị báo cáo đúng hạn", String.valueOf(onTime))),
        link(base, "consolidated-reports", id));
  }

  public static Notice importConfirmed(
      String base, UUID planId, String number, String confirmedBy, int tasks, int indicators) {
    return new Notice(
        NotificationKind.IMPORT_CONFIRMED,
        PREFIX + "Đã xác nhận nhập kế hoạch " + number,
        "Kế hoạch "
            + number
            + " đã được xác nhận nhập: "
            + tasks
            + " nhiệm vụ, "
            + indicators
            + " chỉ tiêu.",
        confirmedBy == null
            ? List.of(new Fact("Số kế hoạch", number))
            : List.of(new Fact("Số kế hoạch", number), new Fact("Người xác nhận", confirmedBy)),
        link(base, "plans", planId));
  }

  public static Notice indicatorAtRisk(
      String base, UUID id, String code, String year, LocalDate asOf) {
    return new Notice(
        NotificationKind.INDICATOR_AT_RISK,
        PREFIX + "Chỉ tiêu " + code + " có nguy cơ không đạt",
        "Chỉ tiêu " + code + " có nguy cơ không đạt mục tiêu năm " + year + ".",
        List.of(
            new Fact("Mã chỉ tiêu", code),
            new Fact("Mốc", year),
            new Fact("Đánh giá ngày", asOf == null ? "" : DAY.format(asOf))),
        link(base, "indicators", id));
  }

  private static List<Fact> taskFacts(Task task) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Mã nhiệm vụ", task.code()));
    facts.add(new Fact("Tên nhiệm vụ", task.title()));
    if (task.deadlineText() != null && !task.deadlineText().isBlank()) {
      facts.add(new Fact("Thời hạn", task.deadlineText()));
    }
    if (task.dueDate() != null) {
      facts.add(new Fact("Hạn hoàn thành", DAY.format(task.dueDate())));
    }
    return facts;
  }

  /** {@code base/what/id}, without a doubled slash; null without an id. */
  static String link(String base, String what, UUID id) {
    if (id == null) {
      return null;
    }
    String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return root + "/" + what + "/" + id;
  }
}
