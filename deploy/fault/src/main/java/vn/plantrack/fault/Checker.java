package vn.plantrack.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.plantrack.fault.Ledger.Op;
import vn.plantrack.fault.Ledger.Outcome;

/**
 * The checker. Effects: an acknowledged operation has exactly one (0: lost, 2+: doubled), an
 * unknown one at most one (2+: doubled), a failed one none (1+: phantom). Events: per aggregate,
 * versions never go back in a topic and the owner's version reached it. Dead letters hold only the
 * suite's poison. Read models: reporting's consolidated report of the suite's plan and the tasks
 * that confirmed imports create agree with their owners ({@link #differences}).
 */
final class Checker {
  final List<String> lost = new ArrayList<>();
  final List<String> doubled = new ArrayList<>();
  final List<String> phantom = new ArrayList<>();
  final List<String> events = new ArrayList<>();
  final Map<String, Integer> deadLetters = new TreeMap<>();
  final List<String> deadLetterSamples = new ArrayList<>();
  int poisonDeadLettered;

  private final Api api;
  private final Workload workload;
  private final Topics topics;

  Checker(Api api, Workload workload, Topics topics) {
    this.api = api;
    this.workload = workload;
    this.topics = topics;
  }

  /** What still differs between a read model and its owner (empty: converged). */
  List<String> differences() {
    List<String> differences = new ArrayList<>();
    Map<String, String> owner = new TreeMap<>();
    for (JsonNode t : pages("/api/v1/tasks?planId=" + workload.plan)) {
      owner.put(
          t.path("id").asText(),
          t.path("status").asText() + " " + t.path("progressPercent").asInt(0));
    }
    String quarter = quarter();
    Api.Answer built =
        api.call(
            "POST",
            "/api/v1/consolidated-reports",
            Workload.COORDINATOR,
            Map.of(),
            Api.json(Map.of("planId", workload.plan, "period", quarter)));
    if (!built.ok()) {
      differences.add("consolidated report of " + quarter + ": " + built);
    } else {
      Map<String, String> reported = new TreeMap<>();
      Api.Answer annexes =
          api.get(
              "/api/v1/consolidated-reports/" + built.json().path("id").asText() + "?annexes=true",
              Workload.COORDINATOR);
      for (JsonNode line :
          annexes.ok() ? annexes.json().at("/content/tasks") : Api.JSON.nullNode()) {
        reported.put(
            line.path("id").asText(),
            line.path("status").asText() + " " + line.path("progressPercent").asInt(0));
      }
      if (!reported.isEmpty() && !reported.equals(owner)) {
        int n = 0;
        for (String id : owner.keySet()) {
          if (!owner.get(id).equals(reported.get(id))) {
            n++;
          }
        }
        differences.add(
            "reporting differs from task-service on " + n + " of " + owner.size() + " tasks");
      } else if (reported.isEmpty()) {
        differences.add(
            "reporting's consolidated report lists no task (owner: " + owner.size() + ")");
      }
    }
    for (Op confirm : workload.ledger.of("confirm")) {
      if (confirm.outcome != Outcome.ACKED) {
        continue;
      }
      String planId = planOfImport(confirm.target);
      int tasks = planId == null ? -1 : pages("/api/v1/tasks?planId=" + planId).size();
      if (tasks != 1) {
        differences.add(
            "import " + confirm.mark + ": task-service has " + tasks + " tasks (expected 1)");
      }
    }
    return differences;
  }

  /** Effects of every operation, by kind. */
  void effects() {
    Map<String, Integer> taskMarks = new HashMap<>();
    for (JsonNode t : pages("/api/v1/tasks?planId=" + workload.plan)) {
      taskMarks.merge(t.path("code").asText(), 1, Integer::sum);
    }
    judge("task", taskMarks::get);
    Map<String, Map<String, Integer>> notes = new HashMap<>();
    Function<Op, Integer> progress =
        op -> count(notes.computeIfAbsent(op.target, t -> notes(t)), op.mark);
    judgeEach("progress", progress);
    judgeEach("note", progress);
    Map<String, Map<String, JsonNode>> values = new HashMap<>();
    judgeEach(
        "measurement",
        op -> {
          String[] target = op.target.split("\\|");
          JsonNode value = values.computeIfAbsent(target[0], this::measurements).get(target[1]);
          if (value == null || !op.mark.equals(value.path("source").asText())) {
            return 0;
          }
          return value.path("revision").asInt(1);
        });
    judgeEach(
        "import",
        op -> {
          int n = 0;
          for (JsonNode p : pages("/api/v1/plans?q=" + op.mark.replace("/", "%2F"))) {
            n += p.path("number").asText().equals(op.mark) ? 1 : 0;
          }
          return n;
        });
    judgeEach(
        "confirm",
        op -> {
          Api.Answer read = api.get("/api/v1/plans/imports/" + op.target, Workload.COORDINATOR);
          return read.ok() && "CONFIRMED".equals(read.json().path("status").asText()) ? 1 : 0;
        });
    Map<String, Map<String, Integer>> reportEvents = reportEvents();
    judgeEach(
        "submit",
        op -> reportEvents.getOrDefault(op.target, Map.of()).getOrDefault("submitted", 0));
    judgeEach(
        "accept", op -> reportEvents.getOrDefault(op.target, Map.of()).getOrDefault("accepted", 0));
  }

  private void judgeEach(String kind, Function<Op, Integer> effects) {
    for (Op op : workload.ledger.of(kind)) {
      judge(op, effects.apply(op));
    }
  }

  private void judge(String kind, Function<String, Integer> byMark) {
    for (Op op : workload.ledger.of(kind)) {
      Integer n = byMark.apply(op.mark);
      judge(op, n == null ? 0 : n);
    }
  }

