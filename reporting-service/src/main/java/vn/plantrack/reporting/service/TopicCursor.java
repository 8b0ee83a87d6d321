package vn.plantrack.reporting.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one owner's topic for a rebuild, from its first offset on, in steps: each {@link #readTo}
 * reads up to the end offsets of the moment and stops there; the next one goes on from where the
 * last stopped. No group is joined and nothing is committed: the live consumers' positions are
 * their own.
 */
final class TopicCursor implements AutoCloseable {
  private final String topic;
  private final KafkaConsumer<String, String> consumer;
  private final List<TopicPartition> partitions = new ArrayList<>();
  private Map<TopicPartition, Long> end = Map.of();

  TopicCursor(String topic, Map<String, Object> kafkaConfig) {
    this.topic = topic;
    // The service's kafka.* settings (bootstrap servers, its SASL principal); the group's prefix is
    // the one its ACLs allow (deploy/infra kafka/access.txt).
    Properties props = new Properties();
    props.putAll(kafkaConfig);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    this.consumer = new KafkaConsumer<>(props);
    consumer
        .partitionsFor(topic, Duration.ofSeconds(10))
        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  String topic() {
    return topic;
  }

  /** Aims at the topic's end as it is now. */
  void aimAtEnd() {
    end = consumer.endOffsets(partitions);
  }

  /** Records still to read up to the end aimed at. */
  long remaining() {
    return end() - reached();
  }

  /** The sum of the partitions' positions. */
  long reached() {
    return partitions.stream().mapToLong(consumer::position).sum();
  }

  /** The sum of the end offsets aimed at. */
  long end() {
    return end.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The next records before the end aimed at (empty once it is reached). */
  List<ConsumerRecord<String, String>> next() {
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    if (partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
      return records;
    }
    // Partitions already at their end wait: a record past the end aimed at is for the next step.
    List<TopicPartition> done =
        partitions.stream().filter(p -> consumer.position(p) >= end.get(p)).toList();
    consumer.pause(done);
    try {
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
        TopicPartition p = new TopicPartition(r.topic(), r.partition());
        if (r.offset() < end.get(p)) {
          records.add(r);
        } else {
          // Read past the end in this poll: go back, the next step reads it.
          consumer.seek(p, Math.min(consumer.position(p), r.offset()));
        }
      }
    } finally {
      consumer.resume(done);
    }
    return records;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
