package vn.plantrack.notification;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.plantrack.platform.test.KafkaResource;
import vn.plantrack.platform.test.PostgresResource;

/**
 * The service's tests on real servers: PostgreSQL, Kafka, an SMTP server, and the OIDC server whose
 * tokens the service validates (with {@code @TestProfile(Tokens.Validated.class)}). Every test
 * class carries the same set, so they share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(
    value = OidcWiremockTestResource.class,
    scope = TestResourceScope.MATCHING_RESOURCES)
public @interface NotificationInfrastructure {}
