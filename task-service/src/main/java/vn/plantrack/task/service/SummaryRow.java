package vn.plantrack.task.service;

import java.util.Map;
import vn.plantrack.task.contract.Timeliness;

/**
 * Counts by timeliness class for one row of the summary (an organization or a section); {@code
 * cancelled} counts the tasks without a class (cancelled, or a deadline nobody could read yet).
 */
public record SummaryRow(String key, Map<Timeliness, Integer> counts, int cancelled, int total) {}
