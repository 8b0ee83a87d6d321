/**
 * What a plan says about itself ({@link vn.plantrack.plan.reading.header.PlanHeader}): number,
 * issuer, date, type and title ({@link vn.plantrack.plan.reading.header.HeaderReader}), the
 * documents it cites ({@link vn.plantrack.plan.reading.header.DocumentReferences}) and its
 * reporting rules ({@link vn.plantrack.plan.reading.header.ReportingRuleReader}).
 */
package vn.plantrack.plan.reading.header;
