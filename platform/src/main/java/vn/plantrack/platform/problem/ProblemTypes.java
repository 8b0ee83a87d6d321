package vn.plantrack.platform.problem;

/** The problem types clients switch on. Stable URIs; they are part of the public contract. */
public final class ProblemTypes {
  private static final String BASE = "https://plantrack.vn/problems/";

  public static final String VALIDATION = BASE + "validation";
  public static final String MALFORMED_REQUEST = BASE + "malformed-request";
  public static final String NOT_FOUND = BASE + "not-found";
  public static final String CONFLICT = BASE + "conflict";
  public static final String PRECONDITION_FAILED = BASE + "precondition-failed";
  public static final String UNAUTHORIZED = BASE + "unauthorized";
  public static final String FORBIDDEN = BASE + "forbidden";
  public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
  public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
  public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
  public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
  public static final String INTERNAL = BASE + "internal";
  public static final String BUSY = BASE + "busy";

  private ProblemTypes() {}
}
