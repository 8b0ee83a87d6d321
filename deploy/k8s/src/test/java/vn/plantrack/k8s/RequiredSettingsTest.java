package vn.plantrack.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which environment variables a configuration requires, and the real applications' lists. */
class RequiredSettingsTest {

  @ParameterizedTest(name = "{0} = {1} requires [{2}]")
  @CsvSource(
      delimiter = ';',
      value = {
        // a variable without a default
        "quarkus.datasource.password; ${PLANTRACK_DB_PASSWORD}; PLANTRACK_DB_PASSWORD",
        // with a default: optional
        "quarkus.otel.exporter.otlp.endpoint; ${OTEL_EXPORTER_OTLP_ENDPOINT:}; ''",
        "quarkus.otel.traces.sampler.arg; ${OTEL_TRACES_SAMPLER_ARG:1.0}; ''",
        // the local machine as the default: the variable must replace it
        "quarkus.http.cors.origins; ${PLANTRACK_CORS_ORIGINS:http://localhost:3000}; PLANTRACK_CORS_ORIGINS",
        // the local machine as the value: the setting's own variable must replace it
        "quarkus.datasource.jdbc.url; jdbc:postgresql://127.0.0.1:8432/plan; QUARKUS_DATASOURCE_JDBC_URL",
        "plantrack.gateway.services.plan.url; http://127.0.0.1:8081; PLANTRACK_GATEWAY_SERVICES_PLAN_URL",
        "kafka.bootstrap.servers; 127.0.0.1:8092; KAFKA_BOOTSTRAP_SERVERS",
        // neither
        "quarkus.http.port; 8081; ''",
      })
  void derivesTheVariable(String key, String value, String required) {
    assertThat(RequiredSettings.of(Map.of(key, value)))
        .isEqualTo(required.isEmpty() ? List.of() : List.of(required));
  }

  @Test
  void followsASettingThatNamesAnother() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put(
        "kafka.sasl.jaas.config", "Scram required password=\"${plantrack.kafka.password}\";");
    config.put("plantrack.kafka.password", "${PLANTRACK_KAFKA_PASSWORD}");
    config.put("plantrack.kafka.username", "plan-service");

    assertThat(RequiredSettings.of(config)).containsExactly("PLANTRACK_KAFKA_PASSWORD");
  }

  @Test
  void readsTheServicesPropertiesInTheProductionProfileOverTheirDependenciesDefaults() {
    assertThat(RequiredSettings.of(OverlaysTest.ROOT, "plan-service"))
        .containsExactly(
            "KAFKA_BOOTSTRAP_SERVERS",
            "PLANTRACK_DB_PASSWORD",
            "PLANTRACK_DB_USERNAME",
            "PLANTRACK_KAFKA_PASSWORD",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_OIDC_AUTH_SERVER_URL");
    assertThat(RequiredSettings.of(OverlaysTest.ROOT, "gateway"))
        .containsExactly(
            "PLANTRACK_CORS_ORIGINS",
            "PLANTRACK_GATEWAY_SERVICES_INDICATOR_URL",
            "PLANTRACK_GATEWAY_SERVICES_NOTIFICATION_URL",
            "PLANTRACK_GATEWAY_SERVICES_PLAN_URL",
            "PLANTRACK_GATEWAY_SERVICES_REPORTING_URL",
            "PLANTRACK_GATEWAY_SERVICES_TASK_URL",
            "QUARKUS_OIDC_AUTH_SERVER_URL");
  }
}
