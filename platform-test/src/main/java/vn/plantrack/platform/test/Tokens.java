package vn.plantrack.platform.test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens shaped like the plantrack realm's (roles under {@code realm_access}, the {@code
 * province} and {@code org} claims, audience {@code plantrack-api}), signed by the WireMock OIDC
 * server's key so a service validates them for real. Use with
 * {@code @WithTestResource(OidcWiremockTestResource.class)} and
 * {@code @TestProfile(Tokens.Validated.class)}.
 */
public final class Tokens {
  public static final String ISSUER = "https://server.example.com";

  private Tokens() {}

  /** The service validates tokens (the unit tests' default is to trust @TestSecurity). */
  public static class Validated implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.tenant-enabled", "true",
          "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus");
    }
  }

  /** A valid token for a role, with province and organization when not null. */
  public static String of(String user, String role, String province, UUID org) {
    return claims(user, role, province, org).jws().keyId("1").sign("privateKey.jwk");
  }

  /** The claims of {@link #of}, to sign after changing them (attacks). */
  public static JwtClaimsBuilder claims(String user, String role, String province, UUID org) {
    JwtClaimsBuilder claims =
        Jwt.preferredUserName(user)
            .issuer(ISSUER)
            .audience("plantrack-api")
            .claim("realm_access", Map.of("roles", List.of(role)))
            .expiresAt(Instant.now().plusSeconds(600));
    if (province != null) {
      claims.claim("province", province);
    }
    if (org != null) {
      claims.claim("org", org.toString());
    }
    return claims;
  }
}
