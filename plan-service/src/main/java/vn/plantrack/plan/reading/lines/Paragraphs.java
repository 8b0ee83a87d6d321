package vn.plantrack.plan.reading.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Joins prose lines into paragraphs. Text extracted from PDF or OCR breaks every printed line
 * (often with an empty line after each), so a line continues the paragraph before it unless it
 * begins a new item (a heading, a numbered or lettered item, a bullet, a labelled line), which the
 * caller decides. Empty lines carry nothing.
 */
public final class Paragraphs {

  /** A paragraph's text, the line it starts on, and where each of its lines begins. */
  public record Paragraph(String text, int firstLine, List<int[]> starts) {
    /** The source line holding the character at {@code offset} of {@link #text}. */
    public int lineAt(int offset) {
      int line = firstLine;
      for (int[] start : starts) {
        if (start[0] <= offset) {
          line = start[1];
        }
      }
      return line;
    }
  }

  private Paragraphs() {}

  /** {@code startsNew} is asked about every non-blank line in order, so it may keep state. */
  public static List<Paragraph> of(List<SourceLine> lines, Predicate<SourceLine> startsNew) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = null;
    List<int[]> starts = null;
    int first = 0;
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String content = line.text().replace('\t', ' ').strip();
      if (startsNew.test(line) || text == null) {
        if (text != null) {
          paragraphs.add(new Paragraph(text.toString(), first, List.copyOf(starts)));
        }
        text = new StringBuilder();
        starts = new ArrayList<>();
        first = line.number();
      } else if (!joinsWithoutSpace(text)) {
        text.append(' ');
      }
      starts.add(new int[] {text.length(), line.number()});
      text.append(content);
    }
    if (text != null) {
      paragraphs.add(new Paragraph(text.toString(), first, List.copyOf(starts)));
    }
    return paragraphs;
  }

  /** "57-" at the end of a line and "NQ/TW" on the next are one code: "57-NQ/TW". */
  private static boolean joinsWithoutSpace(StringBuilder text) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '-' && !Character.isWhitespace(text.charAt(n - 2));
  }
}
