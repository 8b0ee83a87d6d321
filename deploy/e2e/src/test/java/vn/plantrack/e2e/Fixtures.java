package vn.plantrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The objects the authorization matrix's requests name, created through the gateway by the target
 * province's coordinator (the unit's reports by its officer), once per run and province, on first
 * use. In each province Sở Tài chính (code STC) leads the tasks, monitors the indicators and owns
 * the reports; Sở Y tế (SYT) cooperates on {@code task}, Công an tỉnh (CAT) on {@code
 * task.cooperated}. The used-up kinds ({@link #CONSUMED}) are made again after a successful write.
 */
final class Fixtures {
  /** Fixtures that a successful write uses up (issued, merged, submitted…). */
  static final Set<String> CONSUMED =
      Set.of(
          "organization.fresh",
          "plan.fresh",
          "report.drafted",
          "report.submitted",
          "consolidated.fresh",
          "task.fresh",
          "extension.task",
          "extension.request");

  private static final Duration EVENTS = Duration.ofSeconds(90);

  /** The run's id: codes and numbers made by this run never collide with an earlier run's. */
  final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

  private final AtomicInteger counter = new AtomicInteger();
  private final Map<String, String> made = new HashMap<>();
  private int week;

  static UUID org(String code) {
    return UUID.nameUUIDFromBytes(
        ("plantrack/organization/" + code).getBytes(StandardCharsets.UTF_8));
  }

  static String coordinator(String province) {
    return Stack.userToken(province.toLowerCase(Locale.ROOT) + ".coordinator");
  }

  /** The officer of the organization that owns the province's fixtures (Sở Tài chính). */
  static String owner(String province) {
    return Stack.userToken(province.toLowerCase(Locale.ROOT) + ".officer.finance");
  }

  int next() {
    return counter.incrementAndGet();
  }

  /** The id of a fixture of a province ({@code org.<code>}: a directory organization). */
  String id(String province, String name) {
    if (name.startsWith("org.")) {
      return org(province + "." + name.substring(4)).toString();
    }
    String key = province + ":" + name;
    String id = made.get(key);
    if (id == null) {
      id = make(province, name);
      made.put(key, id);
    }
    return id;
  }

  /**
   * Makes the fixtures that live through the run, in both provinces, and waits until the reporting
   * read model shows them: a list asked before then would be empty.
   */
  void prepare() {
    for (String p : List.of("KT", "BK")) {
      for (String name :
          List.of(
              "organization.mutable",
              "successor",
              "successor2",
              "plan",
              "plan.draft",
              "import",
              "task",
              "task.cooperated",
              "task.conditional",
              "task.mutable",
              "indicator",
              "indicator.qualitative",
              "indicator.mutable",
              "report",
              "consolidated",
              "export-job")) {
        id(p, name);
      }
    }
  }

  /** After a successful write on a used-up fixture: the next case gets a new one. */
  void usedUp(String province, String name) {
    if (CONSUMED.contains(name)) {
      made.remove(province + ":" + name);
    }
  }

  private String make(String p, String name) {
    switch (name) {
      case "organization.mutable":
        return organization(p, "EDIT");
      case "organization.fresh":
        return organization(p, "F" + next());
      case "successor":
        return organization(p, "S1");
      case "successor2":
        return organization(p, "S2");
      case "plan":
        {
          String plan = plan(p, "MX" + run + "/KH-" + p);
          ok(
              Api.call(
                  "POST", url("/api/v1/plans/" + plan + "/issue"), coordinator(p), Map.of(), null),
              "issue plan");
          return plan;
        }
      case "plan.draft":
        return plan(p, "MX" + run + "-D/KH-" + p);
      case "plan.fresh":
        return plan(p, "MX" + run + "-F" + next() + "/KH-" + p);
      case "import":
        {
          // With the header a confirmation needs: the issuer (the province's People's Committee)
          // and the date.
          String province = p.equals("KT") ? "Kon Tum" : "Bắc Kạn";
          String text =
              "ỦY BAN NHÂN DÂN\nTỈNH "
                  + province.toUpperCase(Locale.ROOT)
                  // A number as plans print them: digits first (the run's letters alone are none).
                  + "\nSố: 1-MX"
                  + run
                  + "/KH-UBND\n"
                  + province
                  + ", ngày 15 tháng 01 năm 2025\nKẾ HOẠCH\nThử nhập kế hoạch\nI. NHIỆM VỤ\n"
                  + "1. Sở Tài chính chủ trì xây dựng đề án, hoàn thành Quý IV/2026.\n";
          return ok(
                  Api.post(
                      url("/api/v1/plans/imports"),
                      coordinator(p),
                      json(Map.of("text", text, "province", p))),
                  "import a plan")
              .path("id")
              .asText();
        }
      case "task":
        return task(p, "1", "Quý IV/2026", List.of(org(p + ".SYT")));
      case "task.cooperated":
        return task(p, "2", "Quý IV/2026", List.of(org(p + ".CAT")));
      case "task.conditional":
        return task(p, "3", "Sau khi có hướng dẫn của Trung ương", List.of());
      case "task.mutable":
        return task(p, "4", "Quý IV/2026", List.of());
      case "task.fresh":
        return task(p, "F" + next(), "6/2025", List.of());
      case "extension.task":
        {
          // A task whose lead asked for its deadline to move: the coordinator's decision waits.
          String task = task(p, "X" + next(), "6/2025", List.of());
          String change =
              ok(
                      Api.post(
                          url("/api/v1/tasks/" + task + "/deadline-changes"),
                          owner(p),
                          json(Map.of("deadlineText", "Quý IV/2027", "reason", "Chờ kinh phí"))),
                      "ask for an extension")
                  .path("id")
                  .asText();
          made.put(p + ":extension.request", change);
          return task;
        }
      case "extension.request":
        {
          id(p, "extension.task");
          return made.get(p + ":extension.request");
        }
      case "indicator":
        // A name no other indicator has: the values workbook of the matrix finds it by name.
        return indicator(
            p,
            "1",
            "Tỷ lệ hồ sơ xử lý trực tuyến",
            "%",
            List.of(Map.of("year", 2026, "text", "≥ 25")));
      case "indicator.qualitative":
        return indicator(
            p,
            "2",
            "Chỉ tiêu thử 2",
            null,
            List.of(Map.of("year", 2026, "text", "Nâng cao chất lượng phục vụ người dân")));
      case "indicator.mutable":
        return indicator(
            p, "3", "Chỉ tiêu thử 3", "%", List.of(Map.of("year", 2026, "text", "≥ 25")));
      case "report":
        return report(p, "2026-Q3");
      case "report.drafted":
        {
          String report = report(p, freshWeek());
          draft(p, report);
          return report;
        }
      case "report.submitted":
        {
          String report = report(p, freshWeek());
          draft(p, report);
          ok(
              Api.call(
                  "POST", url("/api/v1/reports/" + report + "/submit"), owner(p), Map.of(), null),
              "submit report");
          return report;
        }
      case "consolidated":
        return consolidated(p, "2026-Q2");
      case "consolidated.fresh":
        return consolidated(p, freshWeek());
      case "export-job":
        {
          String job =
              ok(
                      Api.post(
                          url("/api/v1/consolidated-reports/" + id(p, "consolidated") + "/exports"),
                          coordinator(p),
                          "{\"format\": \"XLSX\"}"),
                      "start an export")
                  .path("id")
                  .asText();
          await(
              "export job " + job + " done",
              () -> Api.get(url("/api/v1/export-jobs/" + job), coordinator(p)),
              a -> a.ok() && "DONE".equals(a.json().path("status").asText()));
          return job;
        }
      default:
        throw new IllegalArgumentException(
            "no fixture '" + name + "' (Fixtures.make knows them); add it there");
    }
  }

  private String organization(String p, String suffix) {
    String code = p + ".MX" + run + "-" + suffix;
    return ok(
            Api.post(
                url("/api/v1/organizations"),
                coordinator(p),
                json(
                    Map.of(
                        "code",
                        code,
                        "province",
                        p,
                        "name",
                        "Phòng thử nghiệm " + suffix,
                        "type",
                        "DIVISION",
                        "validFrom",
                        "2020-01-01"))),
            "create organization " + code)
        .path("id")
        .asText();
  }

  /** A DRAFT plan with an issuer and an issue date, weekly and quarterly reports. */
  private String plan(String p, String number) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("number", number);
    plan.put("documentType", "PLAN");
    plan.put("title", "Kế hoạch thử của ma trận phân quyền");
    plan.put("province", p);
    plan.put("issuerOrgId", org(p + ".SKHCN").toString());
    plan.put("issuedOn", "2025-01-15");
    plan.put("signer", "Nguyễn Văn A");
    plan.put("sections", List.of(Map.of("code", "I", "title", "Nhiệm vụ")));
    plan.put(
        "reportingRules",
        List.of(
            Map.of("name", "Tuần", "frequency", "WEEKLY", "dueWeekday", "FRIDAY"),
            Map.of("name", "Quý", "frequency", "QUARTERLY", "dueDay", 15)));
    return ok(Api.post(url("/api/v1/plans"), coordinator(p), json(plan)), "create plan " + number)
        .path("id")
        .asText();
  }

  /**
   * A task of the province's plan led by Sở Tài chính (waits until task-service knows the plan).
   */
  private String task(String p, String code, String deadline, List<UUID> cooperating) {
    Map<String, Object> task = new HashMap<>();
    task.put("planId", id(p, "plan"));
    task.put("sectionCode", "I");
    task.put("code", code);
    task.put("title", "Nhiệm vụ thử " + code);
    task.put("leadOrgIds", List.of(org(p + ".STC")));
    task.put("cooperatingOrgIds", cooperating);
    task.put("deadlineText", deadline);
    String body = json(task);
    return await(
            "task " + code + " of " + p,
            () -> Api.post(url("/api/v1/tasks"), coordinator(p), body),
            Api.Answer::ok)
        .json()
        .path("id")
        .asText();
  }

  /** An indicator of the province's plan monitored by Sở Tài chính. */
  private String indicator(
      String p, String code, String name, String unit, List<Map<String, Object>> targets) {
    Map<String, Object> indicator = new HashMap<>();
    indicator.put("planId", id(p, "plan"));
    indicator.put("code", code);
    indicator.put("name", name);
    indicator.put("unit", unit);
    indicator.put("monitoringOrgIds", List.of(org(p + ".STC")));
    indicator.put("targets", targets);
    String body = json(indicator);
    return await(
            "indicator " + code + " of " + p,
            () -> Api.post(url("/api/v1/indicators"), coordinator(p), body),
            Api.Answer::ok)
        .json()
        .path("id")
        .asText();
  }

  /** Sở Tài chính's report of a period (reporting-service learns the units from the events). */
  private String report(String p, String period) {
    id(p, "task");
    id(p, "indicator");
    String query = "?planId=" + id(p, "plan") + "&period=" + period + "&orgId=" + org(p + ".STC");
    return await(
            "the report of " + p + ".STC for " + period,
            () -> Api.get(url("/api/v1/reports" + query), coordinator(p)),
            a -> a.ok() && a.json().size() == 1)
        .json()
        .get(0)
        .path("id")
        .asText();
  }

  private void draft(String p, String report) {
    Api.Answer current = Api.get(url("/api/v1/reports/" + report), owner(p));
    ok(current, "read report");
    ok(
        Api.call(
            "PUT",
            url("/api/v1/reports/" + report),
            owner(p),
            Map.of("Content-Type", "application/json", "If-Match", current.header("ETag")),
            "{\"results\": \"Kết quả\", \"difficulties\": \"Khó khăn\", \"proposals\": \"Đề xuất\"}"),
        "draft report");
  }

  private String consolidated(String p, String period) {
    id(p, "task");
    String body = json(Map.of("planId", id(p, "plan"), "period", period));
    return await(
            "consolidated report of " + p + " " + period,
            () -> Api.post(url("/api/v1/consolidated-reports"), coordinator(p), body),
            Api.Answer::ok)
        .json()
        .path("id")
        .asText();
  }

  /** A weekly period no fixture of this run has used yet (the plan reports weekly). */
  private synchronized String freshWeek() {
    int n = week++;
    return String.format(Locale.ROOT, "%d-W%02d", 2010 + n / 50, 1 + n % 50);
  }

  static String url(String path) {
    return Stack.GATEWAY + path;
  }

  static String json(Object value) {
    try {
      return Stack.JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode ok(Api.Answer answer, String what) {
    if (!answer.ok()) {
      throw new IllegalStateException(
          "fixture: " + what + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body().isEmpty() ? Stack.JSON.nullNode() : answer.json();
  }

  /**
   * Repeats a call until it succeeds: the services learn plans, organizations and tasks from each
   * other's events, a moment after the owner answered.
   */
  private static Api.Answer await(
      String what, Supplier<Api.Answer> call, java.util.function.Predicate<Api.Answer> done) {
    long deadline = System.nanoTime() + EVENTS.toNanos();
    Api.Answer answer = call.get();
    while (!done.test(answer)) {
      if (System.nanoTime() > deadline || answer.status() >= 500 || answer.status() == 401) {
        throw new IllegalStateException(
            "fixture: " + what + " never came: " + answer.status() + " " + answer.body());
      }
      Api.sleep(Duration.ofMillis(300));
      answer = call.get();
    }
    return answer;
  }
}
