package vn.plantrack.indicator.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An indicator's evaluation as of a day, milestone by milestone. */
public record EvaluationView(
    UUID indicatorId, String code, LocalDate asOf, List<MilestoneView> milestones) {}
