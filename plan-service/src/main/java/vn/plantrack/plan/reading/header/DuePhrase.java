package vn.plantrack.plan.reading.header;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a report is due, as a plan phrases it on folded text: "trước ngày 10" (of the period's last
 * month), "trước ngày 15/11" or "trước ngày 10 tháng 11" (a calendar date), "trước thứ Năm" or
 * "trước ngày thứ 5" (a weekday). Day (and month) or weekday; all null when it could not be read.
 */
record DuePhrase(Integer day, Integer month, DayOfWeek weekday) {
  private static final Pattern DATE =
      Pattern.compile("truoc ngay (\\d{1,2})(?:\\s?/\\s?(\\d{1,2})| thang (\\d{1,2}))?");
  private static final Pattern WEEKDAY =
      Pattern.compile("truoc (?:ngay )?(?:thu (\\d|hai|ba|tu|nam|sau|bay)|(chu nhat))");
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("2", DayOfWeek.MONDAY),
          Map.entry("hai", DayOfWeek.MONDAY),
          Map.entry("3", DayOfWeek.TUESDAY),
          Map.entry("ba", DayOfWeek.TUESDAY),
          Map.entry("4", DayOfWeek.WEDNESDAY),
          Map.entry("tu", DayOfWeek.WEDNESDAY),
          Map.entry("5", DayOfWeek.THURSDAY),
          Map.entry("nam", DayOfWeek.THURSDAY),
          Map.entry("6", DayOfWeek.FRIDAY),
          Map.entry("sau", DayOfWeek.FRIDAY),
          Map.entry("7", DayOfWeek.SATURDAY),
          Map.entry("bay", DayOfWeek.SATURDAY));

  /** The due phrase in {@code folded} text. */
  static DuePhrase read(String folded) {
    Matcher weekday = WEEKDAY.matcher(folded);
    if (weekday.find()) {
      DayOfWeek day = weekday.group(2) != null ? DayOfWeek.SUNDAY : WEEKDAYS.get(weekday.group(1));
      return new DuePhrase(null, null, day);
    }
    Matcher date = DATE.matcher(folded);
    if (date.find()) {
      String month = date.group(2) != null ? date.group(2) : date.group(3);
      int day = Integer.parseInt(date.group(1));
      Integer m = month == null ? null : Integer.valueOf(month);
      if (day < 1 || day > 31 || (m != null && (m < 1 || m > 12))) {
        return new DuePhrase(null, null, null);
      }
      return new DuePhrase(day, m, null);
    }
    return new DuePhrase(null, null, null);
  }

  boolean readable() {
    return day != null || weekday != null;
  }

  /** A calendar date as the plan stores it, "MM-dd". */
  String monthDay() {
    return String.format("%02d-%02d", month, day);
  }
}
