package vn.plantrack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's living system, loaded through the public API as its users would: the three seed plans
 * imported from their published text (as jobs), reviewed (every agency the directory did not know
 * is decided: left out, or, when it was a task's only lead, given to the plan's issuer) and
 * confirmed, so task- and indicator-service create the tasks and indicators; the Sở KH&CN plan as
 * 1570's sub-plan; then progress by the lead agencies' officers, measured values, and reports of
 * the first half of 2025. A plan whose number exists is left alone, so loading twice is safe.
 */
final class DemoPlans {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String gateway;
  private final String keycloak;

  DemoPlans(String gateway, String keycloak) {
    this.gateway = gateway;
    this.keycloak = keycloak;
  }

  /**
   * One seed: file, who imports it, its number, and whether the text prints it (the Sở KH&CN plan
   * does not: the import is told).
   */
  record Seed(String file, String user, String number, boolean printed) {}

  static final List<Seed> SEEDS =
      List.of(
          new Seed("kon-tum-1570-KH-UBND-2025.txt", "kt.coordinator", "1570/KH-UBND", true),
          new Seed(
              "kon-tum-so-khcn-plan-implementing-1570.txt", "kt.coordinator", "89/KH-SKHCN", false),
          new Seed("bac-kan-131-KH-UBND-2025.txt", "bk.coordinator", "131/KH-UBND", true));

  private final Map<String, String> imported = new LinkedHashMap<>();

  void load(Path seeds) throws Exception {
    for (Seed seed : SEEDS) {
      importAndConfirm(seeds.resolve(seed.file()), seed);
    }
    // Progress, values and reports only with a plan loaded now (a second load adds nothing).
    String konTum = imported.get("1570/KH-UBND");
    if (konTum != null) {
      progressAndValues(konTum);
    }
  }

