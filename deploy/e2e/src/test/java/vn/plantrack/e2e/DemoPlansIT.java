package vn.plantrack.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo the local stack loads (issue 8): the three seed plans went through the importer, were
 * confirmed, and task- and indicator-service created every task and indicator from the event, as
 * the documents count them. The Sở KH&CN plan is 1570's sub-plan.
 */
class DemoPlansIT {
  @BeforeAll
  static void gateway() {
    RestAssured.baseURI = Stack.GATEWAY;
    GatewayContract.install();
  }

  @org.junit.jupiter.api.Test
  void theSoKhcnPlansTasksThatRestate1570sAreLinkedToThem() {
    String token = Stack.userToken("kt.coordinator");
    String plan =
        given()
            .auth()
            .oauth2(token)
            .queryParam("q", "89/KH-SKHCN")
            .get("/api/v1/plans")
            .then()
            .extract()
            .path("items.find { it.number == '89/KH-SKHCN' }.id");
    JsonPath tasks =
        given()
            .auth()
            .oauth2(token)
            .queryParam("planId", plan)
            .queryParam("size", 50)
            .get("/api/v1/tasks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Eight of its nineteen tasks restate a task of 1570 (TaskLinksTest has each case).
    assertThat(tasks.getList("items.findAll { it.implementsTaskId != null }")).hasSize(8);
    String linked = tasks.getString("items.find { it.implementsTaskId != null }.implementsTaskId");
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/tasks/" + linked)
        .then()
        .statusCode(200)
        .body("planId", org.hamcrest.Matchers.not(equalTo(plan)));
  }

  @ParameterizedTest(name = "{0}: {2} tasks, {3} indicators")
  @CsvSource({
    // number,       user,            tasks (with sub-tasks), indicators (with sub-indicators)
    "1570/KH-UBND, kt.coordinator, 197, 36",
    "89/KH-SKHCN, kt.coordinator, 19, 0",
    "131/KH-UBND, bk.coordinator, 78, 47",
  })
  void theSeedPlanIsIssuedWithEveryTaskAndIndicatorOfItsDocument(
      String number, String user, int tasks, int indicators) {
    String token = Stack.userToken(user);
    JsonPath plans =
        given()
            .auth()
            .oauth2(token)
            .queryParam("q", number)
            .get("/api/v1/plans")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String plan = plans.getString("items.find { it.number == '" + number + "' }.id");
    assertThat(plan).as(number + " is loaded").isNotNull();
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/plans/" + plan)
        .then()
        .statusCode(200)
        .body("status", equalTo("ISSUED"));
    given()
        .auth()
        .oauth2(token)
        .queryParam("planId", plan)
        .queryParam("size", 1)
        .get("/api/v1/tasks")
        .then()
        .statusCode(200)
        .body("total", equalTo(tasks));
    given()
        .auth()
        .oauth2(token)
        .queryParam("planId", plan)
        .queryParam("size", 1)
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("total", equalTo(indicators));
  }
}
