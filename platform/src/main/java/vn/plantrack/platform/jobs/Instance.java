package vn.plantrack.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.UUID;

/**
 * This process among the instances of its service: the owner recorded on the jobs it runs (host
 * name and a random part, new at every start, so a restarted instance never mistakes its
 * predecessor's jobs for its own).
 */
@ApplicationScoped
public class Instance {
  private final String id;

  public Instance() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "unknown";
    }
    String name = host.length() > 60 ? host.substring(0, 60) : host;
    this.id = name + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String id() {
    return id;
  }
}
