package vn.plantrack.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BreakingChangesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A document with GET /plans/{id} answering PlanView and POST /plans reading PlanInput; {@code
   * view} and {@code input} are their schemas.
   */
  private static JsonNode document(String view, String input, String extraPath) {
    String text =
        ("{'openapi':'3.1.0','paths':{'/api/v1/plans/{id}':{'get':{'responses':{'200':{'content':"
                + "{'application/json':{'schema':{'$ref':'#/components/schemas/PlanView'}}}}}}},"
                + "'/api/v1/plans':{'post':{'requestBody':{'content':{'application/json':{'schema':"
                + "{'$ref':'#/components/schemas/PlanInput'}}}},'responses':{'201':{}}}}"
                + extraPath
                + "},'components':{'schemas':{'PlanView':"
                + view
                + ",'PlanInput':"
                + input
                + "}}}")
            .replace('\'', '"');
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static final String VIEW =
      "{'type':'object','required':['id','status'],'properties':{'id':{'type':'string'},"
          + "'signer':{'type':['string','null']},'version':{'type':'integer'},"
          + "'status':{'type':'string','enum':['DRAFT','ISSUED','CANCELLED']},"
          + "'sections':{'type':'array','items':{'type':'object','properties':{'code':{'type':'string'}}}},"
          + "'issuer':{'anyOf':[{'$ref':'#/components/schemas/Org'},{'type':'null'}]}}}";
  private static final String INPUT =
      "{'type':'object','required':['number'],'properties':{'number':{'type':'string'},"
          + "'signer':{'type':['string','null']}}}";
  private static final String STATS = ",'/api/v1/plans/stats':{'get':{'responses':{'200':{}}}}";

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("nothing changed", VIEW, INPUT, STATS, new String[] {}),
        Arguments.of(
            "an answer gains an optional property",
            VIEW.replace("'version':", "'note':{'type':['string','null']},'version':"),
            INPUT,
            STATS,
            new String[] {}),
        Arguments.of(
            "a request property becomes optional",
            VIEW,
            INPUT.replace("'required':['number']", "'required':[]"),
            STATS,
            new String[] {}),
        Arguments.of(
            "integer widened to number",
            VIEW.replace("'version':{'type':'integer'}", "'version':{'type':'number'}"),
            INPUT,
            STATS,
            new String[] {}),
        Arguments.of(
            "an operation removed",
            VIEW,
            INPUT,
            "",
            new String[] {"removed-operation GET /api/v1/plans/stats"}),
        Arguments.of(
            "an answer's property removed",
            VIEW.replace("'signer':{'type':['string','null']},", ""),
            INPUT,
            STATS,
            new String[] {"removed-property PlanView.signer"}),
        Arguments.of(
            "an answer's nested property removed",
            VIEW.replace("'properties':{'code':{'type':'string'}}", "'properties':{}"),
            INPUT,
            STATS,
            new String[] {"removed-property PlanView.sections[].code"}),
        Arguments.of(
            "a request's property removed: the service ignores it",
            VIEW,
            INPUT.replace(",'signer':{'type':['string','null']}", ""),
            STATS,
            new String[] {}),
        Arguments.of(
            "a nullable type narrowed",
            VIEW.replace("'signer':{'type':['string','null']}", "'signer':{'type':'string'}"),
            INPUT,
            STATS,
            new String[] {"narrowed-type PlanView.signer"}),
        Arguments.of(
            "a nullable $ref narrowed",
            VIEW.replace(
                "{'anyOf':[{'$ref':'#/components/schemas/Org'},{'type':'null'}]}",
                "{'$ref':'#/components/schemas/Org'}"),
            INPUT,
            STATS,
            new String[] {"narrowed-type PlanView.issuer"}),
        Arguments.of(
            "a request property newly required",
            VIEW,
            INPUT.replace("'required':['number']", "'required':['number','signer']"),
            STATS,
            new String[] {"newly-required PlanInput.signer"}),
        Arguments.of(
            "an answer property newly required: clients only gain",
            VIEW.replace("'required':['id','status']", "'required':['id','status','version']"),
            INPUT,
            STATS,
            new String[] {}),
        Arguments.of(
            "an enum value removed",
            VIEW.replace(",'CANCELLED'", ""),
            INPUT,
            STATS,
            new String[] {"removed-enum-value PlanView.status=CANCELLED"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void aClientOfTheReleasedDocumentBreaksOnExactlyThese(
      String change, String view, String input, String extraPath, String[] expected) {
    JsonNode released = document(VIEW, INPUT, STATS);
    JsonNode current = document(view, input, extraPath);

    assertThat(BreakingChanges.between(released, current))
        .extracting(BreakingChanges.Change::line)
        .containsExactlyInAnyOrder(expected);
  }

  @org.junit.jupiter.api.Test
  void aRemovedSchemaAndANarrowingBackwardsAreBoth() {
    JsonNode released = document(VIEW, INPUT, STATS);
    JsonNode current =
        document(
            VIEW.replace("'version':{'type':'integer'}", "'version':{'type':'number'}"),
            INPUT,
            STATS);
    // The other way round: number → integer narrows.
    assertThat(BreakingChanges.between(current, released))
        .extracting(BreakingChanges.Change::line)
        .containsExactly("narrowed-type PlanView.version");
    ((com.fasterxml.jackson.databind.node.ObjectNode) current.path("components").path("schemas"))
        .remove("PlanInput");
    assertThat(BreakingChanges.between(released, current))
        .extracting(BreakingChanges.Change::line)
        .contains("removed-schema PlanInput");
  }

  @org.junit.jupiter.api.Test
  void onlyTheBreakingChangesSectionDeclares() {
    String api =
        """
        # API
        - `removed-property PlanView.x`: not under the heading

        ## Breaking changes

        - `removed-property PlanView.signer`: the signer is in the document's header now (issue 99)
        * `narrowed-type PlanView.version` — never null

        ## Errors
        - `removed-schema Other`: another section's list
        """;

    assertThat(BreakingChanges.declared(api))
        .containsExactly("removed-property PlanView.signer", "narrowed-type PlanView.version");
  }
}
