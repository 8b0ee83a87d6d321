package vn.plantrack.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.plantrack.infra.KafkaAccess;
import vn.plantrack.infra.KafkaCredentials;

/** The broker as the checker sees it: topics read from the beginning, and poison sent. */
final class Topics {
  static final String POISON = "fault-poison";

  /** A record: its topic, key, value and headers (as text), in offset order per partition. */
  record Record(
      String topic,
      int partition,
      long offset,
      String key,
      String value,
      Map<String, String> headers) {}

  private final String bootstrap;
  private final Map<String, String> admin;

  /**
   * The broker at {@code bootstrap}, as its {@code admin} principal (SASL/SCRAM over the loopback
   * listener, like every client of the stack), with the password the stack's broker keeps in its
   * folder {@code kafkaDir}.
   */
  Topics(String bootstrap, Path kafkaDir) {
    this.bootstrap = bootstrap;
    this.admin = KafkaCredentials.in(kafkaDir).clientProperties(KafkaAccess.ADMIN);
  }

  private Properties client() {
    Properties props = new Properties();
    props.putAll(admin);
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return props;
  }

  Set<String> names() throws Exception {
    Properties props = client();
    try (Admin admin = Admin.create(props)) {
      return new TreeSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
    }
  }

  /** Unparseable records with a key the checker recognizes, {@code count} on each topic. */
  void poison(List<String> topics, int count, String run) throws Exception {
    Properties props = client();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      for (String topic : topics) {
        for (int i = 0; i < count; i++) {
          producer
              .send(
                  new ProducerRecord<>(
                      topic,
                      POISON + "-" + run + "-" + i,
                      "{ this is not an event (" + POISON + ")"))
              .get(30, TimeUnit.SECONDS);
        }
      }
    }
  }

  /** Every record of the topic up to its end now. */
  List<Record> read(String topic) {
    Properties props = client();
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    List<Record> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end");
        }
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
          Map<String, String> headers = new HashMap<>();
          for (Header h : r.headers()) {
            headers.put(
                h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
          }
          records.add(new Record(topic, r.partition(), r.offset(), r.key(), r.value(), headers));
        }
      }
    }
    return records;
  }
}
