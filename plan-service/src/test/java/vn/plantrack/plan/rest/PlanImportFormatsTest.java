package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.corpus.CorpusFiles;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * Plans sent as files: Word and PDF read into the same draft as their text, with where each task
 * was read; what is no plan file is refused with a problem, never a 500.
 */
@QuarkusTest
@RealInfrastructure
@TestProfile(OrganizationResolutionTest.OwnDirectory.class)
@TestSecurity(user = "admin", roles = "admin")
class PlanImportFormatsTest {

  @BeforeEach
  void directory() throws Exception {
    OrganizationResolutionTest.ensureDirectory();
  }

  @Test
  void aWordFileReadsItsTablesWithWhereEachTaskCameFrom() throws Exception {
    JsonPath read =
        given()
            .contentType(PlanImportResource.DOCX)
            .queryParam("province", "KT")
            .queryParam("number", "212/KH-UBND-DOCX")
            .body(CorpusFiles.docx("portal-pipe"))
            .post("/api/v1/plans/imports")
            .then()
            .statusCode(201)
            .body("sourceFormat", equalTo("DOCX"))
            .body("counts.sections", equalTo(2))
            .body("counts.tasks", equalTo(5))
            .body("counts.subTasks", equalTo(2))
            .extract()
            .jsonPath();
    assertThat(read.getString("tasks.find { it.code == '3.1' }.source.origin"))
        .startsWith("table 4, row"); // after the masthead's three one-row tables
    assertThat(read.getInt("tasks.find { it.code == '3.1' }.source.confidence")).isEqualTo(100);
  }

  @Test
  void aPdfReadsFromItsTextLayerWithItsPages() throws Exception {
    JsonPath read =
        given()
            .contentType("application/octet-stream")
            .queryParam("province", "KT")
            .queryParam("number", "140/KH-UBND-PDF")
            .body(CorpusFiles.pdf("indicator-milestones"))
            .post("/api/v1/plans/imports")
            .then()
            .statusCode(201)
            .body("sourceFormat", equalTo("PDF"))
            .body("counts.indicators", equalTo(4))
            .body("counts.subIndicators", equalTo(4))
            .extract()
            .jsonPath();
    assertThat(read.getString("indicators.find { it.code == '2.2' }.source.origin"))
        .startsWith("p. 1, table 1, row");
    assertThat(read.getList("indicators.find { it.code == '2.2' }.targets.text"))
        .containsExactly("85", "90", "95", "≥ 98");
  }

  @Test
  void whatIsNoPlanFileIsAProblem() throws Exception {
    given()
        .contentType("application/octet-stream")
        .queryParam("province", "KT")
        .body(new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x10})
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    given()
        .contentType("application/zip")
        .queryParam("province", "KT")
        .body(new byte[] {'P', 'K', 3, 4})
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(415);
    given()
        .contentType("application/pdf")
        .queryParam("province", "KT")
        .body("%PDF-1.4\nbroken".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://plantrack.vn/problems/unreadable-document"));
    given()
        .contentType("image/png")
        .queryParam("province", "KT")
        .body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(422);
    given()
        .contentType("application/pdf")
        .queryParam("province", "KT")
        .body(pages(201))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  private static byte[] pages(int count) throws Exception {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < count; i++) {
        doc.addPage(new PDPage());
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
