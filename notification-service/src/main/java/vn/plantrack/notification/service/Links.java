package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web application's address the messages link to ({@code plantrack.notification.link-base}).
 */
@ApplicationScoped
public class Links {
  private final String base;

  public Links(@ConfigProperty(name = "plantrack.notification.link-base") String base) {
    this.base = base;
  }

  public String base() {
    return base;
  }
}
