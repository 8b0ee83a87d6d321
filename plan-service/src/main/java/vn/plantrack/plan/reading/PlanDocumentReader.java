package vn.plantrack.plan.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.plantrack.plan.reading.ImportedPlan.Counts;
import vn.plantrack.plan.reading.ImportedPlan.Indicator;
import vn.plantrack.plan.reading.ImportedPlan.IndicatorSection;
import vn.plantrack.plan.reading.ImportedPlan.Section;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.header.HeaderReader;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.SourceLines;
import vn.plantrack.plan.reading.lines.WarningKind;
import vn.plantrack.plan.reading.rows.ColumnMapper;
import vn.plantrack.plan.reading.rows.ColumnMapper.ColumnMap;
import vn.plantrack.plan.reading.rows.Layout;
import vn.plantrack.plan.reading.rows.LayoutDetector;
import vn.plantrack.plan.reading.rows.ProseItemSplitter;
import vn.plantrack.plan.reading.rows.RowSplitter;

/**
 * Stage 6, the facade: reads a pasted plan into a structured draft.
 *
 * <p>The text is cut into blocks at appendix headings ("PHỤ LỤC I", "DANH MỤC CÁC NHIỆM VỤ …"); in
 * each block the {@link LayoutDetector} finds a table header (or labelled prose items), the {@link
 * ColumnMapper} says what its columns hold and whether it lists tasks or indicators, the {@link
 * RowSplitter} for its layout cuts the rows, and the task or indicator reader turns rows into
 * records; a block may hold several tables one after the other. An appendix heading under which
 * nothing is found is reported.
 */
public final class PlanDocumentReader {

  /** A block of lines: the body, or an appendix from its heading to the next one. */
  private record Block(int from, int to, boolean appendix, String title) {}

  public ImportedPlan read(String text) {
    SourceLines lines = SourceLines.of(text);
    HeaderReader.Result header = HeaderReader.read(lines);
    List<ImportWarning> warnings = new ArrayList<>(header.warnings());
    Integer year = header.header().issuedOn() == null ? null : header.header().issuedOn().getYear();
    List<Section> sections = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<IndicatorSection> indicatorSections = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    for (Block block : blocks(lines)) {
      boolean found = false;
      int from = block.from();
      while (from < block.to()) {
        List<SourceLine> part = lines.range(from, block.to());
        LayoutDetector.Detection detection = LayoutDetector.detect(part);
        if (detection.layout() == Layout.NONE) {
          break;
        }
        if (detection.layout() == Layout.PROSE_ITEMS) {
          List<SourceLine> prose = part.subList(0, detection.blockEnd());
          RowSplitter.Split split = new ProseItemSplitter().split(detection, prose);
          TaskReader.Result read =
              TaskReader.read(split.rows(), ColumnMapper.map(ProseItemSplitter.HEADERS, year));
          sections.addAll(read.sections());
          tasks.addAll(read.tasks());
          warnings.addAll(read.warnings());
          warnings.addAll(split.warnings());
          found |= !read.tasks().isEmpty();
          from += Math.max(detection.blockEnd(), 1);
          continue;
        }
        ColumnMap columns = ColumnMapper.map(detection.headerCells(), year);
        int headerLine = part.get(detection.headerStart()).number();
        for (ColumnMapper.Column column : columns.columns()) {
          if (ColumnMapper.gluedTitle(column.header())) {
            warnings.add(
                ImportWarning.of(
                    headerLine,
                    WarningKind.DOUBTFUL_READING,
                    "Column \""
                        + column.header()
                        + "\" is read as "
                        + column.meaning().name().toLowerCase(java.util.Locale.ROOT)
                        + " with words the scan glued together taken apart; check its title.",
                    part.get(detection.headerStart()).text()));
          }
        }
        for (ColumnMapper.Column column : columns.unknown()) {
          warnings.add(
              ImportWarning.of(
                  headerLine,
                  WarningKind.UNKNOWN_COLUMN,
                  "Column \"" + column.header() + "\" is not understood; its cells are not read.",
                  part.get(detection.headerStart()).text()));
        }
        List<SourceLine> body = part.subList(detection.headerEnd() + 1, part.size());
        RowSplitter.Split split = RowSplitter.forLayout(detection.layout()).split(detection, body);
        warnings.addAll(split.warnings());
        if (columns.kind() == ColumnMapper.TableKind.INDICATORS) {
          IndicatorReader.Result read = IndicatorReader.read(split.rows(), columns);
          indicatorSections.addAll(read.sections());
          indicators.addAll(read.indicators());
          warnings.addAll(read.warnings());
        } else {
          TaskReader.Result read = TaskReader.read(split.rows(), columns);
          sections.addAll(read.sections());
          tasks.addAll(read.tasks());
          warnings.addAll(read.warnings());
        }
        found |= !split.rows().isEmpty();
        int afterHeader = part.get(detection.headerEnd()).number() + 1;
        from = afterHeader + split.consumedLines();
      }
      if (!found) {
        // No table or labelled prose: tasks may be written as one numbered sentence each.
        SentenceTaskReader.Result read =
            SentenceTaskReader.read(lines.range(block.from(), block.to()));
        sections.addAll(read.sections());
        tasks.addAll(read.tasks());
        warnings.addAll(read.warnings());
        found = !read.tasks().isEmpty();
      }
      if (block.appendix() && !found) {
        warnings.add(
            ImportWarning.of(
                block.from(),
                WarningKind.UNKNOWN_HEADING,
                "No table of tasks or indicators was found under the heading \""
                    + block.title()
                    + "\".",
                block.title()));
      }
    }
    warnings.sort(Comparator.comparingInt(ImportWarning::sourceLine));
    Counts counts =
        new Counts(
            sections.size(),
            (int) tasks.stream().filter(t -> t.parentCode() == null).count(),
            (int) tasks.stream().filter(t -> t.parentCode() != null).count(),
            (int) indicators.stream().filter(i -> i.parentCode() == null).count(),
            (int) indicators.stream().filter(i -> i.parentCode() != null).count(),
            warnings.size());
    return new ImportedPlan(
        header.header(),
        List.copyOf(sections),
        List.copyOf(tasks),
        List.copyOf(indicatorSections),
        List.copyOf(indicators),
        List.copyOf(warnings),
        counts);
  }

  /**
   * The body, then one block per appendix heading. Headings next to each other ("PHỤ LỤC I" / "DANH
   * MỤC CÁC CHỈ TIÊU" / "(Kèm theo Kế hoạch số …)") open one block, titled by all of them.
   */
  private static List<Block> blocks(SourceLines lines) {
    List<Block> blocks = new ArrayList<>();
    int start = 1;
    boolean appendix = false;
    String title = null;
    int n = 1;
    while (n <= lines.size()) {
      if (!Headings.isAppendix(lines.line(n))) {
        n++;
        continue;
      }
      blocks.add(new Block(start, n, appendix, title));
      start = n;
      appendix = true;
      List<String> parts = new ArrayList<>();
      while (n <= lines.size()) {
        SourceLine line = lines.line(n);
        boolean heading =
            Headings.isAppendix(line)
                || line.folded().startsWith("(kem theo")
                || (Headings.isUpper(line.text())
                    && line.text().indexOf('|') < 0
                    && line.text().length() > 10);
        if (!line.isBlank() && !heading) {
          break;
        }
        if (!line.isBlank()) {
          parts.add(line.text());
        }
        n++;
      }
      title = String.join(" ", parts);
    }
    blocks.add(new Block(start, lines.size() + 1, appendix, title));
    return blocks;
  }
}
