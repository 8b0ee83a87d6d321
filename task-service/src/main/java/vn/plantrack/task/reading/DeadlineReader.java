package vn.plantrack.task.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.platform.text.VietnameseText;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.DeadlineKind;

/**
 * Reads the "Thời gian hoàn thành" phrases of provincial plans into a {@link Deadline}.
 *
 * <p>It is deliberately conservative: a deadline decides whether a unit is reported as late to the
 * province and the Ministry, so a phrase is read only when every part of it is understood, and
 * anything else is UNRECOGNIZED with a reason for a person to fix. It never completes a typo
 * ("Tháng 11/202"), never accepts an impossible date, month or quarter, and flags a reading that
 * needed something set aside (a stray letter spilled from the previous column, a note in
 * parentheses).
 *
 * <p>Readings that are choices, not facts: "Trước ngày N" is due the day before N, as DOMAIN.md
 * defines "before day N" for reports; "Từ 2026" on its own names a start and no end, so it reads as
 * ONGOING from 1 January 2026, flagged; "9/2025 và các năm tiếp theo" reads as yearly from 2025
 * with 30 September for 2025 and 31 December after, flagged; a time limit counted from an event
 * ("chậm nhất sau 05 ngày kể từ khi…") reads as CONDITIONAL, flagged, because its date depends on
 * when the event happens. Text without diacritics, any dash, stray spaces and punctuation around
 * the phrase read the same as the clean form.
 */
public final class DeadlineReader {
  private static final int FIRST_YEAR = 1990;
  private static final int LAST_YEAR = 2100;

  private static final Pattern LABEL =
      Pattern.compile("^(?:thoi gian|thoi han|han)(?: hoan thanh)?\\s*:\\s*");
  private static final Pattern SEPARATOR_SPACES = Pattern.compile("\\s*([/\\-])\\s*");
  private static final Pattern COMMA_SPACES = Pattern.compile("\\s*,\\s*");

