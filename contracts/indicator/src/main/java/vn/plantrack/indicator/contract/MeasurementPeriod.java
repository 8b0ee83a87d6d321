package vn.plantrack.indicator.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a measured value belongs to, written as the reporting periods are: {@code 2025},
 * {@code 2025-H1}, {@code 2025-Q2}, {@code 2025-06}. A value is as of the period's last day.
 */
public record MeasurementPeriod(
    String id, Granularity granularity, LocalDate start, LocalDate end) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:-(?:(H[12])|(Q[1-4])|(0[1-9]|1[0-2])))?");

  public enum Granularity {
    YEAR,
    HALF,
    QUARTER,
    MONTH
  }

  /** Reads a period id; empty when it is not one of the four forms (or the year is implausible). */
  public static Optional<MeasurementPeriod> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(id.strip().toUpperCase());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1990 || year > 2100) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      int half = m.group(2).charAt(1) - '0';
      YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
      return Optional.of(
          new MeasurementPeriod(
              year + "-H" + half,
              Granularity.HALF,
              first.atDay(1),
              first.plusMonths(5).atEndOfMonth()));
    }
    if (m.group(3) != null) {
      int quarter = m.group(3).charAt(1) - '0';
      YearMonth first = YearMonth.of(year, quarter * 3 - 2);
      return Optional.of(
          new MeasurementPeriod(
              year + "-Q" + quarter,
              Granularity.QUARTER,
              first.atDay(1),
              first.plusMonths(2).atEndOfMonth()));
    }
    if (m.group(4) != null) {
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(4)));
      return Optional.of(
          new MeasurementPeriod(
              month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth()));
    }
    return Optional.of(
        new MeasurementPeriod(
            Integer.toString(year),
            Granularity.YEAR,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31)));
  }

  public int year() {
    return start.getYear();
  }
}