  private void judge(Op op, int effects) {
    String what =
        op.kind
            + " "
            + op.mark
            + " ("
            + op.outcome
            + ", "
            + op.attempts
            + " attempts, last "
            + op.status
            + ")";
    if (op.outcome == Outcome.ACKED && effects == 0) {
      lost.add(what);
    } else if (effects > 1) {
      doubled.add(what + ": " + effects + " effects");
    } else if (op.outcome == Outcome.FAILED && effects > 0) {
      phantom.add(what + ": " + effects + " effect");
    }
  }

  /** Versions per aggregate in the owners' topics; the owners' versions reached them. */
  void topics() {
    Map<String, Integer> max = new HashMap<>();
    for (String topic :
        List.of(
            "plantrack.tasks",
            "plantrack.indicators",
            "plantrack.plans",
            "plantrack.reports",
            "plantrack.organizations")) {
      Map<String, Integer> last = new HashMap<>();
      for (Topics.Record r : topics.read(topic)) {
        if (r.key() == null || r.key().startsWith(Topics.POISON)) {
          continue;
        }
        JsonNode event;
        try {
          event = Api.JSON.readTree(r.value());
        } catch (Exception e) {
          events.add(topic + " offset " + r.offset() + ": not JSON");
          continue;
        }
        JsonNode version = event.at("/data/version");
        if (!version.isNumber()) {
          continue;
        }
        String aggregate = topic + " " + r.key();
        Integer before = last.put(aggregate, version.asInt());
        if (before != null && version.asInt() < before) {
          events.add(
              aggregate
                  + ": version "
                  + before
                  + " then "
                  + version.asInt()
                  + " ("
                  + event.path("type").asText()
                  + ")");
        }
        max.merge(r.key(), version.asInt(), Math::max);
      }
    }
    for (JsonNode t : pages("/api/v1/tasks?planId=" + workload.plan)) {
      int owner = t.path("version").asInt();
      Integer published = max.get(t.path("id").asText());
      if (published == null || published < owner) {
        events.add(
            "task "
                + t.path("code").asText()
                + ": version "
                + owner
                + " at its owner, "
                + published
                + " in plantrack.tasks");
      }
    }
  }

  /** Dead-letter topics: only the suite's poison belongs there. */
  void deadLetters() throws Exception {
    for (String topic : topics.names()) {
      if (!topic.startsWith("plantrack.") || !topic.endsWith(".dead-letter")) {
        continue;
      }
      for (Topics.Record r : topics.read(topic)) {
        if (r.key() != null && r.key().startsWith(Topics.POISON)) {
          poisonDeadLettered++;
          continue;
        }
        deadLetters.merge(topic, 1, Integer::sum);
        if (deadLetterSamples.size() < 8) {
          String reason = r.headers().getOrDefault("dead-letter-reason", r.headers().toString());
          deadLetterSamples.add(
              topic
                  + " key "
                  + r.key()
                  + ": "
                  + (reason.length() > 200 ? reason.substring(0, 200) : reason));
        }
      }
    }
  }

  private Map<String, Map<String, Integer>> reportEvents() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Topics.Record r : topics.read("plantrack.reports")) {
      try {
        JsonNode event = Api.JSON.readTree(r.value());
        String type = event.path("type").asText();
        if (!seen.add(event.path("id").asText())) {
          continue; // the same event sent again (relay retry): consumers drop it
        }
        for (String kind : List.of("submitted", "accepted")) {
          if (type.contains(kind)) {
            counts
                .computeIfAbsent(event.path("subject").asText(r.key()), k -> new HashMap<>())
                .merge(kind, 1, Integer::sum);
          }
        }
      } catch (Exception e) {
        // not an event: counted by topics()
      }
    }
    return counts;
  }

  private Map<String, Integer> notes(String task) {
    Map<String, Integer> marks = new HashMap<>();
    for (JsonNode p : pages("/api/v1/tasks/" + task + "/progress?")) {
      marks.merge(p.path("note").asText(), 1, Integer::sum);
    }
    return marks;
  }

  private static int count(Map<String, Integer> notes, String mark) {
    int n = 0;
    for (Map.Entry<String, Integer> note : notes.entrySet()) {
      if (note.getKey().endsWith(" " + mark)) {
        n += note.getValue();
      }
    }
    return n;
  }

  private Map<String, JsonNode> measurements(String indicator) {
    Map<String, JsonNode> byPeriod = new HashMap<>();
    Api.Answer answer =
        api.get("/api/v1/indicators/" + indicator + "/measurements", Workload.FINANCE);
    JsonNode list = answer.json();
    for (JsonNode m : list.isArray() ? list : list.path("items")) {
      byPeriod.put(m.path("period").asText(), m);
    }
    return byPeriod;
  }

  private String planOfImport(String id) {
    Api.Answer read = api.get("/api/v1/plans/imports/" + id, Workload.COORDINATOR);
    return read.ok() ? read.json().path("planId").asText(null) : null;
  }

  /** Every item of a paged list (size 500). */
  List<JsonNode> pages(String path) {
    List<JsonNode> items = new ArrayList<>();
    String sep = path.endsWith("?") ? "" : path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      Api.Answer answer = api.get(path + sep + "size=500&page=" + page, Workload.COORDINATOR);
      if (!answer.ok()) {
        throw new IllegalStateException("GET " + path + ": " + answer);
      }
      JsonNode json = answer.json();
      JsonNode list = json.isArray() ? json : json.path("items");
      list.forEach(items::add);
      if (json.isArray() || list.size() < 500) {
        return items;
      }
    }
  }

  private static String quarter() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    return today.getYear() + "-Q" + (1 + (today.getMonthValue() - 1) / 3);
  }
}
