package vn.plantrack.plan.reading.header;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.Paragraphs;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.SourceLines;
import vn.plantrack.plan.reading.lines.WarningKind;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Reads reporting rules from the "Tổ chức thực hiện" part of a plan.
 *
 * <p>A sentence is about reporting when it says "báo cáo" and names a period ("định kỳ", "hằng
 * năm", "6 tháng", "quý", …) or a time limit ("chậm nhất sau 05 ngày kể từ …"). Plans list the
 * periods and then, in parentheses or not, when they are due, a due phrase covering the periods
 * listed before it: "Báo cáo tháng (trước ngày 10 hàng tháng), quý, 6 tháng, 9 tháng (trước ngày 10
 * của tháng cuối quý); Báo cáo năm (trước ngày 10 tháng 11 hàng năm)". A 6-month and a yearly
 * report due on two calendar dates ("định kỳ 06 tháng, hằng năm … trước ngày 01/6 và trước ngày
 * 15/11") are one rule twice a year. "Đột xuất" without a time limit is on request and makes no
 * rule. A reporting sentence from which no period can be read ("định kỳ … theo quy định") is a
 * warning.
 */
public final class ReportingRuleReader {

  public record Result(List<ReportingRuleAsRead> rules, List<ImportWarning> warnings) {}

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<half>\\b0?6 thang\\b|\\bsau thang\\b|\\bnua nam\\b)"
              + "|(?<nine>\\b0?9 thang\\b|\\bchin thang\\b)"
              + "|(?<twelve>\\b12 thang\\b)"
              + "|(?<quarter>\\b(?:hang |moi )?quy\\b(?! (?:dinh|che|trinh|mo|hoach|tac|chuan|luat"
              + "|phat|dau|nay|i|ii|iii|iv)\\b))"
              + "|(?<week>\\b(?:hang |moi )?tuan\\b)"
              + "|(?<year>\\b(?:hang|moi) nam\\b|\\bbao cao nam\\b"
              + "|(?<=, |va |hoac )nam\\b(?= ?[,;.(]| va | hoac |$))"
              + "|(?<month>\\b(?:hang|moi) thang\\b|\\bbao cao thang\\b"
              + "|(?<=, |va |hoac )thang\\b(?= ?[,;.(]| va | hoac |$))"
              + "|(?<adhoc>\\bdot xuat\\b)");

  private static final Pattern BARE_DUE =
      Pattern.compile(
          "\\btruoc (?:ngay \\d{1,2}(?:\\s?/\\s?\\d{1,2}| thang \\d{1,2})?|(?:ngay )?thu \\w+"
              + "|(?:ngay )?chu nhat)");

  private static final Pattern WITHIN =
      Pattern.compile(
          "\\b(?:cham nhat|trong vong|trong thoi han|trong)\\s+(?:sau\\s+)?(\\d{1,3})\\s+ngay"
              + "(?:\\s+lam viec)?\\s+(?:ke tu|sau khi|tu)");

  private record Event(int position, FrequencyAsRead frequency, DuePhrase due) {}

  private ReportingRuleReader() {}

  /** Reads the rules of a whole document from its "Tổ chức thực hiện" part (or its body). */
  public static Result read(SourceLines lines) {
    return readPart(part(lines));
  }

  /** Reads the rules from the sentences of some lines of prose. */
  public static Result readPart(List<SourceLine> part) {
    List<ReportingRuleAsRead> rules = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    List<Paragraphs.Paragraph> paragraphs =
        Paragraphs.of(
            part,
            line -> Codes.marker(line.text()).isPresent() || line.text().matches("^[-+•*]\\s.*"));
    for (Paragraphs.Paragraph paragraph : paragraphs) {
      String text = paragraph.text();
      int start = 0;
      Matcher end = Pattern.compile("[.!?]\\s+(?=[\\p{Lu}\"“])").matcher(text);
      while (true) {
        boolean found = end.find();
        int stop = found ? end.start() + 1 : text.length();
        int offset = start;
        Result result =
            readSentence(text.substring(start, stop), i -> paragraph.lineAt(offset + i));
        rules.addAll(result.rules());
        warnings.addAll(result.warnings());
        if (!found) {
          break;
        }
        start = end.end();
      }
    }
    return new Result(List.copyOf(rules), List.copyOf(warnings));
  }

  /** The rules one sentence states; {@code lineAt} maps a position in it to a source line. */
  public static Result readSentence(String sentence, IntUnaryOperator lineAt) {
    String folded = VietnameseText.fold(sentence);
    if (!folded.contains("bao cao")) {
      return new Result(List.of(), List.of());
    }
    List<ImportWarning> warnings = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    char[] masked = folded.toCharArray();
    int open = folded.indexOf('(');
    while (open >= 0) {
      int close = folded.indexOf(')', open);
      if (close < 0) {
        break;
      }
      String inside = folded.substring(open + 1, close);
      if (inside.contains("truoc")) {
        DuePhrase due = DuePhrase.read(inside);
        if (!due.readable()) {
          warnings.add(
              ImportWarning.of(
                  lineAt.applyAsInt(open),
                  WarningKind.UNREADABLE_REPORTING_RULE,
                  "A report's due date could not be read: ("
                      + sentence.substring(open + 1, close)
                      + ").",
                  sentence));
        }
        events.add(new Event(open, null, due));
      }
      for (int i = open + 1; i < close; i++) {
        masked[i] = ' ';
      }
      open = folded.indexOf('(', close);
    }
    String text = new String(masked);
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      events.add(new Event(token.start(), frequency(token), null));
    }
    Matcher bare = BARE_DUE.matcher(text);
    while (bare.find()) {
      events.add(new Event(bare.start(), null, DuePhrase.read(bare.group())));
    }
    events.sort(Comparator.comparingInt(Event::position));
    List<ReportingRuleAsRead> rules = rules(sentence, events, lineAt, warnings);
    Matcher within = WITHIN.matcher(text);
    if (within.find()) {
      rules.add(
          new ReportingRuleAsRead(
              lineAt.applyAsInt(within.start()),
              sentence.strip(),
              FrequencyAsRead.AD_HOC,
              null,
              null,
              null,
              List.of(),
              Integer.valueOf(within.group(1))));
    }
    boolean periodic = folded.contains("dinh ky");
    boolean anyDue = events.stream().anyMatch(e -> e.due() != null);
    if (rules.isEmpty() && (periodic || anyDue)) {
      int at = periodic ? folded.indexOf("dinh ky") : folded.indexOf("bao cao");
      warnings.add(
          ImportWarning.of(
              lineAt.applyAsInt(at),
              WarningKind.UNREADABLE_REPORTING_RULE,
              "A sentence about reporting names no frequency or time limit that could be read.",
              sentence));
    }
    return new Result(rules, warnings);
  }

  private static List<ReportingRuleAsRead> rules(
      String sentence, List<Event> events, IntUnaryOperator lineAt, List<ImportWarning> warnings) {
    List<ReportingRuleAsRead> rules = new ArrayList<>();
    List<Event> periods = new ArrayList<>();
    List<DuePhrase> dues = new ArrayList<>();
    for (int i = 0; i <= events.size(); i++) {
      Event event = i < events.size() ? events.get(i) : null;
      boolean groupEnds = event == null || (event.frequency() != null && !dues.isEmpty());
      if (groupEnds) {
        rules.addAll(group(sentence, periods, dues, lineAt, warnings));
        periods = new ArrayList<>();
        dues = new ArrayList<>();
      }
      if (event == null) {
        break;
      }
      if (event.frequency() != null) {
        if (event.frequency() != FrequencyAsRead.AD_HOC) {
          periods.add(event);
        }
      } else {
        dues.add(event.due());
      }
    }
    return mergeTwiceYearly(rules);
  }

  /** The periods listed together and the due phrases after them. */
  private static List<ReportingRuleAsRead> group(
      String sentence,
      List<Event> periods,
      List<DuePhrase> dues,
      IntUnaryOperator lineAt,
      List<ImportWarning> warnings) {
    List<ReportingRuleAsRead> rules = new ArrayList<>();
    if (periods.isEmpty()) {
      return rules;
    }
    Set<FrequencyAsRead> kinds = EnumSet.noneOf(FrequencyAsRead.class);
    periods.forEach(p -> kinds.add(p.frequency()));
    if (dues.size() == 2
        && kinds.equals(EnumSet.of(FrequencyAsRead.HALF_YEARLY, FrequencyAsRead.YEARLY))
        && dues.stream().allMatch(d -> d.day() != null && d.month() != null)) {
      rules.add(
          new ReportingRuleAsRead(
              lineAt.applyAsInt(periods.get(0).position()),
              sentence.strip(),
              FrequencyAsRead.TWICE_YEARLY,
              null,
              null,
              null,
              List.of(dues.get(0).monthDay(), dues.get(1).monthDay()),
              null));
      return rules;
    }
    if (dues.size() > 1 && dues.size() != periods.size()) {
      warnings.add(
          ImportWarning.of(
              lineAt.applyAsInt(periods.get(0).position()),
              WarningKind.UNREADABLE_REPORTING_RULE,
              dues.size()
                  + " due dates for "
                  + periods.size()
                  + " report periods: which is due when could not be read.",
              sentence));
    }
    for (int i = 0; i < periods.size(); i++) {
      DuePhrase due =
          dues.size() == 1
              ? dues.get(0)
              : dues.size() == periods.size() ? dues.get(i) : new DuePhrase(null, null, null);
      rules.add(rule(sentence, periods.get(i), due, lineAt));
    }
    return rules;
  }

  private static ReportingRuleAsRead rule(
      String sentence, Event period, DuePhrase due, IntUnaryOperator lineAt) {
    FrequencyAsRead frequency = period.frequency();
    boolean weekly = frequency == FrequencyAsRead.WEEKLY;
    boolean dated = frequency == FrequencyAsRead.YEARLY || frequency == FrequencyAsRead.HALF_YEARLY;
    return new ReportingRuleAsRead(
        lineAt.applyAsInt(period.position()),
        sentence.strip(),
        frequency,
        weekly ? null : due.day(),
        dated ? due.month() : null,
        weekly ? due.weekday() : null,
        List.of(),
        null);
  }

  /**
   * A 6-month report due on a calendar date and a yearly one due on another ("6 tháng (trước ngày
   * 15/6) và hằng năm (trước ngày 15/12)") are one report twice a year.
   */
  private static List<ReportingRuleAsRead> mergeTwiceYearly(List<ReportingRuleAsRead> rules) {
    ReportingRuleAsRead half = null;
    ReportingRuleAsRead year = null;
    for (ReportingRuleAsRead rule : rules) {
      if (rule.frequency() == FrequencyAsRead.HALF_YEARLY && rule.dueMonth() != null) {
        half = rule;
      } else if (rule.frequency() == FrequencyAsRead.YEARLY && rule.dueMonth() != null) {
        year = rule;
      }
    }
    if (half == null || year == null) {
      return rules;
    }
    List<ReportingRuleAsRead> merged = new ArrayList<>();
    for (ReportingRuleAsRead rule : rules) {
      if (rule == half) {
        merged.add(
            new ReportingRuleAsRead(
                half.sourceLine(),
                half.text(),
                FrequencyAsRead.TWICE_YEARLY,
                null,
                null,
                null,
                List.of(
                    new DuePhrase(half.dueDay(), half.dueMonth(), null).monthDay(),
                    new DuePhrase(year.dueDay(), year.dueMonth(), null).monthDay()),
                null));
      } else if (rule != year) {
        merged.add(rule);
      }
    }
    return merged;
  }

  private static FrequencyAsRead frequency(Matcher token) {
    if (token.group("half") != null) {
      return FrequencyAsRead.HALF_YEARLY;
    }
    if (token.group("nine") != null) {
      return FrequencyAsRead.NINE_MONTHS;
    }
    if (token.group("twelve") != null || token.group("year") != null) {
      return FrequencyAsRead.YEARLY;
    }
    if (token.group("quarter") != null) {
      return FrequencyAsRead.QUARTERLY;
    }
    if (token.group("week") != null) {
      return FrequencyAsRead.WEEKLY;
    }
    if (token.group("month") != null) {
      return FrequencyAsRead.MONTHLY;
    }
    return FrequencyAsRead.AD_HOC;
  }

  /**
   * The "Tổ chức thực hiện" chapter up to the signature, the recipients or the appendices; the body
   * before the appendices when there is no such chapter.
   */
  static List<SourceLine> part(SourceLines lines) {
    List<SourceLine> all = lines.all();
    int start = -1;
    for (SourceLine line : all) {
      if (Headings.isChapter(line) && line.folded().contains("to chuc thuc hien")) {
        start = line.number();
        break;
      }
    }
    int from = start < 0 ? 1 : start + 1;
    int to = from;
    while (to <= all.size()) {
      SourceLine line = lines.line(to);
      boolean ends =
          Headings.isAppendix(line)
              || Headings.isRecipients(line)
              || Headings.isCapacity(line.text())
              || Headings.isSignerTitle(line.text())
              || (start >= 0 && Headings.isChapter(line));
      if (ends) {
        break;
      }
      to++;
    }
    return lines.range(from, to);
  }
}
