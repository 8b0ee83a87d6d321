package vn.plantrack.notification.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.OrganizationEvents.OrganizationChanged;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.plan.contract.PlanEvents.ImportConfirmed;
import vn.plantrack.platform.test.TopicReader;
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
  void organization(UUID id, String code, List<UUID> members, List<Map<String, String>> contacts) {
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
            1);
    ObjectNode data = json.valueToTree(org);
    data.set("contacts", json.valueToTree(contacts));
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
            data));
  }

  static Map<String, String> contact(String name, String email) {
    return Map.of("name", name, "email", email, "phone", "0260 3862 000", "role", "Đầu mối");
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
}
