package vn.plantrack.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.plantrack.fault.Ledger.Op;
import vn.plantrack.fault.Ledger.Outcome;

/**
 * The workload: Kon Tum's coordinator, Sở Tài chính's officer (lead of the suite's tasks, monitor
 * of its indicators, owner of its reports) and the police's officer (cooperating) working through
 * the gateways at once — task creates, progress reports, contribution notes, measurements, plan
 * imports with their confirmation, and unit reports submitted and accepted. Every operation carries
 * an Idempotency-Key and a mark; an unknown outcome is retried with the same key.
 */
final class Workload {
  static final String COORDINATOR = "kt.coordinator";
  static final String FINANCE = "kt.officer.finance";
  static final String POLICE = "kt.officer.police";
  static final String STC = org("KT.STC");
  static final String CAT = org("KT.CAT");

  /**
   * The months an indicator of the suite's plan takes a value for: from its first year (the plan is
   * issued in 2025) to the month that has begun, each once (indicator-service refuses a period
   * outside the plan's horizon or not begun yet).
   */
  private static final YearMonth FIRST_MONTH = YearMonth.of(2025, 1);

  private static final int MEASURABLE_MONTHS =
      (int) ChronoUnit.MONTHS.between(FIRST_MONTH, YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")))
          + 1;

  /** How long an operation is retried with its key before its outcome is written down unknown. */
  private static final long GIVE_UP_NANOS = 180_000_000_000L;

  final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
  final Api api;
  final Ledger ledger;
  final List<String> tasks = new CopyOnWriteArrayList<>();
  final List<String> indicators = new CopyOnWriteArrayList<>();
  final List<String> reports = new CopyOnWriteArrayList<>();
  String plan;
  private final AtomicInteger counter = new AtomicInteger();
  private final AtomicInteger weeks = new AtomicInteger();
  private volatile int period = Integer.MAX_VALUE;

  Workload(Api api, Ledger ledger) {
    this.api = api;
    this.ledger = ledger;
  }

  static String org(String code) {
    return UUID.nameUUIDFromBytes(
            ("plantrack/organization/" + code).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The suite's own plan (issued), and a few tasks once task-service knows the plan. */
  void prepare() {
    Map<String, Object> body = new HashMap<>();
    body.put("number", "FAULT" + run + "/KH-UBND");
    body.put("documentType", "PLAN");
    body.put("title", "Kế hoạch của bộ thử lỗi " + run);
    body.put("province", "KT");
    body.put("issuerOrgId", org("KT.SKHCN"));
    body.put("issuedOn", "2025-01-15");
    body.put("signer", "Nguyễn Văn A");
    body.put("sections", List.of(Map.of("code", "I", "title", "Nhiệm vụ")));
    body.put(
        "reportingRules",
        List.of(
            Map.of("name", "Tuần", "frequency", "WEEKLY", "dueWeekday", "FRIDAY"),
            Map.of("name", "Quý", "frequency", "QUARTERLY", "dueDay", 15)));
    Op created = keyed("setup", "plan", null, "POST", "/api/v1/plans", COORDINATOR, Api.json(body));
    require(created, "create the suite's plan");
    plan = created.result;
    require(
        keyed(
            "setup", "issue", plan, "POST", "/api/v1/plans/" + plan + "/issue", COORDINATOR, null),
        "issue the suite's plan");
    // task-service learns the plan from plan-service's events, a moment after the issue.
    long deadline = System.nanoTime() + GIVE_UP_NANOS;
    while (tasks.size() < 6 && System.nanoTime() < deadline) {
      createTask();
      if (tasks.isEmpty()) {
        Api.sleep(1000);
      }
    }
    if (tasks.isEmpty()) {
      throw new IllegalStateException("task-service never accepted a task of the suite's plan");
    }
  }

  /** One operation drawn by weight. */
  void step() {
    int dice = ThreadLocalRandom.current().nextInt(100);
    if (dice < 12) {
      createTask();
    } else if (dice < 42) {
      progress();
    } else if (dice < 57) {
      note();
    } else if (dice < 82) {
      measurement();
    } else if (dice < 88) {
      importAndConfirm();
    } else {
      report();
    }
  }

  void createTask() {
    String mark = mark("T");
    Map<String, Object> body = new HashMap<>();
    body.put("planId", plan);
    body.put("sectionCode", "I");
    body.put("code", mark);
    body.put("title", "Nhiệm vụ chịu lỗi " + mark);
    body.put("leadOrgIds", List.of(STC));
    body.put("cooperatingOrgIds", List.of(CAT));
    body.put("deadlineText", "Quý IV/2027");
    Op op = keyed("task", mark, plan, "POST", "/api/v1/tasks", COORDINATOR, Api.json(body));
    if (op.outcome == Outcome.ACKED) {
      tasks.add(op.result);
    }
  }

  void progress() {
    String task = pick(tasks);
    String mark = mark("P");
    int percent = 1 + ThreadLocalRandom.current().nextInt(99);
    String body =
        Api.json(Map.of("status", "IN_PROGRESS", "percent", percent, "note", "Tiến độ " + mark));
    keyed("progress", mark, task, "POST", "/api/v1/tasks/" + task + "/progress", FINANCE, body);
  }

  /**
   * One progress report in a single attempt, while the broker is away: is it accepted (the outbox
   * keeps the event) or refused? Its effect is checked like any other; its event must reach
   * reporting once the broker is back (the read models' convergence).
   */
  String probe() {
    String task = pick(tasks);
    String mark = mark("P");
    Op op = ledger.add("progress", "fault-" + run + "-probe-" + mark, mark, task);
    Api.Answer answer =
        api.call(
            "POST",
            "/api/v1/tasks/" + task + "/progress",
            FINANCE,
            Map.of("Idempotency-Key", op.key),
            Api.json(Map.of("status", "IN_PROGRESS", "percent", 42, "note", "Tiến độ " + mark)));
    op.attempts = 1;
    op.status = answer.status();
    op.outcome =
        answer.ok()
            ? Outcome.ACKED
            : answer.status() == -1 || answer.status() >= 500 ? Outcome.UNKNOWN : Outcome.FAILED;
    return "a progress report with the broker down: " + answer;
  }

  void note() {
    String task = pick(tasks);
    String mark = mark("N");
    String body = Api.json(Map.of("note", "Công an tỉnh phối hợp " + mark));
    keyed("note", mark, task, "POST", "/api/v1/tasks/" + task + "/progress", POLICE, body);
  }

  /** A value for a month no operation used yet (an indicator holds 1990-01 … 2025-12). */
  void measurement() {
    String indicator;
    int n;
    synchronized (this) {
      if (period >= MEASURABLE_MONTHS) {
        String created = createIndicator();
        if (created == null) {
          return;
        }
        indicators.add(created);
        period = 0;
      }
      indicator = indicators.get(indicators.size() - 1);
      n = period++;
    }
    String month = FIRST_MONTH.plusMonths(n).toString();
    String mark = mark("M");
    String body =
        Api.json(
            Map.of(
                "period",
                month,
                "value",
                ThreadLocalRandom.current().nextInt(100),
                "source",
                mark));
    keyed(
        "measurement",
        mark,
        indicator + "|" + month,
        "POST",
        "/api/v1/indicators/" + indicator + "/measurements",
        FINANCE,
        body);
  }

  private String createIndicator() {
    String mark = mark("I");
    Map<String, Object> body = new HashMap<>();
    body.put("planId", plan);
    body.put("code", mark);
    body.put("name", "Chỉ tiêu chịu lỗi " + mark);
    body.put("unit", "%");
    body.put("monitoringOrgIds", List.of(STC));
    body.put("targets", List.of(Map.of("year", 2027, "text", "≥ 25")));
    Op op = keyed("setup", mark, plan, "POST", "/api/v1/indicators", COORDINATOR, Api.json(body));
    return op.outcome == Outcome.ACKED ? op.result : null;
  }

  /** A one-task plan document read, then confirmed (its task appears in task-service). */
  void importAndConfirm() {
    String mark = mark("D");
    String number = mark + "/KH-UBND";
    String text =
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: "
            + number
            + "\nKon Tum, ngày 15 tháng 01 năm 2025\nKẾ HOẠCH\nThử nhập kế hoạch "
            + mark
            + "\nI. NHIỆM VỤ\n1. Xây dựng đề án "
            + mark
            + "\n- Chủ trì: Sở Tài chính\n- Thời gian: Quý IV/2027\n";
    Op read =
        keyed(
            "import",
            number,
            null,
            "POST",
            "/api/v1/plans/imports",
            COORDINATOR,
            Api.json(Map.of("text", text, "province", "KT")));
    if (read.outcome != Outcome.ACKED) {
      return;
    }
    keyed(
        "confirm",
        number,
        read.result,
        "POST",
        "/api/v1/plans/imports/" + read.result + "/confirm",
        COORDINATOR,
        "{}");
  }

  /** Sở Tài chính's report of a fresh week drafted, submitted, and accepted by the coordinator. */
  void report() {
    int n = weeks.getAndIncrement();
    String week = String.format(Locale.ROOT, "%d-W%02d", 2010 + n / 50, 1 + n % 50);
    String query = "?planId=" + plan + "&period=" + week + "&orgId=" + STC;
    String id = null;
    for (int i = 0; i < 60 && id == null; i++) {
      Api.Answer found = api.get("/api/v1/reports" + query, FINANCE);
      if (found.ok() && found.json().size() == 1) {
        id = found.json().get(0).path("id").asText();
      } else {
        Api.sleep(1000);
      }
    }
    if (id == null) {
      ledger.refused("report (never listed)", "");
      return;
    }
    Api.Answer current = api.get("/api/v1/reports/" + id, FINANCE);
    if (!current.ok() || current.header("ETag") == null) {
      return;
    }
    Api.Answer drafted =
        api.call(
            "PUT",
            "/api/v1/reports/" + id,
            FINANCE,
            Map.of("If-Match", current.header("ETag")),
            "{\"results\": \"Kết quả\", \"difficulties\": \"Khó khăn\", \"proposals\": \"Đề xuất\"}");
    if (!drafted.ok()) {
      return;
    }
    reports.add(id);
    Op submit =
        keyed("submit", week, id, "POST", "/api/v1/reports/" + id + "/submit", FINANCE, null);
    if (submit.outcome == Outcome.ACKED) {
      keyed("accept", week, id, "POST", "/api/v1/reports/" + id + "/accept", COORDINATOR, null);
    }
  }

  /**
   * One operation with its Idempotency-Key, retried with the same key while the outcome is unknown
   * (no answer, 5xx, 409 after an unknown attempt: the first may still be running) for up to three
   * minutes; 429 is waited out.
   */
  Op keyed(
      String kind,
      String mark,
      String target,
      String method,
      String path,
      String user,
      String body) {
    Op op = ledger.add(kind, "fault-" + run + "-" + kind + "-" + mark, mark, target);
    long deadline = System.nanoTime() + GIVE_UP_NANOS;
    int conflicts = 0;
    while (true) {
      Api.Answer answer = api.call(method, path, user, Map.of("Idempotency-Key", op.key), body);
      op.attempts++;
      op.status = answer.status();
      if (answer.ok()) {
        JsonNode json = answer.body().isEmpty() ? null : answer.json();
        op.result = json == null ? null : json.path("id").asText(null);
        op.outcome = Outcome.ACKED;
        return op;
      }
      boolean unknown = answer.status() == -1 || answer.status() >= 500;
      boolean retry =
          unknown
              || answer.status() == 429
              || answer.status() == 401
              || (answer.status() == 409 && op.sawUnknown && conflicts++ < 5);
      if (unknown) {
        op.sawUnknown = true;
      }
      if (!retry || System.nanoTime() > deadline) {
        op.outcome = op.sawUnknown ? Outcome.UNKNOWN : Outcome.FAILED;
        if (op.outcome == Outcome.FAILED) {
          op.extra = answer.toString();
          ledger.refused(kind + " " + answer.status(), op.extra);
        }
        return op;
      }
      Api.sleep(answer.status() == 429 ? 1000 : 500 + ThreadLocalRandom.current().nextInt(1000));
    }
  }

  private String mark(String prefix) {
    return "F" + prefix + run + "-" + counter.incrementAndGet();
  }

  private static String pick(List<String> from) {
    return from.get(ThreadLocalRandom.current().nextInt(from.size()));
  }

  private static void require(Op op, String what) {
    if (op.outcome != Outcome.ACKED) {
      throw new IllegalStateException(what + ": " + op.outcome + " " + op.status + " " + op.extra);
    }
  }
}
