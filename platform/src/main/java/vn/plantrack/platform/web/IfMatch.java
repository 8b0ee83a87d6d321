package vn.plantrack.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * The request's {@code If-Match}, for the writes that do not ask for a version (appends and
 * actions: progress, notes, measurements, submit, issue, …): a client that names the version it
 * read (the ETag of the object's GET) gets 412 when the object has moved on; a client that names
 * none is served, its write serialized with the others by a row lock. PUTs, which must name a
 * version, use {@link Preconditions#checkVersion} instead.
 *
 * <p>Outside an HTTP request (consumers, jobs) there is no header and nothing is checked.
 */
@ApplicationScoped
public class IfMatch {
  public static final String HEADER = "If-Match";

  @Inject HttpHeaders headers;

  /**
   * 412 when the request's If-Match names another version than {@code current}; 400 when it is not
   * an ETag of ours; {@code *} (any version) passes.
   */
  public void check(long current) {
    if (CurrentRequestManager.get() == null) {
      return;
    }
    String value = headers.getHeaderString(HEADER);
    if (value != null && !value.isBlank() && !value.strip().equals("*")) {
      Preconditions.checkVersion(value, null, current);
    }
  }
}
