package vn.plantrack.task.service;

import java.util.List;
import java.util.Map;
import vn.plantrack.task.contract.Timeliness;

/**
 * The summary of the tasks in scope: a row per lead organization or section, and the totals by
 * timeliness class. A task with several lead organizations is in each of their rows but counted
 * once in the totals; a task without a class (cancelled, deadline not read) is in no total.
 */
public record TaskSummary(List<TimelinessSummaryRow> rows, Map<Timeliness, Integer> totals) {}
