package vn.plantrack.platform.test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service test with a real PostgreSQL and a Kafka address whose broker the test starts and stops.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = StoppedKafkaResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
public @interface KafkaOutage {}