  private static final Pattern ONGOING = Pattern.compile("thuong xuyen(?:, lien tuc)?");
  private static final Pattern YEARLY = Pattern.compile("(?:dinh ky )?hang nam");
  private static final Pattern FROM_YEAR_ON =
      Pattern.compile(
          "(?:tu )?(?:nam )?(\\d+),? (?:va )?(?:tiep tuc (?:duy tri )?(?:cho )?)?"
              + "(?:cac|nhung) nam tiep theo");
  private static final Pattern FROM_YEAR_REGULARLY =
      Pattern.compile(
          "tu (?:nam )?(\\d+),? (?:(?:thuc hien|trien khai) )?(?:thuong xuyen|hang nam)");
  private static final Pattern REGULARLY_FROM_YEAR =
      Pattern.compile("(?:thuong xuyen|hang nam),? tu (?:nam )?(\\d+)");
  private static final Pattern MONTH_THEN_YEARS =
      Pattern.compile("(?:thang )?(\\d+)/(\\d+),? (?:va )?(?:cac|nhung) nam tiep theo");
  private static final Pattern FROM_YEAR_OPEN = Pattern.compile("tu (?:nam )?(\\d+)(?: tro di)?");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?:(?:cham nhat|trong vong|trong thoi han|trong) )?(?:sau )?(\\d+) "
              + "(?:ngay|tuan|thang|nam)(?: lam viec)? (?:ke tu|tu khi|tu ngay|sau khi)\\b.*");
  private static final Pattern CONDITIONAL = Pattern.compile("(?:ngay )?(?:sau khi|khi|neu) \\S.*");
  private static final Pattern MORE_THAN_YEARLY =
      Pattern.compile(".*\\b(?:hang|moi) (?:ngay|tuan|thang|quy)\\b.*");
  private static final Pattern YEARLY_WITH_MORE = Pattern.compile(".*\\b(?:hang|moi) nam\\b.*");

  private static final Pattern LEAD_WORD =
      Pattern.compile(
          "^(hoan thanh|thuc hien|trong|den het|den|het|cuoi|cham nhat la|cham nhat|thoi han|han"
              + "|truoc) ");
  private static final Pattern DATE_NUMBERS =
      Pattern.compile("(?:ngay )?(\\d+)([/.\\-])(\\d+)\\2(\\d+)");
  private static final Pattern DATE_WORDS =
      Pattern.compile("ngay (\\d+) thang (\\d+)(?: nam |/)(\\d+)");
  private static final Pattern DAY_MONTH = Pattern.compile("(?:ngay )?\\d{1,2}/\\d{1,2}");
  private static final Pattern MONTH_RANGE =
      Pattern.compile("thang (\\d+)(?:-| den )(?:thang )?(\\d+)(?:/| nam )(\\d+)");
  private static final Pattern MONTH_NUMBERS = Pattern.compile("(?:thang )?(\\d+)/(\\d+)");
  private static final Pattern MONTH_WORDS = Pattern.compile("thang (\\d+)(?: nam |-)(\\d+)");
  private static final Pattern HALF_YEAR = Pattern.compile("6 thang (dau|cuoi)(?: nam)? (\\d+)");
  private static final Pattern QUARTER_RANGE =
      Pattern.compile("quy ([a-z0-9]+)(?:-| den )(?:quy )?([a-z0-9]+)(?:/| nam |-)(\\d+)");
  private static final Pattern QUARTER = Pattern.compile("quy ([a-z0-9]+)(?:/| nam |-)(\\d+)");
  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?:giai doan |tu )?(?:nam )?(\\d+)(?:-| den )(?:nam )?(\\d+)");
  private static final Pattern YEAR = Pattern.compile("(?:nam )?(\\d+)");

  private static final Pattern TRAILING_NOTE = Pattern.compile("(.*\\S)\\s*\\(([^()]*)\\)");
  private static final Pattern STRAY_LETTER = Pattern.compile("(\\p{L})\\s+(\\p{L}.*)");

  private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

  private DeadlineReader() {}

  /** The reading of a deadline phrase; never null, never throws on any text. */
  public static Deadline read(String text) {
    String cleaned = clean(VietnameseText.normalize(text));
    if (cleaned.isEmpty()) {
      return unrecognized("no deadline text").withText(text);
    }
    Deadline reading = readCleaned(cleaned);
    if (reading.kind() == DeadlineKind.UNRECOGNIZED) {
      reading = retryWithoutNote(cleaned, reading);
    }
    if (reading.kind() == DeadlineKind.UNRECOGNIZED) {
      reading = retryWithoutStrayLetter(cleaned, reading);
    }
    return reading.withText(text);
  }

  private static String clean(String normalized) {
    String text = VietnameseText.stripEdgeMarks(normalized);
    Matcher label = LABEL.matcher(VietnameseText.fold(text));
    if (label.find()) {
      text = VietnameseText.stripEdgeMarks(text.substring(label.end()));
    }
    return text;
  }

  /** "12/2025 (dự kiến)": the date is clear, the note is for a person to weigh. */
  private static Deadline retryWithoutNote(String cleaned, Deadline unread) {
    Matcher note = TRAILING_NOTE.matcher(cleaned);
    if (!note.matches()) {
      return unread;
    }
    Deadline inner = readCleaned(clean(note.group(1)));
    if (inner.kind() == DeadlineKind.UNRECOGNIZED) {
      return unread;
    }
    return inner.flagged("read without the note in parentheses “" + note.group(2).strip() + "”");
  }

  /**
   * "a Tháng 12/2025" in the Bắc Kạn seed: the last letter of "của" spilled from the column before.
   * Only a single letter before a word is set aside, so "Q 4/2025" is never read as April.
   */
  private static Deadline retryWithoutStrayLetter(String cleaned, Deadline unread) {
    Matcher stray = STRAY_LETTER.matcher(cleaned);
    if (!stray.matches()) {
      return unread;
    }
    Deadline inner = readCleaned(stray.group(2));
    if (inner.kind() == DeadlineKind.UNRECOGNIZED) {
      return unread;
    }
    return inner.flagged(
        "read without the stray “" + stray.group(1) + "” before it (spilled from another column?)");
  }

  private static Deadline readCleaned(String cleaned) {
    String folded = VietnameseText.fold(cleaned);
    folded = SEPARATOR_SPACES.matcher(folded).replaceAll("$1");
    folded = COMMA_SPACES.matcher(folded).replaceAll(", ");
    try {
      return readFolded(cleaned, folded);
    } catch (Unreadable e) {
      return unrecognized(e.getMessage());
    }
  }

  private static Deadline readFolded(String cleaned, String folded) {
    Matcher m;
    if (ONGOING.matcher(folded).matches()) {
      return of(DeadlineKind.ONGOING, null, null);
    }
    if (YEARLY.matcher(folded).matches()) {
      return recurring(null, null);
    }
    if ((m = FROM_YEAR_ON.matcher(folded)).matches()
        || (m = FROM_YEAR_REGULARLY.matcher(folded)).matches()
        || (m = REGULARLY_FROM_YEAR.matcher(folded)).matches()) {
      return recurring(year(m.group(1)), null);
    }
    if ((m = MONTH_THEN_YEARS.matcher(folded)).matches()) {
      YearMonth first = yearMonth(m.group(1), m.group(2));
      if (first.getMonthValue() == 12) {
        return recurring(first.getYear(), null);
      }
      return recurring(first.getYear(), first.atEndOfMonth())
          .flagged(
              "due "
                  + first.atEndOfMonth()
                  + " in "
                  + first.getYear()
                  + ", 31 December in later years: check the later years");
    }
    if ((m = RELATIVE.matcher(folded)).matches()) {
      return conditional(cleaned)
          .flagged(
              "a time limit counted from an event: set the due date when the event has happened");
    }
    if (CONDITIONAL.matcher(folded).matches()) {
      Deadline conditional = conditional(cleaned);
      return folded.matches(".*\\d.*")
          ? conditional.flagged("the condition has a number in it: check for a time limit or date")
          : conditional;
    }
    if ((m = FROM_YEAR_OPEN.matcher(folded)).matches()) {
      LocalDate start = LocalDate.of(year(m.group(1)), 1, 1);
      return of(DeadlineKind.ONGOING, null, start)
          .flagged("names a start and no end: read as ongoing from " + start.getYear());
    }
    if (MORE_THAN_YEARLY.matcher(folded).matches()) {
      throw new Unreadable(
          "recurs more often than yearly; a task recurs at most yearly, so a person sets it");
    }
    if (YEARLY_WITH_MORE.matcher(folded).matches()) {
      throw new Unreadable(
          "yearly with a day or more attached (“…hằng năm”): one deadline cannot hold it; a person sets it");
    }
    return readDated(cleaned, folded);
  }

  private static Deadline readDated(String cleaned, String folded) {
    String core = folded;
    boolean before = false;
    for (Matcher lead = LEAD_WORD.matcher(core); lead.find(); lead = LEAD_WORD.matcher(core)) {
      before |= lead.group(1).equals("truoc");
      core = core.substring(lead.end());
    }
    Matcher m;
    if ((m = DATE_NUMBERS.matcher(core)).matches()) {
      return date(m.group(1), m.group(3), m.group(4), before);
    }
    if ((m = DATE_WORDS.matcher(core)).matches()) {
      return date(m.group(1), m.group(2), m.group(3), before);
    }
    Deadline period = readPeriod(core, cleaned);
    if (before) {
      throw new Unreadable(
          "“trước” a month, quarter or year: unclear whether that period still counts");
    }
    return period;
  }

  private static Deadline readPeriod(String core, String cleaned) {
    Matcher m;
    if (DAY_MONTH.matcher(core).matches()) {
      throw new Unreadable("“" + cleaned + "” has no four-digit year");
    }
    if ((m = MONTH_RANGE.matcher(core)).matches()) {
      int year = year(m.group(3));
      YearMonth first = YearMonth.of(year, month(m.group(1)));
      YearMonth last = YearMonth.of(year, month(m.group(2)));
      if (!first.isBefore(last)) {
        throw new Unreadable("the months run backwards or do not make a range");
      }
      return of(DeadlineKind.MONTH, last.atEndOfMonth(), first.atDay(1));
    }
    if ((m = MONTH_NUMBERS.matcher(core)).matches() || (m = MONTH_WORDS.matcher(core)).matches()) {
      return of(DeadlineKind.MONTH, yearMonth(m.group(1), m.group(2)).atEndOfMonth(), null);
    }
    if ((m = HALF_YEAR.matcher(core)).matches()) {
      int year = year(m.group(2));
      int firstQuarter = m.group(1).equals("dau") ? 1 : 3;
      return quarters(year, firstQuarter, firstQuarter + 1);
    }
    if ((m = QUARTER_RANGE.matcher(core)).matches()) {
      int first = quarter(m.group(1));
      int last = quarter(m.group(2));
      if (first >= last) {
        throw new Unreadable("the quarters run backwards or do not make a range");
      }
      return quarters(year(m.group(3)), first, last);
    }
    if ((m = QUARTER.matcher(core)).matches()) {
      int quarter = quarter(m.group(1));
      return of(DeadlineKind.QUARTER, quarterEnd(year(m.group(2)), quarter), null);
    }
    if ((m = YEAR_RANGE.matcher(core)).matches()) {
      int first = year(m.group(1));
      int last = year(m.group(2));
      if (first >= last) {
        throw new Unreadable("the years run backwards or do not make a range");
      }
      return of(DeadlineKind.RANGE, LocalDate.of(last, 12, 31), LocalDate.of(first, 1, 1));
    }
    if ((m = YEAR.matcher(core)).matches()) {
      return of(DeadlineKind.YEAR, LocalDate.of(year(m.group(1)), 12, 31), null);
    }
    throw new Unreadable("cannot read “" + cleaned + "” as a deadline; a person must set it");
  }

  private static Deadline date(String day, String month, String year, boolean before) {
    int y = year(year);
    if (day.length() > 2 || month.length() > 2) {
      throw new Unreadable("“" + day + "/" + month + "/" + year + "” is not a calendar date");
    }
    LocalDate date;
    try {
      date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new Unreadable("“" + day + "/" + month + "/" + year + "” is not a calendar date");
    }
    return of(DeadlineKind.DATE, before ? date.minusDays(1) : date, null);
  }

  private static Deadline quarters(int year, int first, int last) {
    LocalDate start = quarterEnd(year, first).withDayOfMonth(1).minusMonths(2);
    return of(DeadlineKind.QUARTER, quarterEnd(year, last), start);
  }

  private static LocalDate quarterEnd(int year, int quarter) {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  private static YearMonth yearMonth(String month, String year) {
    int y = year(year);
    return YearMonth.of(y, month(month));
  }

  private static int year(String digits) {
    if (digits.length() != 4) {
      throw new Unreadable("year “" + digits + "” is not a four-digit year");
    }
    int year = Integer.parseInt(digits);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new Unreadable("year " + year + " is out of range");
    }
    return year;
  }

  private static int month(String digits) {
    int month = digits.length() <= 2 ? Integer.parseInt(digits) : 0;
    if (month < 1 || month > 12) {
      throw new Unreadable("month " + digits + " does not exist");
    }
    return month;
  }

  private static int quarter(String written) {
    Integer quarter = ROMAN.get(written);
    if (quarter == null && written.matches("[1-4]")) {
      quarter = Integer.parseInt(written);
    }
    if (quarter == null) {
      throw new Unreadable(
          "quarter “" + written.toUpperCase(Locale.ROOT) + "” does not exist (I–IV or 1–4)");
    }
    return quarter;
  }

  private static Deadline of(DeadlineKind kind, LocalDate due, LocalDate start) {
    return new Deadline(null, kind, due, start, null, null, null, false, null);
  }

  private static Deadline recurring(Integer fromYear, LocalDate firstDue) {
    return new Deadline(
        null, DeadlineKind.RECURRING, firstDue, null, fromYear, Deadline.YEARLY, null, false, null);
  }

  private static Deadline conditional(String condition) {
    return new Deadline(
        null, DeadlineKind.CONDITIONAL, null, null, null, null, condition, false, null);
  }

  private static Deadline unrecognized(String reason) {
    return new Deadline(
        null, DeadlineKind.UNRECOGNIZED, null, null, null, null, null, true, reason);
  }

  /** A phrase that looked like a deadline form but broke one of its rules. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }
}
