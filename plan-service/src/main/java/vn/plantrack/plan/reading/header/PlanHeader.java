package vn.plantrack.plan.reading.header;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan says about itself: its type and number ("KẾ HOẠCH", "1570/KH-UBND"), issuer, place
 * and date of issue, title, the documents it implements and replaces, its signer, and its reporting
 * rules. Fields the document does not print are null (and warned about).
 *
 * <p>{@code implementsDocuments} are the documents the title says the plan carries out directly;
 * {@code implementsIndirectly} are those the title names as what those in turn carry out ("… Chương
 * trình số 95-CTr/TU … về thực hiện Nghị quyết số 57-NQ/TW").
 */
public record PlanHeader(
    String documentType,
    String number,
    String issuer,
    String place,
    LocalDate issuedOn,
    String title,
    List<DocumentRef> implementsDocuments,
    List<DocumentRef> implementsIndirectly,
    List<DocumentRef> supersedes,
    Signer signer,
    List<ReportingRuleAsRead> reportingRules,
    Integer numberLine,
    Integer issuedOnLine,
    Integer titleLine) {

  /**
   * A document cited by kind and number ("Nghị quyết", "57-NQ/TW"), with its date when printed next
   * to it; {@code text} is the citation as printed.
   */
  public record DocumentRef(
      String kind, String number, LocalDate issuedOn, String text, int sourceLine) {}

  /**
   * Who signed: {@code capacity} "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH", {@code title} "PHÓ CHỦ
   * TỊCH" / "GIÁM ĐỐC", and the name printed under the signature.
   */
  public record Signer(String capacity, String title, String name, int sourceLine) {}
}
