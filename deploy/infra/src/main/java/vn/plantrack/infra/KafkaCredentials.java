package vn.plantrack.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The SASL passwords of one broker's principals: the broker itself, admin and each service of the
 * access table. Generated at random the first time and kept in {@code credentials.properties} in
 * the broker's folder (owner-only), so that a restart, the local stack's services (deploy/local/up)
 * and the tests' clients use the same ones. Nothing here is committed.
 */
public final class KafkaCredentials {
  public static final String FILE = "credentials.properties";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> passwords;

  private KafkaCredentials(Map<String, String> passwords) {
    this.passwords = Map.copyOf(passwords);
  }

  /**
   * The credentials kept in the folder; missing ones (a new folder, a principal new in the table)
   * are generated and written.
   */
  public static synchronized KafkaCredentials in(Path directory) {
    Path file = directory.resolve(FILE);
    try {
      Files.createDirectories(directory);
      Properties stored = new Properties();
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          stored.load(in);
        }
      }
      Map<String, String> passwords = new LinkedHashMap<>();
      boolean changed = false;
      for (String principal : principals()) {
        String password = stored.getProperty(principal);
        if (password == null || password.isBlank()) {
          password = generate();
          changed = true;
        }
        passwords.put(principal, password);
      }
      if (changed) {
        write(file, passwords);
      }
      return new KafkaCredentials(passwords);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the folder holds credentials (a broker formatted with SASL users). */
  static boolean existIn(Path directory) {
    return Files.exists(directory.resolve(FILE));
  }

  private static java.util.List<String> principals() {
    java.util.List<String> names = new java.util.ArrayList<>();
    names.add(KafkaAccess.BROKER);
    names.add(KafkaAccess.ADMIN);
    KafkaAccess.table().principals().forEach(p -> names.add(p.name()));
    return names;
  }

  private static String generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    // Base64url without padding: no quote, comma, '=' or ']' to break a JAAS line or the storage
    // tool's --add-scram argument.
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void write(Path file, Map<String, String> passwords) throws IOException {
    Path tmp = file.resolveSibling(FILE + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp);
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions protect it
    }
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      out.write(
          "# Kafka SASL/SCRAM passwords of this broker's principals (generated; keep private)\n");
      for (Map.Entry<String, String> e : passwords.entrySet()) {
        out.write(e.getKey() + "=" + e.getValue() + "\n");
      }
    }
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  public String password(String principal) {
    String password = passwords.get(principal);
    if (password == null) {
      throw new IllegalArgumentException("no Kafka principal " + principal);
    }
    return password;
  }

  /** Principal → password, for every principal. */
  public Map<String, String> passwords() {
    return passwords;
  }

  /**
   * What a client needs to connect as the principal (SASL/SCRAM-SHA-512 over plaintext on the
   * loopback listener): add the bootstrap servers and the client's own settings.
   */
  public static Map<String, String> clientProperties(String principal, String password) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("security.protocol", "SASL_PLAINTEXT");
    props.put("sasl.mechanism", "SCRAM-SHA-512");
    props.put("sasl.jaas.config", jaas(principal, password));
    return props;
  }

  public Map<String, String> clientProperties(String principal) {
    return clientProperties(principal, password(principal));
  }

  static String jaas(String principal, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + principal
        + "\" password=\""
        + password
        + "\";";
  }
}
