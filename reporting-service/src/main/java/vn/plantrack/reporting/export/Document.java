package vn.plantrack.reporting.export;

import java.util.List;
import java.util.Objects;

/**
 * A report as the renderers receive it, composed once by {@link ReportComposer}: the blocks of the
 * paged document (DOCX, PDF) in reading order, and the sheets of the workbook (XLSX). Every word
 * and the order of every part are set here; a renderer only chooses fonts, sizes in points, widths
 * and borders.
 *
 * @param pageNumbers number the pages at the top centre from the second page on
 */
record Document(Info info, List<Block> pages, List<Sheet> sheets, boolean pageNumbers) {

  Document {
    Objects.requireNonNull(info, "info");
    pages = List.copyOf(pages);
    sheets = List.copyOf(sheets);
  }

  /** What a file says about itself (PDF document information, DOCX core properties). */
  record Info(String title, String author, String subject, String creator, String language) {}

  /** A size in the report's hierarchy; each renderer maps it to points. */
  enum Size {
    TITLE,
    BODY,
    SMALL,
    TABLE,
    ANNEX
  }

  enum Style {
    REGULAR,
    BOLD,
    ITALIC,
    BOLD_ITALIC
  }

  enum Align {
    LEFT,
    CENTER
  }

  /** A piece of a paragraph in one style. */
  record Span(String text, Style style) {
    static Span of(String text) {
      return new Span(text, Style.REGULAR);
    }

    static Span bold(String text) {
      return new Span(text, Style.BOLD);
    }
  }

  /** Anything a paged document holds. */
  sealed interface Block
      permits SheetBlock, AdministrativeHeader, Heading, Rule, Signature, PageBreak {}

  /** What a workbook sheet can hold. */
  sealed interface SheetBlock extends Block permits Paragraph, Blank, Table, Fields {}

  /**
   * One line of the administrative header or the signature block.
   *
   * @param rule above 0: a short rule under the line, that share of its column wide
   */
  record Line(String text, Style style, Size size, float rule) {
    static Line of(String text, Style style, Size size) {
      return new Line(text, style, size, 0);
    }
  }

  /**
   * The heading of an administrative document (Nghị định 30/2020/NĐ-CP): the issuing body and the
   * number on the left, the national name, motto and place-and-date on the right; no borders.
   */
  record AdministrativeHeader(List<Line> left, List<Line> right) implements Block {
    AdministrativeHeader {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }
  }

  /**
   * A paragraph: centred (the title lines) or body text (justified, its first line indented). Line
   * breaks inside a span are kept.
   */
  record Paragraph(List<Span> spans, Size size, boolean centered) implements SheetBlock {
    Paragraph {
      spans = List.copyOf(spans);
    }

    static Paragraph body(String text) {
      return new Paragraph(List.of(Span.of(text)), Size.BODY, false);
    }

    static Paragraph centered(String text, Style style, Size size) {
      return new Paragraph(List.of(new Span(text, style)), size, true);
    }

    String text() {
      StringBuilder s = new StringBuilder();
      spans.forEach(p -> s.append(p.text()));
      return s.toString();
    }
  }

  /**
   * A section heading ("I. …", level 1) or a sub-heading ("1. …", level 2), kept with what follows.
   */
  record Heading(int level, String text) implements Block {}

  /** A short centred rule, that share of the text width wide (under a title). */
  record Rule(float share) implements Block {}

  /** An empty line (an empty row in a sheet). */
  record Blank() implements SheetBlock {}

  /** A table column: its header, its share of the table's width, and how its cells align. */
  record Column(String header, int weight, Align align) {
    static Column left(String header, int weight) {
      return new Column(header, weight, Align.LEFT);
    }

    static Column center(String header, int weight) {
      return new Column(header, weight, Align.CENTER);
    }
  }

  /** What a cell holds: text, or a number or share that a workbook keeps as a number. */
  enum Kind {
    TEXT,
    NUMBER,
    PERCENT
  }

  /**
   * A cell: the text the paged documents print; for a number or a share, also its value.
   *
   * @param value the number, or the share (0–1) of a percentage; null for text
   */
  record Cell(String text, Double value, Kind kind) {
    Cell {
      text = text == null ? "" : text;
    }

    static Cell text(String text) {
      return new Cell(text, null, Kind.TEXT);
    }

    static Cell number(int n) {
      return new Cell(Integer.toString(n), (double) n, Kind.NUMBER);
    }

    /** An empty cell for null. */
    static Cell number(Integer n) {
      return n == null ? text("") : number(n.intValue());
    }

    /** {@code part} of {@code whole}, printed as {@code printed} ("58,3%"). */
    static Cell percent(String printed, int part, int whole) {
      return new Cell(printed, whole == 0 ? 0 : (double) part / whole, Kind.PERCENT);
    }
  }

  /** A row of cells; a bold one is a total. */
  record Row(List<Cell> cells, boolean bold) {
    Row {
      cells = List.copyOf(cells);
    }

    static Row of(Cell... cells) {
      return new Row(List.of(cells), false);
    }
  }

  /**
   * A bordered table with a header row (repeated on each page of a paged document, frozen and
   * filtered when it opens a sheet).
   */
  record Table(List<Column> columns, List<Row> rows, Size size) implements SheetBlock {
    Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** Labels and their values, one pair a row (the heading of a summary sheet). */
  record Fields(List<Field> fields) implements SheetBlock {
    Fields {
      fields = List.copyOf(fields);
    }
  }

  record Field(String label, String value) {}

  /** The recipients ("Nơi nhận") on the left, the signer's title on the right; no borders. */
  record Signature(List<Line> recipients, List<Line> signer) implements Block {
    Signature {
      recipients = List.copyOf(recipients);
      signer = List.copyOf(signer);
    }
  }

  /** What follows starts a new page, landscape or portrait. */
  record PageBreak(boolean landscape) implements Block {}

  /**
   * A sheet of the workbook.
   *
   * @param widths the width of each column, in characters
   */
  record Sheet(String name, List<SheetBlock> blocks, List<Integer> widths) {
    Sheet {
      blocks = List.copyOf(blocks);
      widths = List.copyOf(widths);
    }
  }
}
