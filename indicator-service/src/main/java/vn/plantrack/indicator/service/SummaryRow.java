package vn.plantrack.indicator.service;

import java.util.Map;
import vn.plantrack.indicator.contract.Evaluation;

/** One row of a plan's summary: counts by evaluation of each indicator's current milestone. */
public record SummaryRow(String key, Map<Evaluation, Integer> counts, int total) {}
