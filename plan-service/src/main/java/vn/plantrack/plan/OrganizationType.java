package vn.plantrack.plan;

/** Kinds of bodies that receive tasks in the plans (see DOMAIN.md, Organizations). */
public enum OrganizationType {
  PEOPLES_COMMITTEE,
  DEPARTMENT,
  BOARD,
  DISTRICT,
  COMMUNE,
  DIVISION,
  PARTY_BODY,
  MASS_ORGANIZATION,
  STATE_BODY,
  PUBLIC_SERVICE_UNIT,
  ENTERPRISE,
  PRESS,
  MINISTRY,
  OTHER,
  /** A collective named in the documents; it stands for its members (or member types). */
  GROUP
}
