package vn.plantrack.reporting.rules;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.contract.Frequency;

/**
 * A period id of the API ({@code 2025-W23}, {@code 2025-06}, {@code 2025-Q2}, {@code 2025-H1},
 * {@code 2025-9M}, {@code 2025}, {@code ADHOC-<name>}), parsed once so that every service reads ids
 * the same way. {@link #toString()} gives the canonical text; {@link #parse} accepts only that
 * text, because ids are keys in URLs and tables and two spellings of one period would split its
 * reports.
 *
 * <p>There is no {@code H2}: the seeds' twice-yearly reports are a 6-month report and a yearly one,
 * so the second half is reported in {@code 2025}.
 *
 * @param frequency the kind of period; never {@link Frequency#TWICE_YEARLY}
 * @param year the ISO week-based year for weeks, else the calendar year; 0 for ad hoc
 * @param number the week (1–53), month (1–12), quarter (1–4) or half (1); 0 for the others
 * @param name the ad hoc name; {@code null} for the others
 */
public record ReportingPeriodId(Frequency frequency, int year, int number, String name) {

  /** Ad hoc names go into URLs and file names unescaped. */
  static final Pattern AD_HOC_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final String AD_HOC_PREFIX = "ADHOC-";
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H(\\d)");
  private static final Pattern NINE_MONTHS = Pattern.compile("(\\d{4})-9M");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public ReportingPeriodId {
    if (frequency == null) {
      throw new IllegalArgumentException("frequency is required");
    }
    String text = describe(frequency, year, number, name);
    if (frequency == Frequency.AD_HOC) {
      check(year == 0 && number == 0, text, "an ad hoc id has no year or number");
      check(name != null && AD_HOC_NAME.matcher(name).matches(), text, adHocNameRule());
    } else {
      check(name == null, text, "only an ad hoc id has a name");
      check(year >= 0 && year <= 9999, text, "the year must have four digits");
      switch (frequency) {
        case WEEKLY -> {
          int weeks = weeksIn(year);
          check(number >= 1 && number <= weeks, text, year + " has weeks W01-W" + weeks);
        }
        case MONTHLY -> check(number >= 1 && number <= 12, text, "months are 01-12");
        case QUARTERLY -> check(number >= 1 && number <= 4, text, "quarters are Q1-Q4");
        case SIX_MONTHS ->
            check(
                number == 1,
                text,
                "the only 6-month period is H1; the second half is in the yearly report "
                    + String.format("%04d", year));
        case NINE_MONTHS, YEARLY -> check(number == 0, text, "this kind of period has no number");
        default ->
            throw new InvalidPeriodIdException(
                text, "a period is never " + frequency + "; its reports are H1 and the year");
      }
    }
  }

  /** Validates and reads an id; the message says what was expected. */
  public static ReportingPeriodId parse(String id) {
    if (id == null || id.isEmpty()) {
      throw new InvalidPeriodIdException(id, "a period id is required");
    }
    if (id.startsWith(AD_HOC_PREFIX)) {
      return adHoc(id, id.substring(AD_HOC_PREFIX.length()));
    }
    Matcher m;
    if ((m = WEEK.matcher(id)).matches()) {
      return of(id, Frequency.WEEKLY, m.group(1), Integer.parseInt(m.group(2)));
    }
    if ((m = MONTH.matcher(id)).matches()) {
      return of(id, Frequency.MONTHLY, m.group(1), Integer.parseInt(m.group(2)));
    }
    if ((m = QUARTER.matcher(id)).matches()) {
      return of(id, Frequency.QUARTERLY, m.group(1), Integer.parseInt(m.group(2)));
    }
    if ((m = HALF.matcher(id)).matches()) {
      return of(id, Frequency.SIX_MONTHS, m.group(1), Integer.parseInt(m.group(2)));
    }
    if ((m = NINE_MONTHS.matcher(id)).matches()) {
      return of(id, Frequency.NINE_MONTHS, m.group(1), 0);
    }
    if (YEAR.matcher(id).matches()) {
      return of(id, Frequency.YEARLY, id, 0);
    }
    throw new InvalidPeriodIdException(
        id,
        "'"
            + id
            + "' is not a period id; expected 2025-W23, 2025-06, 2025-Q2, 2025-H1, 2025-9M, 2025"
            + " or ADHOC-<name>");
  }

  public static ReportingPeriodId week(int weekBasedYear, int week) {
    return new ReportingPeriodId(Frequency.WEEKLY, weekBasedYear, week, null);
  }

  public static ReportingPeriodId month(int year, int month) {
    return new ReportingPeriodId(Frequency.MONTHLY, year, month, null);
  }

  public static ReportingPeriodId quarter(int year, int quarter) {
    return new ReportingPeriodId(Frequency.QUARTERLY, year, quarter, null);
  }

  public static ReportingPeriodId firstHalf(int year) {
    return new ReportingPeriodId(Frequency.SIX_MONTHS, year, 1, null);
  }

  public static ReportingPeriodId nineMonths(int year) {
    return new ReportingPeriodId(Frequency.NINE_MONTHS, year, 0, null);
  }

  public static ReportingPeriodId year(int year) {
    return new ReportingPeriodId(Frequency.YEARLY, year, 0, null);
  }

  public static ReportingPeriodId adHoc(String name) {
    return new ReportingPeriodId(Frequency.AD_HOC, 0, 0, name);
  }

  /** The canonical id, e.g. {@code 2025-W23}. */
  @Override
  public String toString() {
    return describe(frequency, year, number, name);
  }

  /**
   * ISO weeks: a year has 53 when it starts on a Thursday, or is a leap year starting Wednesday.
   */
  static int weeksIn(int weekBasedYear) {
    return LocalDate.of(weekBasedYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  static String adHocNameRule() {
    return "an ad hoc name is 1-64 ASCII letters, digits, '.', '_' or '-', starting with a letter"
        + " or digit";
  }

  private static ReportingPeriodId of(String id, Frequency frequency, String year, int number) {
    ReportingPeriodId parsed;
    try {
      parsed = new ReportingPeriodId(frequency, Integer.parseInt(year), number, null);
    } catch (InvalidPeriodIdException e) {
      throw new InvalidPeriodIdException(id, "'" + id + "' is not a period id: " + e.getMessage());
    }
    return parsed;
  }

  private static ReportingPeriodId adHoc(String id, String name) {
    if (!AD_HOC_NAME.matcher(name).matches()) {
      throw new InvalidPeriodIdException(id, "'" + id + "' is not a period id: " + adHocNameRule());
    }
    return adHoc(name);
  }

  private static String describe(Frequency frequency, int year, int number, String name) {
    String y = String.format("%04d", year);
    return switch (frequency) {
      case WEEKLY -> y + String.format("-W%02d", number);
      case MONTHLY -> y + String.format("-%02d", number);
      case QUARTERLY -> y + "-Q" + number;
      case SIX_MONTHS -> y + "-H" + number;
      case NINE_MONTHS -> y + "-9M";
      case YEARLY -> y;
      case AD_HOC -> AD_HOC_PREFIX + name;
      case TWICE_YEARLY -> y + "-" + frequency;
    };
  }

  private static void check(boolean condition, String id, String message) {
    if (!condition) {
      throw new InvalidPeriodIdException(id, message);
    }
  }
}
