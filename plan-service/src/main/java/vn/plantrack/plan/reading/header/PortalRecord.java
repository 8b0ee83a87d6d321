package vn.plantrack.plan.reading.header;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.SourceLines;

/**
 * The record the legal-documents portal appends to a text pasted from it ("- Số hiệu: …", "- Loại
 * văn bản: …", "- Ngày ban hành: …", "- Nơi ban hành: …", "- Người ký: …"): what the header reader
 * falls back on when the body lost a field (the portal often drops the signer's name from the
 * signature table). The first value of each field counts.
 */
final class PortalRecord {
  private static final Pattern FIELD =
      Pattern.compile(
          "^-\\s*(so hieu|loai van ban|ngay ban hanh|noi ban hanh|nguoi ky)\\s*:\\s*(.+)$");

  /** One value of the record, as printed, with its line. */
  record Value(String text, int line) {}

  private final Map<String, Value> fields = new HashMap<>();

  private PortalRecord() {}

  static PortalRecord of(SourceLines lines) {
    PortalRecord record = new PortalRecord();
    for (SourceLine line : lines.all()) {
      Matcher m = FIELD.matcher(line.folded());
      if (m.matches()) {
        record.fields.putIfAbsent(
            m.group(1), new Value(line.text().substring(m.start(2)).strip(), line.number()));
      }
    }
    return record;
  }

  /** "Số hiệu": the document's number. */
  Optional<Value> number() {
    return field("so hieu");
  }

  /** "Loại văn bản": the document type ("Kế hoạch"). */
  Optional<Value> documentType() {
    return field("loai van ban");
  }

  /** "Ngày ban hành": the date of issue, "dd/MM/yyyy". */
  Optional<Value> issuedOn() {
    return field("ngay ban hanh");
  }

  /** "Nơi ban hành": the issuing place ("Tỉnh Kon Tum"). */
  Optional<Value> issuedAt() {
    return field("noi ban hanh");
  }

  /** "Người ký": the signer's name. */
  Optional<Value> signedBy() {
    return field("nguoi ky");
  }

  private Optional<Value> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }
}
