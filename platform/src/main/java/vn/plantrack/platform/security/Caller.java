package vn.plantrack.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.plantrack.platform.problem.ProblemException;

/**
 * Who is calling, read from the validated access token: roles, the {@code province} (tenant) and
 * {@code org} claims. The one place services ask "may this caller see that province", so tenancy is
 * decided the same way everywhere: another province's object is 404, never 403.
 */
@RequestScoped
public class Caller {
  private final SecurityIdentity identity;

  @Inject
  public Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  private boolean system;

  /**
   * Marks this request context as the system's own work (an event consumer activates one to apply
   * an event): no caller acts in it, whatever identity the context would resolve.
   */
  public void actAsSystem() {
    system = true;
  }

  public boolean actsAsSystem() {
    return system;
  }

  /** Whether a caller acts: a request is being served that is not the system's own work. */
  public static boolean callerActs(Caller caller) {
    return requestActive() && !caller.actsAsSystem();
  }

  /** Who does a change: the caller in a request, "system" for consumers and scheduled jobs. */
  public static String actor(Caller caller) {
    return callerActs(caller) && caller.authenticated() ? caller.username() : "system";
  }

  /** Whether a request is being served (consumers and scheduled jobs run without one). */
  public static boolean requestActive() {
    return io.quarkus.arc.Arc.container().requestContext().isActive();
  }

  public boolean authenticated() {
    return !identity.isAnonymous();
  }

  public String username() {
    Principal principal = identity.getPrincipal();
    if (principal instanceof JsonWebToken jwt) {
      String name = jwt.getClaim("preferred_username");
      if (name != null) {
        return name;
      }
      return jwt.getSubject();
    }
    return principal == null ? "anonymous" : principal.getName();
  }

  public Set<String> roles() {
    return identity.getRoles();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /**
   * The caller's province (tenant code such as {@code KT}); empty for admin and ministry accounts.
   */
  public Optional<String> province() {
    return claim("province");
  }

  /** The caller's organization id; empty when the account has none. */
  public Optional<UUID> org() {
    return claim("org")
        .flatMap(
            value -> {
              try {
                return Optional.of(UUID.fromString(value));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }

  /** Admin and ministry accounts read every province. */
  public boolean readsAllProvinces() {
    return hasRole(Roles.ADMIN) || hasRole(Roles.MINISTRY);
  }

  public boolean canSee(String province) {
    return readsAllProvinces() || province().map(p -> p.equals(province)).orElse(false);
  }

  /**
   * The province filter of a read: the requested province if the caller may see it, the caller's
   * own when none is requested, and empty (null inside) for admin and ministry asking for every
   * province. Returns {@code Optional.empty()} when the caller may see nothing of what was asked
   * (another province, or no province at all): the answer is then an empty list, never someone
   * else's data.
   */
  public Optional<ReadScope> readScope(String requestedProvince) {
    if (readsAllProvinces()) {
      return Optional.of(new ReadScope(requestedProvince));
    }
    Optional<String> own = province();
    if (own.isEmpty() || (requestedProvince != null && !requestedProvince.equals(own.get()))) {
      return Optional.empty();
    }
    return Optional.of(new ReadScope(own.get()));
  }

  /** A province to filter by; {@code province == null} means every province. */
  public record ReadScope(String province) {}

  /** Admins manage everything; a coordinator manages its own province. */
  public boolean manages(String province) {
    return hasRole(Roles.ADMIN)
        || (hasRole(Roles.COORDINATOR) && province().map(p -> p.equals(province)).orElse(false));
  }

  /**
   * Who may import plan documents into a province: its managers, and the service account of another
   * system of that province (role {@code integration}, API.md "reads its province, imports").
   */
  public boolean importsInto(String province) {
    return manages(province)
        || (hasRole(Roles.INTEGRATION) && province().map(p -> p.equals(province)).orElse(false));
  }

  /** Throws 403 unless the caller {@link #manages} the province. */
  public void requireManager(String province, String what) {
    if (!manages(province)) {
      throw ProblemException.forbidden("only admins and the province's coordinators " + what);
    }
  }

  /** Throws 404 (not 403) for an object of a province the caller may not see. */
  public void requireVisible(String province, String what, Object id) {
    if (!canSee(province)) {
      throw ProblemException.notFound(what, id);
    }
  }

  /**
   * The province a write applies to: the caller's own; admin (who has none) must name it
   * explicitly. Another province than the caller's own is refused as 404 of the target, like a read
   * would be.
   */
  public String provinceForWrite(String requested) {
    Optional<String> own = province();
    if (own.isPresent()) {
      if (requested != null && !requested.equals(own.get())) {
        throw ProblemException.invalid("province", "you can only write in province " + own.get());
      }
      return own.get();
    }
    if (hasRole(Roles.ADMIN) && requested != null && !requested.isBlank()) {
      return requested;
    }
    throw ProblemException.invalid("province", "required");
  }

  private Optional<String> claim(String name) {
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      Object value = jwt.getClaim(name);
      String text = value instanceof jakarta.json.JsonString json ? json.getString() : null;
      if (text == null && value != null) {
        text = value.toString();
      }
      if (text != null && !text.isBlank()) {
        return Optional.of(text);
      }
      return Optional.empty();
    }
    String attribute = identity.getAttribute(name);
    return Optional.ofNullable(attribute).filter(s -> !s.isBlank());
  }
}
