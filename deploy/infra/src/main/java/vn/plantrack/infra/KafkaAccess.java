package vn.plantrack.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The access table ({@code kafka/access.txt}): one principal per service, the topics it writes and
 * reads, its consumer groups, and the CloudEvents source of its events. {@link #apply} makes a
 * cluster match it: topics created, SCRAM users set, exactly the table's ACLs granted.
 */
public final class KafkaAccess {
  /** The broker itself (inter-broker and controller traffic): a super user. */
  public static final String BROKER = "broker";

  /** Tooling and tests (the broker setup, TopicReader, the e2e suite): a super user. */
  public static final String ADMIN = "admin";

  static final int SCRAM_ITERATIONS = 8192;

  /** One row of the table. A group ending in {@code *} is a prefix. */
  public record Principal(
      String name, String source, List<String> writes, List<String> reads, List<String> groups) {}

  private final List<Principal> principals;

  private KafkaAccess(List<Principal> principals) {
    this.principals = List.copyOf(principals);
  }

  /** The project's table, from the classpath. */
  public static KafkaAccess table() {
    try (InputStream in = KafkaAccess.class.getResourceAsStream("/kafka/access.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /kafka/access.txt");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static KafkaAccess parse(String text) {
    List<Principal> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length != 5) {
        throw new IllegalArgumentException("access table: 5 columns expected in '" + line + "'");
      }
      rows.add(
          new Principal(
              cells[0].strip(), cells[1].strip(), list(cells[2]), list(cells[3]), list(cells[4])));
    }
    return new KafkaAccess(rows);
  }

  private static List<String> list(String cell) {
    String value = cell.strip();
    return value.equals("-") ? List.of() : Arrays.asList(value.split("\\s+"));
  }

  public List<Principal> principals() {
    return principals;
  }

  /**
   * The owners' topics other services build read models from: written by one principal, read by
   * another (dead-letter topics are read only by their writer). They are kept for ever ({@link
   * #KEPT_FOR_EVER}): a read model is rebuilt by reading them from their first offset, and every
   * version of every aggregate counts (reporting judges a date by what stood then), so neither
   * deletion after a time nor compaction by key may take any of it. deploy/infra README.md,
   * Retention.
   */
  public Set<String> replayedTopics() {
    Set<String> replayed = new LinkedHashSet<>();
    for (Principal writer : principals) {
      for (String topic : writer.writes()) {
        if (principals.stream().anyMatch(p -> p != writer && p.reads().contains(topic))) {
          replayed.add(topic);
        }
      }
    }
    return replayed;
  }

  /** The topic settings of {@link #replayedTopics}: deleted never, compacted never. */
  public static final Map<String, String> KEPT_FOR_EVER =
      Map.of("cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1");

  /** Every topic of the table, written or read. */
  public Set<String> topics() {
    Set<String> topics = new LinkedHashSet<>();
    principals.forEach(p -> topics.addAll(p.writes()));
    principals.forEach(p -> topics.addAll(p.reads()));
    return topics;
  }

  /** The ACLs the table grants, and nothing else. */
  public List<AclBinding> acls() {
    List<AclBinding> acls = new ArrayList<>();
    for (Principal p : principals) {
      for (String topic : p.writes()) {
        acls.add(allow(p, ResourceType.TOPIC, topic, AclOperation.WRITE));
      }
      for (String topic : p.reads()) {
        acls.add(allow(p, ResourceType.TOPIC, topic, AclOperation.READ));
      }
      for (String group : p.groups()) {
        acls.add(allow(p, ResourceType.GROUP, group, AclOperation.READ));
      }
    }
    return acls;
  }

  private static AclBinding allow(
      Principal principal, ResourceType type, String name, AclOperation operation) {
    ResourcePattern pattern =
        name.endsWith("*")
            ? new ResourcePattern(type, name.substring(0, name.length() - 1), PatternType.PREFIXED)
            : new ResourcePattern(type, name, PatternType.LITERAL);
    return new AclBinding(
        pattern,
        new AccessControlEntry(
            "User:" + principal.name(), "*", operation, AclPermissionType.ALLOW));
  }

  /**
   * Makes the cluster match the table, as a super user: creates the missing topics (broker defaults
   * for partitions and replication; the {@link #replayedTopics} kept for ever, new or not), sets
   * each principal's SCRAM-SHA-512 password, grants the ACLs. Safe to repeat: existing topics stay,
   * a password is replaced, an ACL the table no longer holds is deleted.
   */
  public void apply(Admin admin, Map<String, String> passwords) {
    try {
      Set<String> replayed = replayedTopics();
      List<NewTopic> topics =
          topics().stream()
              .map(
                  t ->
                      new NewTopic(t, java.util.Optional.empty(), java.util.Optional.empty())
                          .configs(replayed.contains(t) ? KEPT_FOR_EVER : Map.of()))
              .toList();
      for (var result : admin.createTopics(topics).values().values()) {
        try {
          result.get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      // A topic created before (with the broker's 7 days) is set to keep for ever too.
      Map<ConfigResource, Collection<AlterConfigOp>> kept = new java.util.HashMap<>();
      for (String topic : replayed) {
        kept.put(
            new ConfigResource(ConfigResource.Type.TOPIC, topic),
            KEPT_FOR_EVER.entrySet().stream()
                .map(
                    e ->
                        new AlterConfigOp(
                            new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                .toList());
      }
      admin.incrementalAlterConfigs(kept).all().get();
      Collection<UserScramCredentialAlteration> users = new ArrayList<>();
      for (Principal p : principals) {
        String password = passwords.get(p.name());
        if (password == null) {
          throw new IllegalArgumentException("no password for " + p.name());
        }
        users.add(
            new UserScramCredentialUpsertion(
                p.name(),
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                password));
      }
      admin.alterUserScramCredentials(List.copyOf(users)).all().get();
      // Exactly the table: a grant that left the table (an earlier run's) is revoked.
      List<AclBinding> wanted = acls();
      List<AclBindingFilter> stale =
          admin.describeAcls(AclBindingFilter.ANY).values().get().stream()
              .filter(acl -> !wanted.contains(acl))
              .map(AclBinding::toFilter)
              .toList();
      if (!stale.isEmpty()) {
        admin.deleteAcls(stale).all().get();
      }
      admin.createAcls(wanted).all().get();
      // The controller committed them; wait until the broker (whose view describeAcls answers from)
      // enforces them, so that no client arrives in between and is refused.
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
      while (!admin.describeAcls(AclBindingFilter.ANY).values().get().containsAll(wanted)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the broker did not take up the ACLs within 30 s");
        }
        Thread.sleep(50);
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("applying the Kafka access table failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Waits until the broker knows the principal's new SCRAM password (the controller commits it, the
   * broker takes it up a moment later): a service must not be turned away in that moment.
   */
  static void awaitAuthenticates(String principal, Map<String, Object> client) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (true) {
      Map<String, Object> props = new java.util.HashMap<>(client);
      props.put("request.timeout.ms", "5000");
      props.put("default.api.timeout.ms", "10000");
      try (Admin admin = Admin.create(props)) {
        admin.describeCluster().nodes().get();
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof SaslAuthenticationException)
            || System.nanoTime() > deadline) {
          throw new IllegalStateException(principal + " cannot authenticate", e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      Ports.sleep(100);
    }
  }
}
