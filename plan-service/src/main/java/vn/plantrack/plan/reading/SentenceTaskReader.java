package vn.plantrack.plan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.ImportedPlan.Section;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.WarningKind;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Tasks a plan writes as one numbered sentence each, in the chapter that lists its tasks ("II.
 * NHIỆM VỤ CỤ THỂ", "NHIỆM VỤ VÀ GIẢI PHÁP"):
 *
 * <pre>
 * 1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát cơ chế tài chính …, hoàn thành trong
 *    quý III năm 2026.
 * </pre>
 *
 * The lead is what comes before "chủ trì" (a few words, "Giao" dropped); the cooperating agencies
 * follow "phối hợp với" up to the verb that opens the task ("rà soát", "xây dựng", … written in
 * lower case, so "Sở Xây dựng" stays a name); the deadline is the closing phrase ", hoàn thành
 * trong …", ", thời hạn …" or ", thực hiện hằng năm / thường xuyên". A chapter is read so only when
 * one of its sentences reads as a task; the chapter is then their section. A numbered line of such
 * a chapter that does not read (no lead, no verb, nothing left for a title) is a warning on its
 * line, never dropped silently. "Tổ chức thực hiện" and the other chapters are never read for
 * tasks: their "Sở … chủ trì, phối hợp …" sentences assign the plan's follow-up, not its tasks.
 */
final class SentenceTaskReader {

  record Result(List<Section> sections, List<Task> tasks, List<ImportWarning> warnings) {}

  /** The parts of one task sentence, cut from its text. */
  record Sentence(String lead, String cooperating, String title, String deadline) {}

  private static final Pattern TASKS_CHAPTER = Pattern.compile("\\b(nhiem vu|giai phap)\\b");
  private static final Pattern OTHER_CHAPTER =
      Pattern.compile("\\b(to chuc thuc hien|kinh phi|muc dich|muc tieu|quan diem)\\b");

  /** "… chủ trì" within its first words: the sentence names its lead. */
  private static final Pattern LEAD = Pattern.compile("^(?:giao )?((?:\\S+ ){1,14}?)chu tri\\b");

  private static final Pattern COOPERATING = Pattern.compile("^,?\\s*phoi hop( voi)?\\s+");

  private static final Pattern DEADLINE =
      Pattern.compile(
          ",\\s*(?:hoan thanh|thoi han hoan thanh|thoi han|thoi gian hoan thanh|thoi gian"
              + "|thuc hien)\\s*:?\\s*(?:trong\\s+)?(.+)$");

  /** The verbs task sentences open with, folded; a verb must be written in lower case. */
  private static final List<String> VERBS =
      List.of(
          "ra soat",
          "xay dung",
          "to chuc",
          "trien khai",
          "huong dan",
          "tham muu",
          "ban hanh",
          "nghien cuu",
          "danh gia",
          "kiem tra",
          "theo doi",
          "tuyen truyen",
          "day manh",
          "hoan thien",
          "thuc hien",
          "bo tri",
          "phat trien",
          "nang cao",
          "nang cap",
          "de xuat",
          "chi dao",
          "ho tro",
          "thanh lap",
          "sap xep",
          "cap nhat",
          "so hoa",
          "dao tao",
          "boi duong",
          "khao sat",
          "tang cuong",
          "lap",
          "trinh",
          "xac dinh",
          "dau tu",
          "cong bo",
          "van hanh",
          "ket noi",
          "mo",
          "ky ket",
          "thu hut",
          "quan ly",
          "giam sat",
          "bao dam",
          "dam bao",
          "huy dong",
          "tong hop",
          "tap huan",
          "xuc tien",
          "quang ba",
          "thi diem",
          "chuan bi",
          "sua doi",
          "bo sung",
          "hoan thanh",
          "phoi hop",
          "xu ly",
          "cung cap");

  private SentenceTaskReader() {}

  static Result read(List<SourceLine> lines) {
    List<Section> sections = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      SourceLine line = lines.get(i);
      if (!Headings.isChapter(line)) {
        i++;
        continue;
      }
      Codes.Marker chapter = Codes.marker(line.text()).orElseThrow();
      int end = i + 1;
      while (end < lines.size() && !Headings.isChapter(lines.get(end))) {
        end++;
      }
      String title = VietnameseText.fold(chapter.rest());
      if (TASKS_CHAPTER.matcher(title).find() && !OTHER_CHAPTER.matcher(title).find()) {
        chapter(chapter, line.number(), lines.subList(i + 1, end), sections, tasks, warnings);
      }
      i = end;
    }
    if (tasks.stream().map(Task::code).distinct().count() < tasks.size()) {
      // Numbering restarts in each chapter: codes carry their chapter ("II.1", "III.1").
      tasks.replaceAll(SentenceTaskReader::inChapter);
    }
    return new Result(List.copyOf(sections), List.copyOf(tasks), List.copyOf(warnings));
  }

  private static Task inChapter(Task t) {
    String prefix = t.sectionCode() + ".";
    return new Task(
        prefix + t.code(),
        t.printedCode(),
        t.parentCode() == null ? null : prefix + t.parentCode(),
        t.sectionCode(),
        t.title(),
        t.leadText(),
        t.leadNames(),
        t.cooperatingText(),
        t.cooperatingNames(),
        t.outputText(),
        t.deadlineText(),
        t.monitoringText(),
        t.sourceLine());
  }

  /** One item: its marker, its sentence (wrapped lines joined) and its first line. */
  private record Item(Codes.Code code, String text, SourceLine line) {}

  private static void chapter(
      Codes.Marker chapter,
      int chapterLine,
      List<SourceLine> lines,
      List<Section> sections,
      List<Task> tasks,
      List<ImportWarning> warnings) {
    List<Item> items = items(lines);
    List<Optional<Sentence>> read = items.stream().map(it -> parse(it.text())).toList();
    if (read.stream().noneMatch(Optional::isPresent)) {
      return;
    }
    String section = chapter.code().value();
    sections.add(new Section(section, chapter.rest(), chapterLine));
    for (int k = 0; k < items.size(); k++) {
      Item item = items.get(k);
      Optional<Sentence> sentence = read.get(k);
      if (sentence.isEmpty()) {
        warnings.add(
            ImportWarning.of(
                item.line().number(),
                WarningKind.UNREAD_LINE,
                "Item "
                    + item.code().value()
                    + " of the tasks chapter \""
                    + chapter.rest()
                    + "\" is read as no task: no lead (\"… chủ trì\"), or its agencies, task"
                    + " and deadline cannot be told apart.",
                item.line().text()));
        continue;
      }
      Sentence s = sentence.get();
      String code = item.code().value();
      String parent = null;
      if (item.code().kind() == Codes.Kind.NUMBER && item.code().depth() > 1) {
        parent = item.code().value().substring(0, item.code().value().lastIndexOf('.'));
      }
      tasks.add(
          new Task(
              code,
              item.code().value(),
              parent,
              section,
              s.title(),
              s.lead(),
              OrganizationNames.split(s.lead()),
              s.cooperating(),
              s.cooperating() == null ? List.of() : OrganizationNames.split(s.cooperating()),
              null,
              s.deadline(),
              null,
              item.line().number()));
    }
  }

  /** Numbered and lettered items, each with the lines that continue its sentence. */
  private static List<Item> items(List<SourceLine> lines) {
    List<Item> items = new ArrayList<>();
    Codes.Code code = null;
    StringBuilder text = new StringBuilder();
    SourceLine first = null;
    for (SourceLine line : lines) {
      Optional<Codes.Marker> marker = Codes.marker(line.text());
      boolean opens = marker.isPresent() && marker.get().code().kind() != Codes.Kind.SECTION;
      if (opens || line.isBlank() || line.text().startsWith("-") || line.text().startsWith("+")) {
        if (code != null) {
          items.add(new Item(code, text.toString().strip(), first));
        }
        code = opens ? marker.get().code() : null;
        text.setLength(0);
        text.append(opens ? marker.get().rest() : "");
        first = line;
      } else if (code != null) {
        text.append(' ').append(line.text().strip());
      }
    }
    if (code != null) {
      items.add(new Item(code, text.toString().strip(), first));
    }
    return items;
  }

  /** The parts of a task sentence, or empty when it names no lead or cannot be cut. */
  static Optional<Sentence> parse(String sentence) {
    String text = sentence.strip().replaceAll("[.;]+$", "").strip();
    String folded = VietnameseText.fold(text);
    if (folded.length() != text.length()) {
      return Optional.empty();
    }
    Matcher lead = LEAD.matcher(folded);
    if (!lead.find()) {
      return Optional.empty();
    }
    String leadText = text.substring(lead.start(1), lead.end(1)).strip();
    int at = lead.end();
    String cooperating = null;
    Matcher with = COOPERATING.matcher(folded.substring(at));
    if (with.find()) {
      int from = at + with.end();
      int verb = verb(text, folded, from);
      if (verb < 0) {
        return Optional.empty();
      }
      cooperating = text.substring(from, verb).strip().replaceAll(",$", "").strip();
      at = verb;
    }
    String rest = text.substring(at).replaceAll("^[,:\\s]+", "");
    String restFolded = folded.substring(text.length() - rest.length());
    String deadline = null;
    Matcher due = DEADLINE.matcher(restFolded);
    if (due.find()) {
      deadline = rest.substring(due.start(1)).strip();
      rest = rest.substring(0, due.start()).strip();
    }
    if (rest.isEmpty() || leadText.isEmpty() || (cooperating != null && cooperating.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Sentence(leadText, cooperating, rest, deadline));
  }

  /** Where the first task verb written in lower case starts after {@code from}, or -1. */
  private static int verb(String text, String folded, int from) {
    int best = -1;
    for (String verb : VERBS) {
      Matcher m = Pattern.compile("(?<=\\s|^)" + Pattern.quote(verb) + "\\b").matcher(folded);
      m.region(from, folded.length());
      while (m.find()) {
        if (Character.isLowerCase(text.charAt(m.start()))) {
          if (best < 0 || m.start() < best) {
            best = m.start();
          }
          break;
        }
      }
    }
    return best;
  }
}
