package vn.plantrack.platform.security;

/** The realm roles of Keycloak realm {@code plantrack} (see API.md, Security and tenancy). */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String COORDINATOR = "coordinator";
  public static final String OFFICER = "officer";
  public static final String VIEWER = "viewer";
  public static final String MINISTRY = "ministry";
  public static final String INTEGRATION = "integration";

  private Roles() {}
}
