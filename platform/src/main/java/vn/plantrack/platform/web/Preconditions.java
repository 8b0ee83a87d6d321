package vn.plantrack.platform.web;

import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.problem.ProblemTypes;

/**
 * Optimistic concurrency for writes (API.md): the client names the version it read, as {@code
 * If-Match} (the ETag of the GET) or as {@code version} in the body. A stale {@code If-Match} is
 * 412, a stale body version 409, and a write that names no version at all is 428: nothing is
 * overwritten silently.
 */
public final class Preconditions {
  private Preconditions() {}

  public static void checkVersion(String ifMatch, Long bodyVersion, long current) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      Long expected = parseEtag(ifMatch);
      if (expected == null) {
        throw ProblemException.invalid("If-Match", "must be the ETag of the resource, e.g. \"3\"");
      }
      if (expected != current) {
        throw ProblemException.preconditionFailed(
            "the resource is at version "
                + current
                + ", not "
                + expected
                + "; reload it and retry");
      }
      return;
    }
    if (bodyVersion == null) {
      throw new ProblemException(
          428,
          ProblemTypes.PRECONDITION_FAILED,
          "Precondition required",
          "send If-Match with the ETag you read, or the version in the body");
    }
    if (bodyVersion != current) {
      throw ProblemException.conflict(
          "the resource is at version "
              + current
              + ", not "
              + bodyVersion
              + "; reload it and retry");
    }
  }

  static Long parseEtag(String header) {
    String value = header.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
