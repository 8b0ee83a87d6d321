package vn.plantrack.platform.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.plantrack.infra.KafkaAccess;
import vn.plantrack.infra.KafkaCredentials;

/**
 * Reads and writes topics of the real broker in tests, from the beginning, with a fresh consumer
 * group, as the admin principal (a super user: tests may forge what no service is allowed to).
 */
public final class TopicReader {
  private TopicReader() {}

  /**
   * Waits until {@code count} records matching the filter arrived on the topic (reading from the
   * start), or returns what arrived when the timeout passes. Records are in partition order.
   */
  public static List<ConsumerRecord<String, String>> await(
      String bootstrapServers,
      String topic,
      Predicate<ConsumerRecord<String, String>> filter,
      int count,
      Duration timeout) {
    return read(bootstrapServers, topic, filter, matching -> matching.size() >= count, timeout);
  }

  /**
   * The distinct values of {@code identity} (e.g. the event id) among the matching records, once
   * {@code count} distinct ones arrived or the timeout passes: a topic written at least once (a
   * dead-letter topic after a consumer's rebalance) may hold a record twice.
   */
  public static Set<String> awaitDistinct(
      String bootstrapServers,
      String topic,
      Predicate<ConsumerRecord<String, String>> filter,
      Function<ConsumerRecord<String, String>, String> identity,
      int count,
      Duration timeout) {
    Set<String> seen = new LinkedHashSet<>();
    read(
        bootstrapServers,
        topic,
        filter,
        matching -> {
          matching.forEach(r -> seen.add(identity.apply(r)));
          return seen.size() >= count;
        },
        timeout);
    return seen;
  }

  /** Reads the topic from the start, with one consumer, until the matching records are enough. */
  private static List<ConsumerRecord<String, String>> read(
      String bootstrapServers,
      String topic,
      Predicate<ConsumerRecord<String, String>> filter,
      Predicate<List<ConsumerRecord<String, String>>> enough,
      Duration timeout) {
    Properties props = asAdmin(bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> matching = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!enough.test(matching) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (filter.test(record)) {
            matching.add(record);
          }
        }
      }
    }
    return matching;
  }

  /**
   * Sends raw records (e.g. a hand-written or malformed event) and waits for the broker's
   * acknowledgement.
   */
  public static void send(String bootstrapServers, String topic, String key, String value) {
    send(bootstrapServers, topic, key, value, java.util.Map.of());
  }

  /** Sends a raw record with headers (a dead-letter record as the connector writes one, say). */
  public static void send(
      String bootstrapServers,
      String topic,
      String key,
      String value,
      java.util.Map<String, String> headers) {
    Properties props = asAdmin(bootstrapServers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
      headers.forEach(
          (k, v) -> record.headers().add(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not send to " + topic, e);
    }
  }

  /**
   * Client settings of the admin principal for the test's broker, whose password the Kafka test
   * resource put in the configuration.
   */
  public static Properties asAdmin(String bootstrapServers) {
    String password =
        ConfigProvider.getConfig()
            .getValue(KafkaResource.PASSWORD_PREFIX + KafkaAccess.ADMIN, String.class);
    Properties props = new Properties();
    props.putAll(KafkaCredentials.clientProperties(KafkaAccess.ADMIN, password));
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return props;
  }
}
