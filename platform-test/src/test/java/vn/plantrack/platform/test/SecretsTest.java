package vn.plantrack.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret is committed but the documented demo ones of the local stack, and production reads its
 * credentials from the environment. Scans every file git tracks (or, outside a git checkout, every
 * file of the source tree but build output) for private keys, tokens and credential assignments,
 * and reads each service's configuration as {@code %prod} sees it.
 */
class SecretsTest {

  /** A committed credential that is meant to be there. */
  record Allowed(String value, String files, String reason) {}

  /** The demo credentials of the local stack (deploy/keycloak/README.md, docs/API.md). */
  static final List<Allowed> DEMO =
      List.of(
          new Allowed(
              "demo",
              "deploy/.*|README\\.md|docs/.*|.*\\.md",
              "password of every demo user of the plantrack realm (API.md, Security and tenancy)"),
          new Allowed(
              "demo-secret",
              "deploy/.*|.*\\.md",
              "client secret of provincial-integration, the demo integration client"),
          new Allowed(
              "outsider-secret",
              "deploy/.*|.*\\.md",
              "client secret of plantrack-outsider, the wrong-audience client of the tests"),
          new Allowed(
              "no-audience-secret|short-lived-secret",
              "deploy/.*|.*\\.md",
              "client secrets of plantrack-no-audience and plantrack-short-lived, the local realm's"
                  + " test clients of token attacks (deploy/keycloak/README.md)"),
          new Allowed(
              "admin",
              "deploy/local/up|deploy/keycloak/README\\.md|.*\\.md",
              "bootstrap admin/admin of the local Keycloak's master realm (its console only)"),
          new Allowed(
              "plan|task|indicator|reporting|notification",
              "(plan|task|indicator|reporting|notification)-service/src/main/resources/application\\.properties"
                  + "|deploy/infra/.*|.*\\.md",
              "the local stack's database roles (deploy/infra Postgres: password = name); %prod"
                  + " reads PLANTRACK_DB_USERNAME and PLANTRACK_DB_PASSWORD"));

