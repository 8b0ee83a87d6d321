package vn.plantrack.indicator.service;

import java.util.UUID;

/**
 * The filters of an indicator list. {@code role} (lead, responsible, monitoring or null for any)
 * says how {@code orgId} must hold the indicator.
 */
public record IndicatorQuery(UUID planId, UUID orgId, String role, UUID parentId, String q) {}
