package vn.plantrack.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plantrack.infra.KafkaAccess;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.infra.KafkaCredentials;

/**
 * The broker every test and the local stack run is closed: no client without valid credentials gets
 * in, and each service's principal may write and read exactly what the access table grants.
 */
class KafkaSecurityTest {
  private static final String TASKS = "plantrack.tasks";
  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = KafkaBroker.startEphemeral();
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void producingToTheTasksTopicWithoutCredentialsIsRefused() {
    String key = UUID.randomUUID().toString();
    // No SASL at all: the listener speaks nothing else, the record never gets anywhere.
    Map<String, Object> anonymous = new HashMap<>();
    anonymous.put("bootstrap.servers", broker.bootstrapServers());
    assertThatThrownBy(() -> produce(anonymous, TASKS, key))
        .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    // SASL with a wrong password, or a user the broker does not know: authentication fails.
    assertThatThrownBy(() -> produce(as("task-service", "not-the-password"), TASKS, key))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    assertThatThrownBy(() -> produce(as("mallory", "mallory"), TASKS, key))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    assertThat(readAll(broker.clientProperties(KafkaAccess.ADMIN), TASKS, key)).isEmpty();
  }

  @Test
  void listingTopicsWithoutCredentialsFails() throws Exception {
    Map<String, Object> anonymous = new HashMap<>();
    anonymous.put("bootstrap.servers", broker.bootstrapServers());
    anonymous.put("default.api.timeout.ms", "4000");
    anonymous.put("request.timeout.ms", "2000");
    try (Admin admin = Admin.create(anonymous)) {
      assertThatThrownBy(() -> admin.listTopics().names().get())
          .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }
    Map<String, Object> wrong = as("admin", "guessed");
    wrong.put("default.api.timeout.ms", "4000");
    wrong.put("request.timeout.ms", "2000");
    try (Admin admin = Admin.create(wrong)) {
      assertThatThrownBy(() -> admin.listTopics().names().get())
          .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }
    try (Admin admin = Admin.create(broker.clientProperties(KafkaAccess.ADMIN))) {
      assertThat(admin.listTopics().names().get()).contains(TASKS);
    }
    // A service sees only the topics it may use.
    try (Admin admin = Admin.create(broker.clientProperties("plan-service"))) {
      assertThat(admin.listTopics().names().get())
          .containsExactlyInAnyOrder("plantrack.plans", "plantrack.organizations");
    }
  }

  @Test
  void theIndicatorServiceCannotProduceToTheTasksTopicAndTaskServiceCan() throws Exception {
    String key = UUID.randomUUID().toString();
    assertThatThrownBy(() -> produce(broker.clientProperties("indicator-service"), TASKS, key))
        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    produce(broker.clientProperties("task-service"), TASKS, key);
    assertThat(readAll(broker.clientProperties(KafkaAccess.ADMIN), TASKS, key)).hasSize(1);
  }

  @Test
  void onlyTheTasksConsumersReadTheTasksTopicAndOnlyInTheirOwnGroup() throws Exception {
    String key = UUID.randomUUID().toString();
    produce(broker.clientProperties("task-service"), TASKS, key);
    assertThat(subscribe("reporting-service", "reporting-service", TASKS, key)).hasSize(1);
    assertThatThrownBy(() -> subscribe("indicator-service", "indicator-service", TASKS, key))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThatThrownBy(() -> subscribe("reporting-service", "task-service", TASKS, key))
        .isInstanceOf(GroupAuthorizationException.class);
  }

  /** Every principal against every topic of the table: allowed exactly where the table says. */
  @Test
  void eachServiceWritesAndReadsExactlyWhatTheAccessTableGrants() {
    KafkaAccess table = KafkaAccess.table();
    List<String> wrong = new ArrayList<>();
    for (KafkaAccess.Principal p : table.principals()) {
      for (String topic : table.topics()) {
        boolean wrote = allowed(() -> produce(broker.clientProperties(p.name()), topic, "probe"));
        if (wrote != p.writes().contains(topic)) {
          wrong.add(p.name() + (wrote ? " wrote " : " could not write ") + topic);
        }
        boolean read = allowed(() -> readAll(broker.clientProperties(p.name()), topic, "probe"));
        if (read != p.reads().contains(topic)) {
          wrong.add(p.name() + (read ? " read " : " could not read ") + topic);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private interface Attempt {
    void run() throws Exception;
  }

  private static boolean allowed(Attempt attempt) {
    try {
      attempt.run();
      return true;
    } catch (Exception e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof TopicAuthorizationException) {
        return false;
      }
      throw new AssertionError("neither allowed nor refused: " + e, e);
    }
  }

  private static Map<String, Object> as(String principal, String password) {
    Map<String, Object> props =
        new HashMap<>(KafkaCredentials.clientProperties(principal, password));
    props.put("bootstrap.servers", broker.bootstrapServers());
    return props;
  }

  private static void produce(Map<String, Object> client, String topic, String key)
      throws Exception {
    Map<String, Object> props = new HashMap<>(client);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      producer.send(new ProducerRecord<>(topic, key, "{}")).get();
    }
  }

  /** The topic's records with the key, read from the start without a consumer group. */
  private static List<ConsumerRecord<String, String>> readAll(
      Map<String, Object> client, String topic, String key) {
    Map<String, Object> props = new HashMap<>(client);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      do {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  if (key.equals(r.key())) {
                    found.add(r);
                  }
                });
      } while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && System.nanoTime() < deadline);
    }
    return found;
  }

  /** Subscribes in the group (as a service's consumer does) until the keyed record arrives. */
  private static List<ConsumerRecord<String, String>> subscribe(
      String principal, String group, String topic, String key) {
    Map<String, Object> props = new HashMap<>(broker.clientProperties(principal));
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (found.isEmpty() && System.nanoTime() < deadline) {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  if (key.equals(r.key())) {
                    found.add(r);
                  }
                });
      }
    }
    return found;
  }
}
