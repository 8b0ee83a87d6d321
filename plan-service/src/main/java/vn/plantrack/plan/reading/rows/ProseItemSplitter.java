package vn.plantrack.plan.reading.rows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.Paragraphs;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.WarningKind;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Tasks written as prose, as a department writes its own sub-plan:
 *
 * <pre>
 * 1. Nâng cao nhận thức …                (a section: a numbered heading)
 * a) Thường xuyên phổ biến, tuyên truyền … (a task: a lettered item)
 * - Phòng chủ trì: Phòng Hành chính – Tổng hợp
 * - Phòng phối hợp: Các phòng chuyên môn thuộc Sở
 * - Thời gian: Thường xuyên
 * </pre>
 *
 * An item is a task only when labelled lines follow it (a lettered item without them is just text,
 * but one standing among tasks, under a heading whose other items are tasks, is an UNREAD_LINE
 * warning on its line); a numbered item followed directly by labelled lines is itself a task. A
 * numbered heading is a section only when tasks follow it. Roman chapters ("II. NHIỆM VỤ, GIẢI
 * PHÁP") restart the numbering. The rows come out in the fixed column order of {@link #HEADERS}.
 */
public final class ProseItemSplitter implements RowSplitter {
  /** The columns of the rows this splitter produces, as header cells for the column mapper. */
  public static final List<String> HEADERS =
      List.of(
          "TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Thời gian", "Theo dõi, đánh giá");

  private static final List<ColumnMeaning> FIELD_ORDER =
      List.of(
          ColumnMeaning.LEAD,
          ColumnMeaning.COOPERATING,
          ColumnMeaning.OUTPUT,
          ColumnMeaning.DEADLINE,
          ColumnMeaning.MONITORING);

  private static final Set<ColumnMeaning> FIELD_MEANINGS = Set.copyOf(FIELD_ORDER);

  /** "- Phòng chủ trì: …", "Thời gian : …" (folded), the label at most a few words. */
  private static final Pattern FIELD =
      Pattern.compile("^[-+•*]?\\s*([a-z][a-z0-9 ,/&-]{1,40}?)\\s*:\\s*(.*)$");

  private static final Pattern BULLET = Pattern.compile("^[-+•*]\\s");

  /** A labelled line: what the label means and the text after the colon. */
  record Field(ColumnMeaning meaning, String value) {}

  static Optional<Field> field(String text) {
    String folded = VietnameseText.fold(text);
    Matcher m = FIELD.matcher(folded);
    if (!m.matches() || m.group(1).split(" ").length > 6) {
      return Optional.empty();
    }
    ColumnMeaning meaning = ColumnMapper.meaningOf(m.group(1));
    if (meaning == ColumnMeaning.RESULT) {
      meaning = ColumnMeaning.OUTPUT;
    }
    if (!FIELD_MEANINGS.contains(meaning)) {
      return Optional.empty();
    }
    return Optional.of(new Field(meaning, text.substring(m.start(2)).strip()));
  }

  @Override
  public Split split(LayoutDetector.Detection detection, List<SourceLine> body) {
    List<Paragraphs.Paragraph> paragraphs = Paragraphs.of(body, new ItemStarts());
    return new Walk().rows(paragraphs, body.size());
  }

  /** Which lines open a new paragraph; numbered headings must continue the numbering. */
  private static final class ItemStarts implements Predicate<SourceLine> {
    private int lastTop;

    @Override
    public boolean test(SourceLine line) {
      String text = line.text();
      if (field(text).isPresent() || BULLET.matcher(text).find()) {
        return true;
      }
      if (text.startsWith("(") && text.endsWith(")")) {
        return true; // a note on a line of its own: "(Nhiệm vụ cụ thể chi tiết tại các Phụ lục …)"
      }
      Optional<Codes.Marker> marker = Codes.marker(text);
      if (marker.isEmpty()) {
        return false;
      }
      Codes.Code code = marker.get().code();
      if (code.kind() == Codes.Kind.SECTION) {
        // Numbering restarts at 1 under a Roman chapter, or goes on from the last chapter.
        return true;
      }
      if (code.kind() == Codes.Kind.NUMBER && code.depth() == 1) {
        int n = code.numbers().get(0);
        // "2025." at the start of a wrapped line is not item 2025.
        if (n != lastTop + 1 && n != 1) {
          return false;
        }
        lastTop = n;
      }
      return true;
    }
  }

  private static final class Walk {
    private final List<Row> rows = new ArrayList<>();
    private Item chapter;
    private boolean chapterEmitted;
    private Item parent;
    private boolean parentEmitted;
    private Item section;
    private boolean sectionEmitted;
    private boolean sectionHasLetters;
    private Item item;
    private boolean numberedItem;

    /** Items read as nothing, each with the heading it stood under (or {@link #BLOCK}). */
    private final List<Item[]> dropped = new ArrayList<>();

    /** Headings (sections, parents, chapters, the block) under which a task was read. */
    private final Set<Item> withTasks = new java.util.HashSet<>();

    private final Item block = new Item("", "", 0, "");

    Split rows(List<Paragraphs.Paragraph> paragraphs, int lineCount) {
      for (Paragraphs.Paragraph p : paragraphs) {
        Optional<Field> field = field(p.text());
        if (field.isPresent()) {
          if (item == null && section != null && !sectionHasLetters) {
            // A numbered item with its own labelled lines is a task, not a section.
            item = section;
            section = null;
            numberedItem = true;
          }
          if (item != null) {
            item.fields.merge(
                field.get().meaning(),
                new Cell(field.get().value(), p.firstLine()),
                (a, b) -> new Cell(a.text() + "\n" + b.text(), a.sourceLine()));
          }
          continue;
        }
        Optional<Codes.Marker> marker = Codes.marker(p.text());
        if (marker.isEmpty() && item != null && item.fields.isEmpty()) {
          item.title = item.title + "\n" + p.text();
          continue;
        }
        flush();
        if (marker.isEmpty()) {
          continue;
        }
        Codes.Code code = marker.get().code();
        String rest = marker.get().rest();
        switch (code.kind()) {
          case SECTION -> {
            dropSection();
            section = null;
            parent = null;
            chapter = new Item(code.value(), rest, p.firstLine(), p.text());
            chapterEmitted = false;
          }
          case NUMBER -> {
            if (section != null
                && !sectionHasLetters
                && section.fields.isEmpty()
                && code.value().startsWith(section.code + ".")) {
              // "2." then "2.1.", "2.2." with their labelled lines: 2 is their parent task.
              parent = section;
              parentEmitted = false;
            } else if (parent != null && !code.value().startsWith(parent.code + ".")) {
              parent = null;
            }
            if (parent != section) {
              dropSection();
            }
            section = new Item(code.value(), rest, p.firstLine(), p.text());
            sectionEmitted = false;
            sectionHasLetters = false;
          }
          case LETTER -> {
            item = new Item(code.value(), rest, p.firstLine(), p.text());
            sectionHasLetters = true;
          }
        }
      }
      flush();
      dropSection();
      List<ImportWarning> warnings = new ArrayList<>();
      for (Item[] d : dropped) {
        if (withTasks.contains(d[1])) {
          warnings.add(
              ImportWarning.of(
                  d[0].line,
                  WarningKind.UNREAD_LINE,
                  "Item "
                      + d[0].code
                      + " stands among tasks but is read as none: no labelled line (\"- Chủ"
                      + " trì: …\", \"- Thời gian: …\") follows it.",
                  d[0].printed));
        }
      }
      return new Split(List.copyOf(rows), lineCount, List.copyOf(warnings));
    }

    /** A numbered item that became neither a heading nor a task. */
    private void dropSection() {
      if (section != null && !sectionEmitted && !sectionHasLetters) {
        dropped.add(new Item[] {section, container()});
      }
    }

    private Item container() {
      return parent != null ? parent : chapter != null ? chapter : block;
    }

    private void flush() {
      if (item != null && item.fields.isEmpty() && !numberedItem) {
        dropped.add(new Item[] {item, section != null ? section : container()});
      }
      if (item != null && !item.fields.isEmpty()) {
        withTasks.add(item != section && section != null ? section : container());
        withTasks.add(container());
        if (numberedItem && chapter != null && !chapterEmitted) {
          // Numbered tasks straight under a Roman chapter: the chapter is their section.
          rows.add(chapter.row(Map.of(), true));
          chapterEmitted = true;
        }
        if (numberedItem && parent != null && !parentEmitted && item != parent) {
          rows.add(parent.row(Map.of(), false));
          parentEmitted = true;
        }
        if (section != null && !sectionEmitted && item != section) {
          rows.add(section.row(Map.of(), true));
          sectionEmitted = true;
        }
        rows.add(item.row(item.fields, false));
      }
      item = null;
      numberedItem = false;
    }
  }

  private static final class Item {
    private final String code;
    private final int line;
    private final Map<ColumnMeaning, Cell> fields = new EnumMap<>(ColumnMeaning.class);
    private final String printed;
    private String title;

    Item(String code, String title, int line, String printed) {
      this.code = code;
      this.title = title;
      this.line = line;
      this.printed = printed;
    }

    Row row(Map<ColumnMeaning, Cell> values, boolean heading) {
      List<Cell> cells = new ArrayList<>();
      cells.add(new Cell(code, line));
      cells.add(new Cell(title, line));
      for (ColumnMeaning meaning : FIELD_ORDER) {
        cells.add(values.getOrDefault(meaning, new Cell("", line)));
      }
      return new Row(line, cells, heading);
    }
  }
}
