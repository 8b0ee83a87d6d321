package vn.plantrack.indicator.service;

import java.time.LocalDate;
import java.util.List;
import vn.plantrack.indicator.Indicator;

/** An indicator's evaluation as of a date, per milestone. */
public record Evaluated(
    Indicator indicator, LocalDate asOf, List<Evaluator.Milestone> milestones) {}
