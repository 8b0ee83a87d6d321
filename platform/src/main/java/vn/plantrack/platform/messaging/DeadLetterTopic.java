package vn.plantrack.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

/**
 * The service's dead-letter topic: every incoming channel names the same one ({@code
 * mp.messaging.incoming.<channel>.dead-letter-queue.topic}); the connector writes poison to it, the
 * consumer writes the rejected parts of an event it applied in part ({@link RejectedParts}), and
 * the admin API reads it. Records carry the connector's headers: {@code dead-letter-reason}, {@code
 * dead-letter-topic} (the source topic), {@code dead-letter-partition}, {@code dead-letter-offset},
 * {@code dead-letter-exception-class-name}.
 */
@ApplicationScoped
public class DeadLetterTopic {
  public static final String REASON = "dead-letter-reason";
  public static final String SOURCE_TOPIC = "dead-letter-topic";
  public static final String SOURCE_PARTITION = "dead-letter-partition";
  public static final String SOURCE_OFFSET = "dead-letter-offset";
  public static final String EXCEPTION = "dead-letter-exception-class-name";

  /** A record of the dead-letter topic. */
  public record Letter(
      int partition,
      long offset,
      Instant deadLetteredAt,
      String key,
      String value,
      Map<String, String> headers) {
    /** {@code <partition>-<offset>}: the record's place, its id in the admin API. */
    public String id() {
      return partition + "-" + offset;
    }
  }

  private final Config config;
  private final Map<String, Object> kafkaConfig;
  private Producer<String, String> producer;

  /** kafkaConfig: the service's kafka.* settings (bootstrap servers and its SASL principal). */
  public DeadLetterTopic(
      Config config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.config = config;
    this.kafkaConfig = kafkaConfig;
  }

  /** The topic, or empty for a service that consumes nothing. */
  public Optional<String> name() {
    TreeSet<String> topics = new TreeSet<>();
    for (String property : config.getPropertyNames()) {
      if (property.startsWith("mp.messaging.incoming.")
          && property.endsWith(".dead-letter-queue.topic")) {
        config.getOptionalValue(property, String.class).ifPresent(topics::add);
      }
    }
    if (topics.size() > 1) {
      throw new IllegalStateException("one dead-letter topic per service, not " + topics);
    }
    return topics.stream().findFirst();
  }

  /** The channel reading a topic ({@code mp.messaging.incoming.<channel>.topic}). */
  public Optional<String> channelOf(String topic) {
    for (String property : config.getPropertyNames()) {
      if (property.startsWith("mp.messaging.incoming.")
          && property.endsWith(".topic")
          && !property.endsWith(".dead-letter-queue.topic")
          && topic.equals(config.getOptionalValue(property, String.class).orElse(null))) {
        return Optional.of(
            property.substring("mp.messaging.incoming.".length(), property.length() - 6));
      }
    }
    return Optional.empty();
  }

  /** Every record of the topic, oldest first per partition, partitions in order. */
  public List<Letter> read() {
    Optional<String> topic = name();
    if (topic.isEmpty()) {
      return List.of();
    }
    Properties props = new Properties();
    props.putAll(kafkaConfig);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
    props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    List<Letter> letters = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic.get(), Duration.ofSeconds(10));
      if (infos == null || infos.isEmpty()) {
        return List.of();
      }
      List<TopicPartition> partitions =
          infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new org.apache.kafka.common.errors.TimeoutException(
              "the dead-letter topic could not be read to its end");
        }
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
            letters.add(letter(r));
          }
        }
      }
    }
    letters.sort(
        java.util.Comparator.comparingInt(Letter::partition).thenComparingLong(Letter::offset));
    return letters;
  }

  private static Letter letter(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new TreeMap<>();
    for (Header h : r.headers()) {
      if (h.key().startsWith("dead-letter-") && h.value() != null) {
        headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
      }
    }
    return new Letter(
        r.partition(),
        r.offset(),
        Instant.ofEpochMilli(r.timestamp()),
        r.key(),
        r.value(),
        headers);
  }

  /**
   * Writes a record and waits for the broker's acknowledgement (a failure is the broker's, hence
   * transient for the consumer that writes it).
   */
  public void write(String key, String value, Map<String, String> headers) {
    String topic =
        name()
            .orElseThrow(() -> new IllegalStateException("this service has no dead-letter topic"));
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
    headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    try {
      producer().send(record).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new org.apache.kafka.common.errors.TimeoutException("dead-letter write timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new org.apache.kafka.common.errors.InterruptException(e);
    }
  }

  /** A stable id for audit entries about a record. */
  public static String auditId(String topic, Letter letter) {
    return topic + "/" + letter.id();
  }

  private synchronized Producer<String, String> producer() {
    if (producer == null) {
      Properties props = new Properties();
      props.putAll(kafkaConfig);
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }
}
