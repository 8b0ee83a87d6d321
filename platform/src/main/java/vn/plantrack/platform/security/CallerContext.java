package vn.plantrack.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import vn.plantrack.platform.web.RequestIds;

/**
 * Runs a job on another thread as the caller who started it: the job sees the same {@link Caller}
 * (roles, province, org) and request id, so its writes are checked and attributed as the request's
 * would be (created by, audit trail, outbox envelope). The identity was validated when the request
 * came in; the job does not outlive its process.
 */
@ApplicationScoped
public class CallerContext {
  private final CurrentIdentityAssociation identities;

  public CallerContext(CurrentIdentityAssociation identities) {
    this.identities = identities;
  }

  /** The current caller's identity and request id, to hand to {@link #run}. */
  public Captured capture(SecurityIdentity identity) {
    // The injected identity is a proxy of the request's: copy what it is now, the request will end.
    return new Captured(QuarkusSecurityIdentity.builder(identity).build(), RequestIds.current());
  }

  public record Captured(SecurityIdentity identity, String requestId) {}

  public void run(Captured captured, Runnable work) {
    ManagedContext requests = Arc.container().requestContext();
    requests.activate();
    RequestIds.bind(captured.requestId());
    try {
      identities.setIdentity(captured.identity());
      work.run();
    } finally {
      RequestIds.unbind();
      requests.terminate();
    }
  }
}
