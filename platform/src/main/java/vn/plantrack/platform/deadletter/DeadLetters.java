package vn.plantrack.platform.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.messaging.DeadLetterTopic;
import vn.plantrack.platform.messaging.DeadLetterTopic.Letter;
import vn.plantrack.platform.messaging.Failures;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;

/**
 * The service's dead-lettered events: listed and shown from its dead-letter topic, replayed through
 * the consumer that reads their source topic (the same effect, once, as the live channel applies
 * it), every replay audited (entity type {@code dead-letter}, id {@code
 * <topic>/<partition>-<offset>}, action {@code REPLAYED} or {@code REPLAY_FAILED}).
 */
@ApplicationScoped
public class DeadLetters {
  static final String AUDIT_TYPE = "dead-letter";
  static final String NOT_APPLIED = "https://plantrack.vn/problems/dead-letter-not-applied";
  static final String UNAVAILABLE = "https://plantrack.vn/problems/unavailable";
  private static final Logger LOG = Logger.getLogger(DeadLetters.class);

  /** The last replay of a record: when, by whom, and what it did. */
  public record Replay(Instant at, String by, String action, String note) {}

  /**
   * A dead-lettered record; {@code value} (the record as received) only when shown alone; {@code
   * copies}: how many records of the topic hold this same source record (a dead-letter topic is
   * written at least once, so a rebalance can write one twice): it is listed and replayed once.
   */
  public record View(
      String id,
      String sourceTopic,
      Integer sourcePartition,
      Long sourceOffset,
      String key,
      String eventId,
      String eventType,
      String reason,
      String exception,
      Instant deadLetteredAt,
      Replay lastReplay,
      int copies,
      String value) {}

  /** What a replay did: APPLIED, DUPLICATE (already applied), or why it was not applied. */
  public record ReplayResult(String id, String outcome, String reason) {}

  /** A replay of every record not yet replayed. */
  public record ReplayAll(int applied, int duplicate, int failed, List<ReplayResult> results) {}

  private final DeadLetterTopic topic;
  private final IdempotentConsumer consumer;
  private final AuditTrail audit;
  private final EntityManager entityManager;
  private final ObjectMapper mapper;

  public DeadLetters(
      DeadLetterTopic topic,
      IdempotentConsumer consumer,
      AuditTrail audit,
      EntityManager entityManager,
      ObjectMapper mapper) {
    this.topic = topic;
    this.consumer = consumer;
    this.audit = audit;
    this.entityManager = entityManager;
    this.mapper = mapper;
  }

  public Page<View> list(PageRequest page) {
    Map<Letter, Integer> distinct = distinct(read());
    List<Letter> letters = new ArrayList<>(distinct.keySet());
    Comparator<Letter> order =
        Comparator.comparing(Letter::deadLetteredAt).thenComparing(Letter::id);
    letters.sort(page.ascending() ? order : order.reversed());
    Map<String, Replay> replays = lastReplays();
    List<View> items =
        letters.stream()
            .skip(page.offset())
            .limit(page.size())
            .map(l -> view(l, replays.get(auditId(l)), distinct.get(l), false))
            .toList();
    return Page.of(items, page, letters.size());
  }

  public View get(String id) {
    List<Letter> all = read();
    Letter letter = find(all, id);
    int copies = (int) all.stream().filter(l -> sameSource(l, letter)).count();
    return view(letter, lastReplays().get(auditId(letter)), copies, true);
  }

  /** Applies the record through its consumer, once; audited whatever happens. */
  public ReplayResult replay(String id) {
    ReplayResult result = replay(find(read(), id));
    if (!result.outcome().equals("APPLIED") && !result.outcome().equals("DUPLICATE")) {
      throw result.outcome().equals("UNAVAILABLE")
          ? new ProblemException(503, UNAVAILABLE, "Service unavailable", result.reason())
          : new ProblemException(422, NOT_APPLIED, "Not applied", result.reason());
    }
    return result;
  }

  /** Replays every record that no replay applied yet, in the order they were dead-lettered. */
  public ReplayAll replayAll() {
    Map<String, Replay> replays = lastReplays();
    List<ReplayResult> results = new ArrayList<>();
    int applied = 0;
    int duplicate = 0;
    int failed = 0;
    for (Letter letter : distinct(read()).keySet()) {
      Replay last = replays.get(auditId(letter));
      if (last != null && last.action().equals("REPLAYED")) {
        continue;
      }
      ReplayResult result = replay(letter);
      results.add(result);
      switch (result.outcome()) {
        case "APPLIED" -> applied++;
        case "DUPLICATE" -> duplicate++;
        default -> failed++;
      }
    }
    return new ReplayAll(applied, duplicate, failed, results);
  }

