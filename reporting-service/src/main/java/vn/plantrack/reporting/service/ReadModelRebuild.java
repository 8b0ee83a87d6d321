package vn.plantrack.reporting.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.messaging.TopicOwners;
import vn.plantrack.reporting.repository.MeasurementViewRepository;

/**
 * Rebuilds the read model from scratch: empties it, then reads the owners' topics from their first
 * offset to their current end and applies every event as the live consumers do. Events are applied
 * by version, so the live consumers running alongside do no harm. Reports and consolidated reports
 * are this service's own data and stay.
 */
@ApplicationScoped
public class ReadModelRebuild {
  private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

  private final ReadModelService readModel;
  private final MeasurementViewRepository repository;
  private final ObjectMapper mapper;
  private final Map<String, Object> kafkaConfig;

  public ReadModelRebuild(
      ReadModelService readModel,
      MeasurementViewRepository repository,
      ObjectMapper mapper,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.readModel = readModel;
    this.repository = repository;
    this.mapper = mapper;
    this.kafkaConfig = kafkaConfig;
  }

  public Map<String, Map<String, Integer>> rebuild() {
    QuarkusTransaction.requiringNew().run(repository::clearReadModel);
    Map<String, Function<InboundEvent, Boolean>> topics = new LinkedHashMap<>();
    topics.put("plantrack.organizations", readModel::applyOrganizationEvent);
    topics.put("plantrack.plans", readModel::applyPlan);
    topics.put("plantrack.tasks", readModel::applyTask);
    topics.put("plantrack.indicators", readModel::applyIndicator);
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    topics.forEach((topic, apply) -> result.put(topic, replay(topic, apply)));
    LOG.infof("read model rebuilt: %s", result);
    return result;
  }

  private Map<String, Integer> replay(String topic, Function<InboundEvent, Boolean> apply) {
    // The service's kafka.* settings (bootstrap servers, its SASL principal); the group's prefix is
    // the one its ACLs allow (deploy/infra kafka/access.txt).
    Properties props = new Properties();
    props.putAll(kafkaConfig);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    int applied = 0;
    int skipped = 0;
    int poison = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(topic, Duration.ofSeconds(10))
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() >= end.get(new TopicPartition(topic, record.partition()))) {
            continue;
          }
          try {
            InboundEvent event =
                TopicOwners.check(topic, InboundEvent.parse(mapper, record.value()));
            if (QuarkusTransaction.requiringNew().call(() -> apply.apply(event))) {
              applied++;
            } else {
              skipped++;
            }
          } catch (InboundEvent.PoisonEventException e) {
            poison++;
          }
        }
      }
    }
    return Map.of("applied", applied, "skipped", skipped, "poison", poison);
  }
}
