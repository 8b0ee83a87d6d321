package vn.plantrack.indicator.rest;

import java.math.BigDecimal;

/** An indicator's baseline: a value, or the document's words, and its year. */
public record Baseline(BigDecimal value, String text, Integer year) {}
