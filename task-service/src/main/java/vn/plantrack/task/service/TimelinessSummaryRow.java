package vn.plantrack.task.service;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.plantrack.task.contract.Timeliness;

/**
 * Counts by timeliness class for one row of the summary (an organization or a section); {@code
 * cancelled} counts the tasks without a class (cancelled, or a deadline nobody could read yet).
 */
// Its name in the published OpenAPI document, unique in the gateway's merged document.
@Schema(name = "TaskSummaryRow")
public record TimelinessSummaryRow(
    String key, Map<Timeliness, Integer> counts, int cancelled, int total) {}
