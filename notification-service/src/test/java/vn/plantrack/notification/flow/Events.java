package vn.plantrack.notification.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.indicator.contract.IndicatorEvents.EvaluationChanged;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.OrganizationEvents.Contact;
import vn.plantrack.plan.contract.OrganizationEvents.OrganizationChanged;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.plan.contract.PlanEvents.ImportConfirmed;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.reporting.contract.ReportEvents;
import vn.plantrack.reporting.contract.ReportEvents.ConsolidatedIssued;
import vn.plantrack.reporting.contract.ReportEvents.ReportChanged;
import vn.plantrack.task.contract.TaskEvents;
import vn.plantrack.task.contract.TaskEvents.TaskChanged;
import vn.plantrack.task.contract.TaskEvents.TaskReminder;

/** The owners' events as they publish them (CloudEvents envelope, the contracts' records). */
final class Events {
  private final ObjectMapper json;
  private final String kafka;

  Events(ObjectMapper json, String kafka) {
    this.json = json;
    this.kafka = kafka;
  }

  /** The CloudEvent, as sent. */
  String envelope(
      String id, String type, String source, UUID subject, String province, Object data) {
    ObjectNode event = json.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", id);
    event.put("source", source);
    event.put("type", type);
    event.put("subject", subject.toString());
    event.put("time", Instant.now().toString());
    event.put("datacontenttype", "application/json");
    event.put("province", province);
    event.set("data", data instanceof ObjectNode node ? node : json.valueToTree(data));
    return event.toString();
  }

  /** An organization (a group when {@code members} are given) with its contacts. */
  void organization(UUID id, String code, List<UUID> members, List<Contact> contacts) {
    OrganizationChanged org =
        new OrganizationChanged(
            id,
            code,
            "KT",
            "Đơn vị " + code,
            code,
            List.of(),
            members.isEmpty() ? "DEPARTMENT" : "GROUP",
            members,
            List.of(),
            null,
            LocalDate.of(2020, 1, 1),
            null,
            contacts,
            1);
    TopicReader.send(
        kafka,
        OrganizationEvents.TOPIC,
        id.toString(),
        envelope(
            UUID.randomUUID().toString(),
            OrganizationEvents.CREATED,
            "/plantrack/plan-service",
            id,
            "KT",
            org));
  }

  static Contact contact(String name, String email) {
    return new Contact(name, email, "0260 3862 000", "Chuyên viên đầu mối");
  }

  /** A task's change ({@code type} created, updated…), led by {@code leads}. */
  void task(String type, UUID id, String code, String title, List<UUID> leads, long version) {
    TaskChanged task =
        new TaskChanged(
            id,
            "KT",
            UUID.randomUUID(),
            "II",
            code,
            null,
            title,
            leads,
            List.of(),
            "Quý IV/2025",
            "QUARTER",
            LocalDate.of(2025, 12, 31),
            "IN_PROGRESS",
            null,
            10,
            null,
            Map.of(),
            null,
            null,
            version,
            null,
            null);
    TopicReader.send(
        kafka,
        TaskEvents.TOPIC,
        id.toString(),
        envelope(UUID.randomUUID().toString(), type, "/plantrack/task-service", id, "KT", task));
  }

  /** A reminder (due soon or overdue) for {@code leads}; returns the event as sent. */
  String reminder(
      String type,
      String eventId,
      UUID id,
      String code,
      String title,
      List<UUID> leads,
      Integer daysLeft) {
    TaskReminder reminder =
        new TaskReminder(
            id,
            "KT",
            UUID.randomUUID(),
            code,
            title,
            leads,
            LocalDate.of(2025, 12, 31),
            daysLeft,
            3);
    String event = envelope(eventId, type, "/plantrack/task-service", id, "KT", reminder);
    send(TaskEvents.TOPIC, id, event);
    return event;
  }

  void send(String topic, UUID key, String event) {
    TopicReader.send(kafka, topic, key.toString(), event);
  }

  /** A confirmed import of {@code province}'s plan. */
  void importConfirmed(UUID plan, String province, String number) {
    ImportConfirmed confirmed =
        new ImportConfirmed(
            plan,
            UUID.randomUUID(),
            province,
            number,
            "kt.coordinator",
            null,
            List.of(),
            List.of(),
            1);
    send(
        PlanEvents.TOPIC,
        plan,
        envelope(
            UUID.randomUUID().toString(),
            PlanEvents.IMPORT_CONFIRMED,
            "/plantrack/plan-service",
            plan,
            province,
            confirmed));
  }

  /** A unit's report event ({@code type}: returned, accepted, due soon, overdue). */
  void report(String type, UUID id, UUID orgId, String period, String reason) {
    ReportChanged report =
        new ReportChanged(
            id,
            "KT",
            UUID.randomUUID(),
            period,
            orgId,
            "RETURNED",
            Instant.parse("2025-06-08T03:00:00Z"),
            true,
            reason,
            Instant.parse("2025-06-09T17:00:00Z"),
            4);
    send(
        ReportEvents.TOPIC,
        id,
        envelope(
            UUID.randomUUID().toString(), type, "/plantrack/reporting-service", id, "KT", report));
  }

  /** A consolidated report issued in {@code province}. */
  void consolidatedIssued(UUID id, String province, String period) {
    ConsolidatedIssued issued =
        new ConsolidatedIssued(
            id,
            province,
            UUID.randomUUID(),
            period,
            1,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 14),
            Map.of("ON_TIME", 12),
            12,
            11,
            9,
            1);
    send(
        ReportEvents.TOPIC,
        id,
        envelope(
            UUID.randomUUID().toString(),
            ReportEvents.CONSOLIDATED_ISSUED,
            "/plantrack/reporting-service",
            id,
            province,
            issued));
  }

  /** An indicator's evaluation changed: milestone year → evaluation, before and after. */
  void evaluationChanged(
      UUID id, String code, Map<String, String> previous, Map<String, String> current) {
    EvaluationChanged changed =
        new EvaluationChanged(
            id, "KT", UUID.randomUUID(), code, LocalDate.of(2025, 9, 30), previous, current, 5);
    send(
        IndicatorEvents.TOPIC,
        id,
        envelope(
            UUID.randomUUID().toString(),
            IndicatorEvents.EVALUATION_CHANGED,
            "/plantrack/indicator-service",
            id,
            "KT",
            changed));
  }
}
