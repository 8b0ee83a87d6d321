package vn.plantrack.plan.corpus;

import java.util.ArrayList;
import java.util.List;
import vn.plantrack.plan.corpus.CorpusPlan.Block;

/**
 * A corpus document as text extraction tools leave it, by the family's {@code style}: "pipe" (the
 * legal-documents portal: "a | b |", merged cells as empty ones), "tabs" (Word tables pasted as
 * text, cells by tabs, optionally led by one), "cells" (a browser copying an HTML table: one cell
 * per line, an empty cell a non-breaking space). Debris, each named in {@code debris}: "blank-rows"
 * (an empty line between rows), "bookmarks" ("[bookmark: _Toc…]" lines), "fields" (field codes left
 * by converters), "repeat-header" (the header again in the middle of a table, as on a new page),
 * "page-numbers" (a page number line where the header repeats), "wrap" (long cells wrapped on a
 * second line).
 */
final class TextRendering {
  private static final String NBSP = "\u00a0";

  private TextRendering() {}

  static String render(CorpusPlan plan) {
    List<String> out = new ArrayList<>();
    String style = plan.option("style");
    int tables = 0;
    for (Block block : plan.blocks()) {
      if (block instanceof CorpusPlan.Paragraph p) {
        out.add(p.text());
      } else if (block instanceof CorpusPlan.SideBySide s) {
        out.add(s.left() + " | " + s.right() + " |");
      } else if (block instanceof CorpusPlan.PageBreak) {
        if (plan.debris("page-numbers")) {
          out.add(String.valueOf(out.size() / 40 + 1));
        }
      } else if (block instanceof CorpusPlan.Table t) {
        tables++;
        if (plan.debris("bookmarks")) {
          out.add("[bookmark: _Toc19" + tables + "4471]");
        }
        table(plan, style, t, out);
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static void table(CorpusPlan plan, String style, CorpusPlan.Table t, List<String> out) {
    row(plan, style, t.header(), t.header().size(), out, true);
    int half = t.rows().size() / 2;
    for (int i = 0; i < t.rows().size(); i++) {
      if (plan.debris("repeat-header") && i == half && i > 0) {
        if (plan.debris("page-numbers")) {
          out.add(String.valueOf(i));
        }
        if (plan.debris("fields")) {
          out.add("PAGE \\* MERGEFORMAT " + (i / 3 + 2));
        }
        row(plan, style, t.header(), t.header().size(), out, true);
      }
      if (plan.debris("blank-rows")) {
        out.add("");
      }
      row(plan, style, t.rows().get(i), t.header().size(), out, false);
    }
    out.add("");
  }

  private static void row(
      CorpusPlan plan,
      String style,
      List<String> row,
      int width,
      List<String> out,
      boolean header) {
    List<String> cells = new ArrayList<>(row);
    while (cells.size() < width) {
      cells.add("");
    }
    switch (style) {
      case "tabs" -> {
        String lead = plan.debris("leading-tab") ? "\t" : "";
        out.add(lead + String.join("\t", cells));
      }
      case "cells" -> {
        for (String cell : cells) {
          if (plan.debris("blank-cells")) {
            out.add("");
          }
          out.add(cell.isEmpty() ? NBSP : cell);
        }
      }
      default -> {
        if (!header && plan.debris("wrap")) {
          // The portal breaks a long row where the title cell wraps.
          String title = cells.get(1);
          int cut = title.indexOf(' ', title.length() / 2);
          if (cut > 0 && title.length() > 60) {
            out.add(cells.get(0) + " | " + title.substring(0, cut));
            cells.set(1, title.substring(cut + 1));
            out.add(String.join(" | ", cells.subList(1, cells.size())) + " |");
            return;
          }
        }
        out.add(String.join(" | ", cells) + " |");
      }
    }
  }
}
