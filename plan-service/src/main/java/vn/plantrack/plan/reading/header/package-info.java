/**
 * What a plan says about itself ({@link vn.plantrack.plan.reading.header.PlanHeader}): number,
 * issuer, date, type and title ({@link vn.plantrack.plan.reading.header.HeaderReader}), the
 * documents it cites ({@link vn.plantrack.plan.reading.header.DocumentReferences}), its signature
 * ({@link vn.plantrack.plan.reading.header.Signature}), the portal's record ({@link
 * vn.plantrack.plan.reading.header.PortalRecord}) and its reporting rules ({@link
 * vn.plantrack.plan.reading.header.ReportingRuleReader}, with {@link
 * vn.plantrack.plan.reading.header.DuePhrase}).
 */
package vn.plantrack.plan.reading.header;
