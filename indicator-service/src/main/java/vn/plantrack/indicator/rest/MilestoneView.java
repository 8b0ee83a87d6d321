package vn.plantrack.indicator.rest;

import java.math.BigDecimal;
import java.util.Map;
import vn.plantrack.indicator.contract.Evaluation;

/** One milestone year's evaluation: its target, the value judged and on what basis. */
public record MilestoneView(
    int year,
    String target,
    Evaluation evaluation,
    String period,
    BigDecimal value,
    Boolean flag,
    BigDecimal expected,
    boolean finalForYear,
    String basis,
    Map<Evaluation, Integer> children) {}
