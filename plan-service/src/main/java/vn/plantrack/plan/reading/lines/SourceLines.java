package vn.plantrack.plan.reading.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Stage 1: the pasted text as numbered, normalized lines. Nothing is dropped or merged here, so
 * line numbers stay those of the pasted text.
 */
public final class SourceLines {
  private final List<SourceLine> lines;

  private SourceLines(List<SourceLine> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * What converters leave in a text that is no part of the document: Word bookmarks ("[bookmark:
   * _Toc1234]"), field codes ("PAGE \\* MERGEFORMAT 3", "PAGEREF _Toc123 \\h 5", "HYPERLINK \"…\"",
   * "TOC \\o …"). Such a line reads as blank; its number stays.
   */
  private static final Pattern DEBRIS =
      Pattern.compile(
          "^\\s*(\\[bookmark:[^\\]]*\\]\\s*)+$"
              + "|^\\s*\\{?\\s*(PAGE|NUMPAGES|PAGEREF|HYPERLINK|TOC|REF|SEQ)\\b.*(\\\\[*a-z]|MERGEFORMAT|_Toc).*$");

  public static SourceLines of(String text) {
    String[] parts = (text == null ? "" : text).split("\\r\\n|\\r|\\n", -1);
    List<SourceLine> lines = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      String normalized = DEBRIS.matcher(parts[i]).matches() ? "" : normalizeKeepingTabs(parts[i]);
      lines.add(
          new SourceLine(
              i + 1, parts[i], normalized, OcrSpelling.repair(VietnameseText.fold(normalized))));
    }
    return new SourceLines(lines);
  }

  /**
   * Normalizes each tab-separated piece on its own so the tabs survive ({@code normalize} would
   * turn them into spaces). A line with a single non-empty piece is an indented line, not a row.
   */
  static String normalizeKeepingTabs(String raw) {
    if (raw.indexOf('\t') < 0) {
      return VietnameseText.normalize(raw);
    }
    String[] pieces = raw.split("\t", -1);
    StringJoiner joined = new StringJoiner("\t");
    int nonEmpty = 0;
    String only = "";
    for (String piece : pieces) {
      String normalized = VietnameseText.normalize(piece);
      if (!normalized.isEmpty()) {
        nonEmpty++;
        only = normalized;
      }
      joined.add(normalized);
    }
    return nonEmpty <= 1 ? only : joined.toString();
  }

  public List<SourceLine> all() {
    return lines;
  }

  public int size() {
    return lines.size();
  }

  /** The line with this 1-based number. */
  public SourceLine line(int number) {
    return lines.get(number - 1);
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive), both 1-based. */
  public List<SourceLine> range(int from, int to) {
    return lines.subList(Math.max(0, from - 1), Math.max(Math.max(0, from - 1), to - 1));
  }
}