  private String importAndConfirm(Path file, Seed seed) throws Exception {
    String token = StackCli.token(keycloak, seed.user(), "demo");
    JsonNode existing =
        send(
            "GET",
            "/api/v1/plans?size=50&q=" + URLEncoder.encode(seed.number(), StandardCharsets.UTF_8),
            token,
            null,
            null);
    for (JsonNode p : existing.path("items")) {
      if (seed.number().equals(p.path("number").asText())) {
        if (!"ISSUED".equals(p.path("status").asText())) {
          throw new IllegalStateException(
              seed.number()
                  + " is "
                  + p.path("status").asText()
                  + " from an interrupted load: start from empty data (deploy/local/down, then remove"
                  + " the run directory)");
        }
        say("%s: %s is loaded already", file.getFileName(), seed.number());
        return p.get("id").asText();
      }
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("text", Files.readString(file, StandardCharsets.UTF_8));
    if (!seed.printed()) {
      body.put("number", seed.number());
    }
    JsonNode job = send("POST", "/api/v1/plans/imports", token, body, "respond-async");
    String id = job.get("id").asText();
    JsonNode read = job;
    for (int i = 0; i < 600 && "READING".equals(read.path("status").asText()); i++) {
      Thread.sleep(200);
      read = send("GET", "/api/v1/plans/imports/" + id, token, null, null);
    }
    if (!"DRAFT".equals(read.path("status").asText())) {
      throw new IllegalStateException(file.getFileName() + ": import ended " + read);
    }
    String planId = read.get("planId").asText();
    JsonNode plan = send("GET", "/api/v1/plans/" + planId, token, null, null);
    String number = plan.get("number").asText();
    ObjectNode organizations = JSON.createObjectNode();
    for (JsonNode task : read.path("tasks")) {
      boolean noLead = true;
      for (JsonNode lead : task.path("lead")) {
        noLead &= lead.path("orgId").isNull();
      }
      for (JsonNode lead : task.path("lead")) {
        if (lead.path("orgId").isNull()) {
          if (noLead && plan.hasNonNull("issuerOrgId")) {
            organizations.put(lead.get("name").asText(), plan.get("issuerOrgId").asText());
          } else if (!organizations.has(lead.get("name").asText())) {
            organizations.putNull(lead.get("name").asText());
          }
        }
      }
    }
    for (JsonNode warning : read.path("warnings")) {
      if ("UNRESOLVED_ORGANIZATION".equals(warning.path("kind").asText())
          && !organizations.has(warning.path("excerpt").asText())) {
        organizations.putNull(warning.get("excerpt").asText());
      }
    }
    ObjectNode decisions = JSON.createObjectNode();
    decisions.set("organizations", organizations);
    // The sub-plan's tasks that restate one of 1570's: the import's suggestions, accepted.
    ObjectNode links = JSON.createObjectNode();
    read.path("links")
        .forEach(l -> links.put(l.get("code").asText(), l.get("implementsCode").asText()));
    decisions.set("implementsTasks", links);
    if (!plan.hasNonNull("issuedOn")) {
      // The Sở KH&CN plan prints no date; 1570 asked for the departments' plans within 5 days of
      // 08/05/2025 ("chậm nhất sau 05 ngày kể từ khi Kế hoạch này được ban hành").
      decisions.put("issuedOn", "2025-05-13");
    }
    JsonNode confirmed =
        send("POST", "/api/v1/plans/imports/" + id + "/confirm", token, decisions, null);
    JsonNode counts = read.get("counts");
    say(
        "%s: %s imported — %d sections, %d tasks, %d sub-tasks, %d indicators (+%d sub-indicators),"
            + " %d warnings; %d agency names decided, %d tasks linked to the plan it implements;"
            + " confirmed: %d tasks, %d indicators sent",
        file.getFileName(),
        number,
        counts.get("sections").asInt(),
        counts.get("tasks").asInt(),
        counts.get("subTasks").asInt(),
        counts.get("indicators").asInt(),
        counts.get("subIndicators").asInt(),
        counts.get("warnings").asInt(),
        organizations.size(),
        links.size(),
        confirmed.at("/confirmation/tasks").asInt(),
        confirmed.at("/confirmation/indicators").asInt());
    awaitTotal(
        "/api/v1/tasks?planId=" + planId + "&size=1",
        token,
        confirmed.at("/confirmation/tasks").asInt());
    awaitTotal(
        "/api/v1/indicators?planId=" + planId + "&size=1",
        token,
        confirmed.at("/confirmation/indicators").asInt());
    imported.put(number, planId);
    return planId;
  }

  /** Kon Tum's officers report on tasks they lead, the coordinator records 2025 values. */
  private void progressAndValues(String plan) throws Exception {
    String finance = StackCli.token(keycloak, "kt.officer.finance", "demo");
    String police = StackCli.token(keycloak, "kt.officer.police", "demo");
    String coordinator = StackCli.token(keycloak, "kt.coordinator", "demo");
    int reported = 0;
    reported += report(plan, finance, StackCli.idForCode("KT.STC").toString());
    reported += report(plan, police, StackCli.idForCode("KT.CAT").toString());
    int values = 0;
    JsonNode indicators =
        send(
            "GET",
            "/api/v1/indicators?planId=" + plan + "&size=100&sort=code,asc",
            coordinator,
            null,
            null);
    for (JsonNode indicator : indicators.path("items")) {
      String code = indicator.path("code").asText();
      JsonNode target = indicator.path("targets").path(0);
      if (!target.path("min").isNumber() || values >= 6) {
        continue;
      }
      double goal = target.get("min").asDouble();
      // Some on track, some behind: 60 % or 15 % of the goal by 2025.
      double value = Math.round(goal * (code.hashCode() % 2 == 0 ? 0.6 : 0.15) * 10) / 10.0;
      ObjectNode measurement =
          JSON.createObjectNode()
              .put("period", "2025")
              .put("value", value)
              .put("source", "Báo cáo năm 2025 của Sở Khoa học và Công nghệ (demo)");
      if (send(
              "POST",
              "/api/v1/indicators/" + indicator.get("id").asText() + "/measurements",
              coordinator,
              measurement,
              null,
              true)
          != null) {
        values++;
      }
    }
    int submitted = 0;
    submitted += submit(plan, finance, StackCli.idForCode("KT.STC").toString(), "2025-H1");
    submitted += submit(plan, police, StackCli.idForCode("KT.CAT").toString(), "2025-H1");
    say(
        "Kon Tum 1570: %d progress reports, %d indicator values for 2025, %d reports for 2025-H1"
            + " submitted",
        reported, values, submitted);
  }

  /** The unit's report for the period, drafted and submitted by its officer (1 if it was). */
  private int submit(String plan, String token, String org, String period) throws Exception {
    JsonNode reports =
        send(
            "GET",
            "/api/v1/reports?planId=" + plan + "&period=" + period + "&orgId=" + org,
            token,
            null,
            null,
            true);
    if (reports == null || reports.size() == 0) {
      return 0;
    }
    JsonNode report = reports.get(0);
    ObjectNode draft =
        JSON.createObjectNode()
            .put("results", "Đã triển khai các nhiệm vụ được giao theo Kế hoạch 1570/KH-UBND.")
            .put("difficulties", "Kinh phí thực hiện còn hạn chế.")
            .put("proposals", "Đề nghị bố trí kinh phí năm 2026.")
            .put("version", report.path("version").asLong());
    String id = report.get("id").asText();
    if (send("PUT", "/api/v1/reports/" + id, token, draft, null, true) == null) {
      return 0;
    }
    return send("POST", "/api/v1/reports/" + id + "/submit", token, null, null, true) == null
        ? 0
        : 1;
  }

  /** The officer's organization reports on the tasks it leads: some done, some under way. */
  private int report(String plan, String token, String org) throws Exception {
    JsonNode led =
        send(
            "GET",
            "/api/v1/tasks?planId=" + plan + "&orgId=" + org + "&role=lead&size=100&sort=code,asc",
            token,
            null,
            null);
    int n = 0;
    int tried = 0;
    for (JsonNode task : led.path("items")) {
      boolean leads = false;
      for (JsonNode lead : task.path("leadOrgIds")) {
        leads |= lead.asText().equals(org);
      }
      // Only tasks the organization leads itself (not through a group such as "các sở, ngành").
      if (!leads || task.path("subTaskCount").asInt(0) > 0 || n >= 8) {
        continue;
      }
      tried++;
      ObjectNode progress = JSON.createObjectNode();
      if (tried % 3 == 1) {
        progress.put("status", "COMPLETED").put("percent", 100).put("completedOn", "2025-10-15");
        progress.put("note", "Đã hoàn thành, đưa vào khai thác sử dụng.");
        progress.put("evidenceNumber", "123/BC-" + (n + 1)).put("evidenceDate", "2025-10-15");
      } else {
        progress.put("status", "IN_PROGRESS").put("percent", 30 + 10 * n);
        progress.put("note", "Đang triển khai theo kế hoạch.");
      }
      if (send(
              "POST",
              "/api/v1/tasks/" + task.get("id").asText() + "/progress",
              token,
              progress,
              null,
              true)
          != null) {
        n++;
      }
    }
    return n;
  }

  private void awaitTotal(String path, String token, int expected) throws Exception {
    int total = -1;
    for (int i = 0; i < 300; i++) {
      total = send("GET", path, token, null, null).path("total").asInt();
      if (total >= expected) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(path + ": " + total + " of " + expected + " after 60 s");
  }

  private JsonNode send(String method, String path, String token, JsonNode body, String prefer)
      throws Exception {
    return send(method, path, token, body, prefer, false);
  }

  /** One call through the gateway (StackCli.call); with {@code lenient}, a 4xx answers null. */
  private JsonNode send(
      String method, String path, String token, JsonNode body, String prefer, boolean lenient)
      throws Exception {
    HttpResponse<String> response =
        StackCli.call(
            method,
            gateway + path,
            token,
            body == null ? null : body.toString(),
            prefer == null ? Map.of() : Map.of("Prefer", prefer));
    if (response.statusCode() >= 300) {
      if (lenient && response.statusCode() < 500) {
        say("  %s %s: HTTP %d %s", method, path, response.statusCode(), response.body());
        return null;
      }
      throw new IllegalStateException(
          method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    try {
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": not JSON", e);
    }
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(format, args));
  }
}
