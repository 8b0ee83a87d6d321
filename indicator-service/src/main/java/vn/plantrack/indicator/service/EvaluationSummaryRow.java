package vn.plantrack.indicator.service;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.plantrack.indicator.contract.Evaluation;

/** One row of a plan's summary: counts by evaluation of each indicator's current milestone. */
// Its name in the published OpenAPI document, unique in the gateway's merged document.
@Schema(name = "IndicatorSummaryRow")
public record EvaluationSummaryRow(String key, Map<Evaluation, Integer> counts, int total) {}
