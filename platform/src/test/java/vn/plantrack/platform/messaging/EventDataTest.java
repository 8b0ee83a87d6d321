package vn.plantrack.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How an event's data becomes the owner's record, and what is poison (with the field named). */
class EventDataTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new JavaTimeModule());
  private static final EventData DATA = new EventData(MAPPER);
  private static final String ID = "7b0e3a4c-2d7f-4f51-9a57-1c2f1c0e6a11";
  private static final String ORG = "029c724d-4933-3a4d-b085-f13e6bdac387";

  enum Kind {
    MONTH,
    YEAR
  }

  /** Checks its own component, as TaskVersion does. */
  record Inner(String status) {
    Inner {
      Objects.requireNonNull(status, "status");
    }
  }

  record Sample(
      UUID id,
      String code,
      List<UUID> leadOrgIds,
      LocalDate dueDate,
      Kind kind,
      Inner inner,
      int count,
      String note,
      long version) {}

  record Row(String code, String title, List<UUID> leadOrgIds) {}

  record Import(UUID id, List<Row> tasks, long version) {}

  private static final String GOOD =
      """
      {"id": "%s", "code": "38.1", "leadOrgIds": ["%s"], "dueDate": "2026-06-30", "kind": "MONTH",
       "inner": {"status": "OPEN"}, "count": 3, "note": null, "version": 4}"""
          .formatted(ID, ORG);

  static InboundEvent event(String data) {
    return InboundEvent.parse(
        MAPPER,
        """
        {"id": "e1", "type": "plantrack.sample.v1", "source": "/plantrack/plan-service",
         "subject": "%s", "time": "2025-05-08T01:00:00Z", "data": %s}"""
            .formatted(ID, data));
  }

  static String with(String field, String json) {
    return GOOD.replaceFirst(
        "\"" + field + "\": (\\[[^]]*]|\\{[^}]*}|\"[^\"]*\"|[^,}]+)", "\"" + field + "\": " + json);
  }

  @Test
  void aGoodBodyBecomesTheRecord() {
    Sample sample = DATA.decode(event(GOOD), Sample.class, "id", "code", "leadOrgIds");
    assertThat(sample)
        .isEqualTo(
            new Sample(
                UUID.fromString(ID),
                "38.1",
                List.of(UUID.fromString(ORG)),
                LocalDate.of(2026, 6, 30),
                Kind.MONTH,
                new Inner("OPEN"),
                3,
                null,
                4));
  }

  @Test
  void unknownFieldsAreIgnoredSoOwnersMayAddFields() {
    String newer = GOOD.replace("\"version\": 4", "\"version\": 4, \"addedLater\": {\"x\": [1]}");
    assertThat(DATA.decode(event(newer), Sample.class, "id").code()).isEqualTo("38.1");
  }

  @Test
  void fieldsNotRequiredMayBeAbsent() {
    Sample sample =
        DATA.decode(event("{\"id\": \"" + ID + "\", \"version\": 1}"), Sample.class, "id");
    assertThat(sample.code()).isNull();
    assertThat(sample.leadOrgIds()).isNull();
    assertThat(sample.inner()).isNull();
  }

  static Stream<Arguments> poison() {
    return Stream.of(
        Arguments.of(
            "required field absent", GOOD.replace("\"code\": \"38.1\", ", ""), "data.code missing"),
        Arguments.of("required field null", with("code", "null"), "data.code missing"),
        Arguments.of("required text blank", with("code", "\" \""), "data.code missing"),
        Arguments.of("not a UUID", with("id", "\"x\""), "data.id is not a UUID: \"x\""),
        Arguments.of(
            "a list entry not a UUID",
            with("leadOrgIds", "[\"" + ORG + "\", \"nope\"]"),
            "data.leadOrgIds holds something that is not a UUID: \"nope\""),
        Arguments.of(
            "text for a list",
            with("leadOrgIds", "\"" + ORG + "\""),
            "data.leadOrgIds is not a list"),
        Arguments.of(
            "not a date",
            with("dueDate", "\"Quý IV/2025\""),
            "data.dueDate is not a LocalDate: \"Quý IV/2025\""),
        Arguments.of(
            "unknown enum constant", with("kind", "\"WEEK\""), "data.kind is not a Kind: \"WEEK\""),
        Arguments.of("an object for text", with("code", "{\"a\": 1}"), "data.code is not a String"),
        Arguments.of(
            "text for a number", with("count", "\"many\""), "data.count is not a int: \"many\""),
        Arguments.of(
            "a nested record's own check", with("inner", "{}"), "data.inner.status missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poison")
  void dataThatDoesNotMapIsPoisonNamingTheField(String why, String data, String reason) {
    InboundEvent event = event(data);
    assertThatThrownBy(() -> DATA.decode(event, Sample.class, "id", "code"))
        .isInstanceOf(InboundEvent.PoisonEventException.class)
        .hasMessage(reason);
  }

  @Test
  void aRequiredNameThatIsNoComponentIsABugNotPoison() {
    assertThatThrownBy(() -> DATA.decode(event(GOOD), Sample.class, "cdoe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sample has no component cdoe");
  }

  @Test
  void rowsAreDecodedOneByOneAndABadRowCarriesItsReason() {
    InboundEvent event =
        event(
            """
            {"id": "%s", "version": 2, "tasks": [
              {"code": "38", "title": "Chuyển đổi số", "leadOrgIds": ["%s"]},
              {"code": "39", "leadOrgIds": []},
              {"code": "41", "title": "Tỉnh", "leadOrgIds": ["not-a-uuid"]},
              {"title": "Không mã"}]}"""
                .formatted(ID, ORG));

    Import head = DATA.decodeApart(event, Import.class, Set.of("tasks"), "id");
    List<EventData.Part<Row>> rows = DATA.parts(event, "tasks", Row.class, "code", "title");

    assertThat(head.id()).isEqualTo(UUID.fromString(ID));
    assertThat(head.tasks()).isEmpty();
    assertThat(rows)
        .extracting(EventData.Part::position, EventData.Part::code, EventData.Part::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "38", null),
            org.assertj.core.groups.Tuple.tuple(2, "39", "title missing"),
            org.assertj.core.groups.Tuple.tuple(
                3, "41", "leadOrgIds holds something that is not a UUID: \"not-a-uuid\""),
            org.assertj.core.groups.Tuple.tuple(4, null, "code missing"));
    assertThat(rows.get(0).value())
        .isEqualTo(new Row("38", "Chuyển đổi số", List.of(UUID.fromString(ORG))));
    assertThat(rows.get(1).ok()).isFalse();
  }

  @Test
  void aBadRowSpoilsTheWholeDataWhenReadAsOne() {
    InboundEvent event =
        event("{\"id\": \"" + ID + "\", \"version\": 2, \"tasks\": [{\"leadOrgIds\": [\"x\"]}]}");
    assertThatThrownBy(() -> DATA.decode(event, Import.class, "id"))
        .isInstanceOf(InboundEvent.PoisonEventException.class)
        .hasMessage("data.tasks[0].leadOrgIds holds something that is not a UUID: \"x\"");
  }

  @Test
  void aListOfRowsThatIsNoListIsPoisonAndAnAbsentOneHasNoRows() {
    assertThatThrownBy(
            () ->
                DATA.parts(
                    event("{\"id\": \"" + ID + "\", \"version\": 2, \"tasks\": \"38\"}"),
                    "tasks",
                    Row.class))
        .isInstanceOf(InboundEvent.PoisonEventException.class)
        .hasMessage("data.tasks is not a list");
    assertThat(DATA.parts(event("{\"id\": \"" + ID + "\", \"version\": 2}"), "tasks", Row.class))
        .isEmpty();
  }
}
