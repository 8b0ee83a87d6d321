package vn.plantrack.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;

/** A value for a period as a client writes it: a JSON number, true/false or a text. */
public record MeasurementData(String period, JsonNode value, String source, String note) {}