  static final Pattern PRIVATE_KEY =
      Pattern.compile("-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----");
  static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}");
  static final Pattern KNOWN_TOKENS =
      Pattern.compile(
          "AKIA[0-9A-Z]{16}"
              + "|gh[pousr]_[A-Za-z0-9]{36}"
              + "|github_pat_[A-Za-z0-9_]{40,}"
              + "|xox[baprs]-[A-Za-z0-9-]{10,}"
              + "|sk_live_[A-Za-z0-9]{16,}"
              + "|AIza[0-9A-Za-z_-]{35}");

  /**
   * {@code password=…}, {@code client-secret: …}, {@code "secret": "…"}: a credential-named key and
   * the literal after it. Values that start with a placeholder or an expression ({@code ${…}},
   * {@code "$VAR"}, {@code %s}) are not literals and do not match.
   */
  static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?i)(password|passwd|passphrase|secret|client[-_]?secret|api[-_]?key|access[-_]?key"
              + "|private[-_]?key|auth[-_]?token|bearer)[\"']?\\s*[=:]\\s*([\"']?)"
              + "([A-Za-z0-9][^\\s\"'&,;)}<>]*)");

  /** Keycloak credentials in a realm export: a {@code "password"}-typed credential's value. */
  static final Pattern REALM_CREDENTIAL =
      Pattern.compile("\"type\"\\s*:\\s*\"password\"\\s*,\\s*\"value\"\\s*:\\s*\"([^\"]*)\"");

  static final Set<String> KEY_FILES =
      Set.of(".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".jceks", ".der", ".ppk");

  static Path root() {
    return Path.of(System.getProperty("plantrack.root", "..")).toAbsolutePath().normalize();
  }

  /** The files under version control, or the source tree when this is not a git checkout. */
  static List<String> trackedFiles() throws IOException, InterruptedException {
    Path root = root();
    try {
      Process git =
          new ProcessBuilder("git", "ls-files", "-z")
              .directory(root.toFile())
              .redirectErrorStream(false)
              .start();
      byte[] out;
      try (InputStream in = git.getInputStream()) {
        out = in.readAllBytes();
      }
      if (git.waitFor() == 0 && out.length > 0) {
        List<String> files = new ArrayList<>();
        for (String f : new String(out, StandardCharsets.UTF_8).split("\0")) {
          if (!f.isBlank() && Files.isRegularFile(root.resolve(f))) {
            files.add(f);
          }
        }
        return files;
      }
    } catch (IOException noGit) {
      // fall through: scan the tree
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(f -> !f.matches("(.*/)?(target|\\.git|\\.idea|\\.run|node_modules)/.*"))
          .toList();
    }
  }

  @Test
  void noSecretIsCommittedButTheDocumentedDemoOnes() throws Exception {
    List<String> files = trackedFiles();
    assertThat(files).as("files scanned").hasSizeGreaterThan(50);
    List<String> findings = new ArrayList<>();
    Set<Allowed> used = new HashSet<>();
    for (String file : files) {
      String name = file.toLowerCase(java.util.Locale.ROOT);
      if (KEY_FILES.stream().anyMatch(name::endsWith)
          || name.matches("(.*/)?id_(rsa|ecdsa|ed25519)")) {
        findings.add(file + ": a key or keystore file");
        continue;
      }
      String text = text(root().resolve(file));
      if (text == null) {
        continue; // binary (fonts, workbooks): no text secrets to read
      }
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        String where = file + ":" + (i + 1);
        if (PRIVATE_KEY.matcher(line).find()) {
          findings.add(where + ": private key");
        }
        Matcher jwt = JWT.matcher(line);
        if (jwt.find()) {
          findings.add(where + ": token " + jwt.group().substring(0, 12) + "…");
        }
        Matcher known = KNOWN_TOKENS.matcher(line);
        if (known.find()) {
          findings.add(where + ": access key " + known.group().substring(0, 6) + "…");
        }
        Matcher assignment = ASSIGNMENT.matcher(line);
        while (assignment.find()) {
          boolean quoted = !assignment.group(2).isEmpty();
          if (file.endsWith(".java") && !quoted) {
            continue; // code: password = token(…) assigns a variable, not a literal
          }
          check(where, file, assignment.group(3), used, findings);
        }
      }
      Matcher realm = REALM_CREDENTIAL.matcher(text);
      while (realm.find()) {
        check(file + " (realm credential)", file, realm.group(1), used, findings);
      }
    }
    assertThat(findings).as("secrets committed (or add a documented demo one to DEMO)").isEmpty();
    assertThat(used).as("every allowed demo credential is still in use").hasSize(DEMO.size());
  }

  private static void check(
      String where, String file, String value, Set<Allowed> used, List<String> findings) {
    for (Allowed allowed : DEMO) {
      if (value.matches(allowed.value()) && file.matches(allowed.files())) {
        used.add(allowed);
        return;
      }
    }
    findings.add(where + ": literal credential '" + mask(value) + "'");
  }

  private static String mask(String value) {
    return value.length() <= 4 ? value : value.substring(0, 2) + "…(" + value.length() + ")";
  }

  /** The file as UTF-8 text, or null when it is binary. */
  private static String text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        return null;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Configuration keys that carry credentials. */
  static final Pattern CREDENTIAL_KEY =
      Pattern.compile(
          "(?i).*(password|secret|credentials\\.|sasl\\.jaas|api-key|apikey|private-key|"
              + "datasource(\\.[^.]+)?\\.username).*");

  /** {@code ${PLANTRACK_DB_PASSWORD}}: only an environment placeholder without a default. */
  static final Pattern ENV_ONLY = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

  @Test
  void productionReadsEveryCredentialFromTheEnvironment() throws IOException {
    Path root = root();
    List<Path> configs = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      modules
          .map(m -> m.resolve("src/main/resources/application.properties"))
          .filter(Files::isRegularFile)
          .forEach(configs::add);
    }
    Path defaults =
        root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties");
    assertThat(configs).as("services' application.properties").hasSizeGreaterThanOrEqualTo(5);
    Map<String, String> platformProd = prodView(defaults);
    List<String> findings = new ArrayList<>();
    Set<String> checkedDatasources = new TreeSet<>();
    for (Path config : configs) {
      String module = root.relativize(config).getName(0).toString();
      String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
      // The platform's defaults apply to the services built on it (not to the gateway).
      Map<String, String> prod =
          pom.contains("<artifactId>platform</artifactId>")
              ? new HashMap<>(platformProd)
              : new HashMap<>();
      prod.putAll(prodView(config));
      for (Map.Entry<String, String> e : prod.entrySet()) {
        if (CREDENTIAL_KEY.matcher(e.getKey()).matches()
            && !fromEnvironment(e.getKey(), e.getValue(), prod)) {
          findings.add(module + ": %prod " + e.getKey() + " is not an environment placeholder");
        }
      }
      if (prod.keySet().stream().anyMatch(k -> k.startsWith("quarkus.datasource."))) {
        checkedDatasources.add(module);
        for (String key : List.of("quarkus.datasource.username", "quarkus.datasource.password")) {
          if (!prod.containsKey(key)) {
            findings.add(module + ": %prod " + key + " is not set from the environment");
          }
        }
      }
    }
    assertThat(checkedDatasources)
        .as("services with a database")
        .contains("plan-service", "task-service", "indicator-service", "reporting-service");
    assertThat(findings).isEmpty();
  }

  /** A JAAS line's password: {@code password="…"}. */
  static final Pattern JAAS_PASSWORD = Pattern.compile("password=\"([^\"]*)\"");

  /** {@code ${name}}: a placeholder without a default. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)}");

  /**
   * Whether the value comes from the environment: an environment placeholder, or (for a SASL JAAS
   * line, which cannot be a bare placeholder) a line whose every password is one, directly or
   * through a property of the same %prod view that is one.
   */
  static boolean fromEnvironment(String key, String value, Map<String, String> prod) {
    if (ENV_ONLY.matcher(value.strip()).matches()) {
      return true;
    }
    if (!key.contains("sasl.jaas")) {
      return false;
    }
    Matcher password = JAAS_PASSWORD.matcher(value);
    boolean any = false;
    while (password.find()) {
      any = true;
      Matcher placeholder = PLACEHOLDER.matcher(password.group(1));
      if (!placeholder.matches()
          || !(ENV_ONLY.matcher(password.group(1)).matches()
              || ENV_ONLY.matcher(prod.getOrDefault(placeholder.group(1), "").strip()).matches())) {
        return false;
      }
    }
    return any;
  }

  @Test
  void aJaasLineCountsAsFromTheEnvironmentOnlyWhenItsPasswordIs() {
    String jaas =
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" ";
    Map<String, String> prod = Map.of("p", "${PLANTRACK_KAFKA_PASSWORD}", "q", "literal");
    assertThat(fromEnvironment("kafka.sasl.jaas.config", jaas + "password=\"${P_W}\";", prod))
        .isTrue();
    assertThat(fromEnvironment("kafka.sasl.jaas.config", jaas + "password=\"${p}\";", prod))
        .isTrue();
    assertThat(fromEnvironment("kafka.sasl.jaas.config", jaas + "password=\"${q}\";", prod))
        .isFalse();
    assertThat(fromEnvironment("kafka.sasl.jaas.config", jaas + "password=\"${p:x}\";", prod))
        .isFalse();
    assertThat(fromEnvironment("kafka.sasl.jaas.config", jaas + "password=\"hunter2\";", prod))
        .isFalse();
    assertThat(fromEnvironment("kafka.sasl.jaas.config", jaas + ";", prod)).isFalse();
    assertThat(fromEnvironment("quarkus.datasource.password", "${p}", prod)).isFalse();
  }

  /** The keys as %prod sees them: {@code %prod.k} over {@code k}, other profiles left out. */
  static Map<String, String> prodView(Path file) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    Map<String, String> view = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!key.startsWith("%")) {
        view.put(key, properties.getProperty(key));
      }
    }
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("%prod.")) {
        view.put(key.substring("%prod.".length()), properties.getProperty(key));
      }
    }
    return view;
  }
}