  private ReplayResult replay(Letter letter) {
    String source = letter.headers().get(DeadLetterTopic.SOURCE_TOPIC);
    IdempotentConsumer.Channel channel =
        source == null ? null : consumer.channelReading(source).orElse(null);
    ReplayResult result;
    if (channel == null) {
      result =
          new ReplayResult(letter.id(), "NOT_APPLIED", "no consumer here reads topic " + source);
    } else {
      try {
        IdempotentConsumer.Outcome outcome =
            channel.applyOnce(letter.value() == null ? "" : letter.value());
        result = new ReplayResult(letter.id(), outcome.name(), null);
      } catch (RuntimeException e) {
        Failures.Kind kind = Failures.classify(e);
        String reason =
            channel.consumer()
                + ": "
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + e.getMessage();
        LOG.warnf(e, "replay of dead-lettered %s failed", letter.id());
        result =
            new ReplayResult(
                letter.id(),
                kind == Failures.Kind.TRANSIENT ? "UNAVAILABLE" : "NOT_APPLIED",
                reason);
      }
    }
    record(letter, result);
    return result;
  }

  private void record(Letter letter, ReplayResult result) {
    boolean done = result.outcome().equals("APPLIED") || result.outcome().equals("DUPLICATE");
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  audit.recordAction(
                      AUDIT_TYPE,
                      auditId(letter),
                      null,
                      null,
                      done ? "REPLAYED" : "REPLAY_FAILED",
                      done ? result.outcome() : result.reason()));
    } catch (RuntimeException e) {
      // The database may be the reason the replay failed; the answer says what happened.
      LOG.warnf(e, "replay of %s could not be audited", letter.id());
    }
  }

  private List<Letter> read() {
    try {
      return topic.read();
    } catch (org.apache.kafka.common.KafkaException e) {
      throw new ProblemException(
          503, UNAVAILABLE, "Service unavailable", "the broker is away: " + e.getMessage());
    }
  }

  /**
   * Each source record once, the first copy standing for the others, with how many copies there
   * are. A record without its source place (topic, partition, offset) stands alone.
   */
  static Map<Letter, Integer> distinct(List<Letter> letters) {
    Map<String, Letter> first = new java.util.LinkedHashMap<>();
    Map<Letter, Integer> copies = new java.util.LinkedHashMap<>();
    for (Letter letter : letters) {
      String source = source(letter);
      Letter standing = source == null ? letter : first.putIfAbsent(source, letter);
      if (standing == null || standing == letter) {
        copies.put(letter, 1);
      } else {
        copies.merge(standing, 1, Integer::sum);
      }
    }
    return copies;
  }

  private static boolean sameSource(Letter a, Letter b) {
    String source = source(a);
    return a == b || (source != null && source.equals(source(b)));
  }

  /** {@code topic/partition/offset} of the record that was dead-lettered; null if not all known. */
  private static String source(Letter letter) {
    Map<String, String> h = letter.headers();
    String topic = h.get(DeadLetterTopic.SOURCE_TOPIC);
    String partition = h.get(DeadLetterTopic.SOURCE_PARTITION);
    String offset = h.get(DeadLetterTopic.SOURCE_OFFSET);
    return topic == null || partition == null || offset == null
        ? null
        : topic + "/" + partition + "/" + offset;
  }

  private static Letter find(List<Letter> letters, String id) {
    return letters.stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("dead-lettered event", id));
  }

  private String auditId(Letter letter) {
    return topic.name().orElse("") + "/" + letter.id();
  }

  /** The last replay of each record, from the audit trail. */
  private Map<String, Replay> lastReplays() {
    Map<String, Replay> last = new HashMap<>();
    List<Object[]> rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createQuery(
                            "select a.entityId, a.changedAt, a.changedBy, a.action, a.note"
                                + " from AuditEntry a where a.entityType = :type order by a.id",
                            Object[].class)
                        .setParameter("type", AUDIT_TYPE)
                        .getResultList());
    for (Object[] r : rows) {
      last.put(
          (String) r[0], new Replay((Instant) r[1], (String) r[2], (String) r[3], (String) r[4]));
    }
    return last;
  }

  private View view(Letter letter, Replay replay, int copies, boolean withValue) {
    String eventId = null;
    String eventType = null;
    try {
      JsonNode event = letter.value() == null ? null : mapper.readTree(letter.value());
      if (event != null && event.isObject()) {
        eventId = event.path("id").isTextual() ? event.get("id").asText() : null;
        eventType = event.path("type").isTextual() ? event.get("type").asText() : null;
      }
    } catch (IOException e) {
      // Not JSON: the reason says so; id and type stay empty.
    }
    Map<String, String> h = letter.headers();
    return new View(
        letter.id(),
        h.get(DeadLetterTopic.SOURCE_TOPIC),
        number(h.get(DeadLetterTopic.SOURCE_PARTITION)) == null
            ? null
            : number(h.get(DeadLetterTopic.SOURCE_PARTITION)).intValue(),
        number(h.get(DeadLetterTopic.SOURCE_OFFSET)),
        letter.key(),
        eventId,
        eventType,
        h.get(DeadLetterTopic.REASON),
        h.get(DeadLetterTopic.EXCEPTION),
        letter.deadLetteredAt(),
        replay,
        copies,
        withValue ? letter.value() : null);
  }

  private static Long number(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
