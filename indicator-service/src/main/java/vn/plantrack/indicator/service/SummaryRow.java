package vn.plantrack.indicator.service;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.plantrack.indicator.contract.Evaluation;

/** One row of a plan's summary: counts by evaluation of each indicator's current milestone. */
// Named for the merged document (openapi-merge): another service has a different SummaryRow.
@Schema(name = "IndicatorSummaryRow")
public record SummaryRow(String key, Map<Evaluation, Integer> counts, int total) {}
