package vn.plantrack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, "Security across the system": every operation of the four services' OpenAPI documents ×
 * every kind of caller × an object of the caller's own or another province, run end to end through
 * the gateway with real Keycloak tokens, against the answers written down in {@code
 * authorization/authorization-matrix.md}. The requests (valid bodies, so that a 400 never hides the
 * authorization answer) are in {@code authorization/requests.txt}, the objects they name are made
 * by {@link Fixtures}. An operation without a request or without rows fails the test (100 % of the
 * operations are covered), and so does any answer other than the one written down: in particular an
 * unexpected 2xx.
 */
class AuthorizationMatrixIT {
  static final List<String> SERVICES =
      List.of("plan", "task", "indicator", "reporting", "notification");

  /** The callers, as the matrix's columns name them. */
  static final Map<String, Supplier<String>> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put("admin", () -> Stack.userToken("admin"));
    CALLERS.put("kt.coord", () -> Stack.userToken("kt.coordinator"));
    CALLERS.put("kt.finance", () -> Stack.userToken("kt.officer.finance"));
    CALLERS.put("kt.police", () -> Stack.userToken("kt.officer.police"));
    CALLERS.put("kt.viewer", () -> Stack.userToken("kt.viewer"));
    CALLERS.put("ministry", () -> Stack.userToken("ministry"));
    CALLERS.put("integration", () -> Stack.clientToken("provincial-integration", "demo-secret"));
    CALLERS.put("bk.coord", () -> Stack.userToken("bk.coordinator"));
    CALLERS.put("bk.finance", () -> Stack.userToken("bk.officer.finance"));
    CALLERS.put("bk.viewer", () -> Stack.userToken("bk.viewer"));
    CALLERS.put("anonymous", () -> null);
  }

  /** The province of each caller that has one. */
  static final Map<String, String> PROVINCES =
      Map.of(
          "kt.coord", "KT",
          "kt.finance", "KT",
          "kt.police", "KT",
          "kt.viewer", "KT",
          "integration", "KT",
          "bk.coord", "BK",
          "bk.finance", "BK",
          "bk.viewer", "BK");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9._-]+)}");

  private final Fixtures fixtures = new Fixtures();
  private int twins;

  @Test
  void everyOperationAnswersEveryCallerAsWrittenDown() throws IOException {
    Set<String> operations = openApiOperations();
    List<Request> requests = Request.parse(resource("authorization/requests.txt"));
    Map<String, Map<String, String>> matrix =
        Matrix.parse(resource("authorization/authorization-matrix.md"));

    // Coverage: every operation has a request, every request its rows, nothing stale.
    List<String> gaps = new ArrayList<>();
    Set<String> requested = new TreeSet<>();
    for (Request r : requests) {
      requested.add(r.operation());
      if (!operations.contains(r.operation())) {
        gaps.add("requests.txt names " + r.operation() + ", which no OpenAPI document has");
      }
      for (String target : r.targets()) {
        if (!matrix.containsKey(r.key() + " | " + target)) {
          gaps.add("no row '" + r.key() + " | " + target + "' in authorization-matrix.md");
        }
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    requests.forEach(r -> r.targets().forEach(t -> keys.add(r.key() + " | " + t)));
    matrix.keySet().stream()
        .filter(k -> !keys.contains(k))
        .forEach(k -> gaps.add("row '" + k + "' of authorization-matrix.md has no request"));
    for (String operation : operations) {
      if (!requested.contains(operation)) {
        gaps.add(
            "no request for "
                + operation
                + " in requests.txt; a stub to start from:\n\n"
                + operation
                + "\n  id: <fixture>\n  body: <a valid body>\n");
      }
    }

    // The objects the requests name, in both provinces, before the first case: lists then show
    // them.
    fixtures.prepare();

    // The cases, in file order: targets KT then BK, callers in column order.
    List<String> unexpected = new ArrayList<>();
    Map<String, Map<String, String>> observed = new LinkedHashMap<>();
    Map<String, Integer> byAnswer = new TreeMap<>();
    int cases = 0;
    for (Request r : requests) {
      for (String target : r.targets()) {
        Map<String, String> expected = matrix.get(r.key() + " | " + target);
        Map<String, String> seen = new LinkedHashMap<>();
        observed.put(r.key() + " | " + target, seen);
        for (String caller : CALLERS.keySet()) {
          Outcome outcome;
          try {
            outcome = run(r, target, caller);
          } catch (RuntimeException e) {
            cases++;
            seen.put(caller, "error");
            unexpected.add(r.key() + " | " + target + " | " + caller + ": could not run: " + e);
            continue;
          }
          cases++;
          if (outcome.twin() != null) {
            twins++;
          }
          seen.put(caller, outcome.shown());
          byAnswer.merge(outcome.shown(), 1, Integer::sum);
          String want = expected == null ? null : expected.get(caller);
          String why = want == null ? "no expected answer" : outcome.mismatch(want);
          if (why != null) {
            unexpected.add(
                String.format(
                    Locale.ROOT,
                    "%s | %s | %s: expected %s, got %s (%s)",
                    r.key(),
                    target,
                    caller,
                    want,
                    outcome.status(),
                    why));
          }
        }
      }
    }

    String summary =
        summary(operations, requests, cases, twins, byAnswer, unexpected, gaps, observed);
    System.out.println(summary);
    Path report = Path.of("target", "authorization-matrix-report.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, summary);

    assertThat(gaps).as("coverage of the OpenAPI operations (see the summary above)").isEmpty();
    assertThat(unexpected).as("answers other than written down (see the summary above)").isEmpty();
    assertThat(cases).isGreaterThanOrEqualTo(operations.size() * CALLERS.size());
  }

  /** One case: the request on the target province's objects, as the caller, judged. */
  private Outcome run(Request r, String target, String caller) {
    String province = target.equals("-") ? "KT" : target;
    Set<String> used = new LinkedHashSet<>();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("province", province);
    values.put("run", fixtures.run);
    values.put("n", Integer.toString(fixtures.next()));
    String idName = r.id();
    String path =
        r.path() != null ? r.path() : r.operation().substring(r.operation().indexOf(' ') + 1);
    if (idName != null) {
      path = path.replace("{id}", "{" + idName + "}");
    }
    String resolvedPath = resolve(path, province, values, used, null);
    if (r.uses("etag")) {
      String resource = resolvedPath;
      if (idName != null) {
        String id = fixtures.id(province, idName);
        resource = resolvedPath.substring(0, resolvedPath.indexOf(id) + id.length());
      }
      Api.Answer current = Api.get(Fixtures.url(resource), Stack.userToken("admin"));
      values.put("etag", current.header("ETag"));
    }
    String url =
        Fixtures.url(resolvedPath)
            + (r.query() == null ? "" : "?" + resolve(r.query(), province, values, used, null));
    Map<String, String> headers = new LinkedHashMap<>();
    r.headers().forEach((k, v) -> headers.put(k, resolve(v, province, values, used, null)));
    byte[] body = null;
    if (r.body() != null) {
      String text = resolve(r.body(), province, values, used, null);
      String type = r.type() == null ? "application/json" : r.type();
      if (!type.startsWith("application/json")) {
        text = text.replace("\\n", "\n");
      }
      body = text.getBytes(StandardCharsets.UTF_8);
      headers.put("Content-Type", type);
    } else if (r.bodyFrom() != null) {
      // A file the API itself produces (an exported workbook), fetched by an admin.
      String source = resolve(r.bodyFrom(), province, values, used, null);
      if (!source.startsWith("GET ")) {
        throw new IllegalStateException("body-from must be 'GET /path': " + r.bodyFrom());
      }
      body = Api.bytes(Fixtures.url(source.substring(4).strip()), Stack.userToken("admin"));
      for (Map.Entry<String, String> fill : r.fills().entrySet()) {
        body = fill(body, fill.getKey(), resolve(fill.getValue(), province, values, used, null));
      }
      headers.put("Content-Type", r.type() == null ? "application/octet-stream" : r.type());
    }
    String token = CALLERS.get(caller).get();
    Api.Answer answer = Api.send(r.method(), url, token, headers, body);
    if (answer.ok()) {
      used.forEach(name -> fixtures.usedUp(province, name));
    }
    // Another province's object must look like a missing one: the same request with random ids in
    // the path and query gets the same answer.
    // A workbook shows nothing when it has no more rows than the one naming missing objects.
    Api.Answer twin = null;
    String home = PROVINCES.get(caller);
    boolean foreign = !target.equals("-") && home != null && !home.equals(province);
    if (foreign || (answer.ok() && Outcome.isWorkbook(answer))) {
      Map<String, String> randomIds = new LinkedHashMap<>();
      String twinUrl =
          Fixtures.url(resolve(path, province, values, new LinkedHashSet<>(), randomIds))
              + (r.query() == null
                  ? ""
                  : "?" + resolve(r.query(), province, values, new LinkedHashSet<>(), randomIds));
      if (!randomIds.isEmpty()) {
        twin = Api.send(r.method(), twinUrl, token, headers, body);
      }
    }
    return new Outcome(answer, twin, foreign, !r.method().equals("GET"));
  }

  /**
   * Fills the placeholders; with {@code randomIds} not null, every fixture's id is replaced by a
   * random one (the same for the same fixture).
   */
  private String resolve(
      String text,
      String province,
      Map<String, String> values,
      Set<String> used,
      Map<String, String> randomIds) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = values.get(name);
      if (value == null && randomIds != null) {
        value = randomIds.computeIfAbsent(name, k -> java.util.UUID.randomUUID().toString());
      } else if (value == null) {
        value = fixtures.id(province, name);
        used.add(name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * An answer, and the answer to the same request naming missing objects (for a caller of another
   * province, {@code foreign}, and for a workbook); how they compare with a written-down
   * expectation.
   */
  record Outcome(Api.Answer answer, Api.Answer twin, boolean foreign, boolean write) {
    int status() {
      return answer.status();
    }

    /** How the matrix would write this answer. */
    String shown() {
      if (answer.ok()) {
        return isEmpty() ? "empty" : "2xx";
      }
      return Integer.toString(answer.status());
    }

    /** Null when the answer is the expected one (alternatives separated by '/'), else why not. */
    String mismatch(String expected) {
      String why = expectation(expected);
      if (why == null && foreign && twin != null && !sameAsTwin()) {
        return "a missing object is answered "
            + (twin.ok() ? "2xx" : twin.status())
            + (isWorkbook(twin) ? " (" + rows(twin) + " rows, this one " + rows(answer) + ")" : "")
            + ": the answer shows that this one exists";
      }
      return why;
    }

    private boolean sameAsTwin() {
      if (answer.ok() && twin.ok() && isWorkbook(answer) && isWorkbook(twin)) {
        return rows(answer) == rows(twin);
      }
      return new Outcome(twin, null, false, write).shown().equals(shown());
    }

    private String expectation(String expected) {
      for (String want : expected.split("/")) {
        if (want.equals("2xx") && answer.ok() && !isEmpty()) {
          return null;
        }
        if (want.equals("empty") && answer.ok() && isEmpty()) {
          return null;
        }
        if (want.equals(Integer.toString(answer.status()))) {
          String type = answer.header("Content-Type");
          return type != null && type.startsWith("application/problem+json")
              ? null
              : "a refusal must be application/problem+json, was " + type;
        }
      }
      if (answer.ok()) {
        return isEmpty() ? "an empty success" : "an unexpected success: " + excerpt();
      }
      return excerpt();
    }

    /**
     * A success that shows nothing: an empty list, page, match list or summary; a workbook with no
     * more rows than the one answered for missing objects.
     */
    boolean isEmpty() {
      if (write) {
        return false;
      }
      if (isWorkbook(answer)) {
        return twin != null && twin.ok() && isWorkbook(twin) && rows(answer) == rows(twin);
      }
      String type = answer.header("Content-Type");
      if (type == null || !type.startsWith("application/json") || answer.body().isBlank()) {
        return false;
      }
      JsonNode json = answer.json();
      if (json.isArray()) {
        return json.isEmpty();
      }
      for (String list : List.of("items", "matches", "rows")) {
        if (json.has(list)) {
          return json.get(list).isEmpty();
        }
      }
      return false;
    }

    String excerpt() {
      if (isWorkbook(answer)) {
        return "a workbook of " + rows(answer) + " rows";
      }
      String body = answer.body().replaceAll("\\s+", " ");
      String excerpt = body.length() > 200 ? body.substring(0, 200) + "…" : body;
      // A refusal says why in errors[]: shown whole, it is what a reader of a failure needs.
      if (answer.status() == 400 && body.startsWith("{") && answer.json().has("errors")) {
        excerpt += " errors: " + answer.json().get("errors");
      }
      return excerpt;
    }

    static boolean isWorkbook(Api.Answer answer) {
      String type = answer.header("Content-Type");
      return type != null && type.contains("spreadsheetml");
    }

    /** The rows of every sheet of an XLSX answer. */
    static int rows(Api.Answer answer) {
      try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
          new org.apache.poi.xssf.usermodel.XSSFWorkbook(
              new java.io.ByteArrayInputStream(answer.bytes()))) {
        int rows = 0;
        for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
          rows += sheet.getPhysicalNumberOfRows();
        }
        return rows;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A workbook with {@code value} written in the column headed {@code header} of every row below
   * the header (of the first sheet that has the column).
   */
  static byte[] fill(byte[] workbook, String header, String value) {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(workbook));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && cell.getStringCellValue().strip().equals(header)) {
              int column = cell.getColumnIndex();
              int filled = 0;
              for (int r = row.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row data = sheet.getRow(r);
                if (data != null && data.getPhysicalNumberOfCells() > 0) {
                  org.apache.poi.ss.usermodel.Cell target = data.getCell(column);
                  (target == null ? data.createCell(column) : target).setCellValue(value);
                  filled++;
                }
              }
              if (filled == 0) {
                throw new IllegalStateException("no row to fill under '" + header + "'");
              }
              book.write(out);
              return out.toByteArray();
            }
          }
        }
      }
      throw new IllegalStateException("no column '" + header + "' in the workbook");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operations (METHOD /path) of the services' OpenAPI documents, served by the gateway. */
  static Set<String> openApiOperations() {
    Set<String> operations = new TreeSet<>();
    for (String service : SERVICES) {
      Api.Answer document = Api.get(Fixtures.url("/openapi/" + service + "?format=json"), null);
      assertThat(document.status()).as("OpenAPI document of " + service).isEqualTo(200);
      Iterator<Map.Entry<String, JsonNode>> paths = document.json().path("paths").fields();
      while (paths.hasNext()) {
        Map.Entry<String, JsonNode> path = paths.next();
        path.getValue()
            .fieldNames()
            .forEachRemaining(
                method -> {
                  if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                  }
                });
      }
    }
    assertThat(operations).as("operations of the OpenAPI documents").isNotEmpty();
    return operations;
  }

  private static String summary(
      Set<String> operations,
      List<Request> requests,
      int cases,
      int twins,
      Map<String, Integer> byAnswer,
      List<String> unexpected,
      List<String> gaps,
      Map<String, Map<String, String>> observed) {
    long unexpected2xx = unexpected.stream().filter(u -> u.contains("unexpected success")).count();
    StringBuilder out = new StringBuilder();
    out.append("\n# Authorization matrix: results\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "- operations in the OpenAPI documents: %d (%s)%n"
                + "- requests (operations and variants): %d%n"
                + "- callers: %d (%s)%n"
                + "- cases run through the gateway: %d%n"
                + "- of which on another province's objects, compared with the same request naming"
                + " missing ones: %d%n"
                + "- answers: %s%n"
                + "- unexpected answers: %d (of which unexpected 2xx: %d)%n"
                + "- coverage gaps: %d%n",
            operations.size(),
            String.join(", ", SERVICES),
            requests.size(),
            CALLERS.size(),
            String.join(", ", CALLERS.keySet()),
            cases,
            twins,
            byAnswer,
            unexpected.size(),
            unexpected2xx,
            gaps.size()));
    if (!gaps.isEmpty()) {
      out.append("\n## Coverage gaps\n\n");
      gaps.forEach(g -> out.append("- ").append(g).append('\n'));
    }
    if (!unexpected.isEmpty()) {
      out.append("\n## Unexpected answers\n\n");
      unexpected.forEach(u -> out.append("- ").append(u).append('\n'));
    }
    out.append("\n## Observed answers (rows to paste into authorization-matrix.md)\n\n");
    out.append("| operation | target | ")
        .append(String.join(" | ", CALLERS.keySet()))
        .append(" |\n");
    observed.forEach(
        (key, seen) ->
            out.append("| ")
                .append(key)
                .append(" | ")
                .append(String.join(" | ", seen.values()))
                .append(" |\n"));
    return out.toString();
  }

  static String resource(String name) {
    try (InputStream in = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A block of requests.txt. */
  record Request(
      String operation,
      String variant,
      String id,
      String path,
      String query,
      Map<String, String> headers,
      String type,
      String body,
      String bodyFrom,
      Map<String, String> fills,
      List<String> targets) {

    String method() {
      return operation.substring(0, operation.indexOf(' '));
    }

    /** The matrix's name for it: the operation and its variant. */
    String key() {
      return variant == null ? operation : operation + " #" + variant;
    }

    boolean uses(String placeholder) {
      String all = String.join(" ", headers.values()) + " " + body + " " + query;
      return all.contains("{" + placeholder + "}");
    }

    static List<Request> parse(String text) {
      List<Request> requests = new ArrayList<>();
      Map<String, Object> block = null;
      for (String line : (text + "\n\n").split("\n", -1)) {
        if (line.startsWith("#")) {
          continue;
        }
        if (line.isBlank()) {
          if (block != null) {
            requests.add(of(block));
            block = null;
          }
          continue;
        }
        if (!Character.isWhitespace(line.charAt(0))) {
          if (block != null) {
            throw new IllegalStateException(
                "requests.txt: a blank line must end each block: " + line);
          }
          block = new LinkedHashMap<>();
          String[] parts = line.strip().split("\\s+#", 2);
          block.put("operation", parts[0].strip());
          block.put("variant", parts.length > 1 ? parts[1].strip() : null);
          block.put("headers", new LinkedHashMap<String, String>());
          block.put("fills", new LinkedHashMap<String, String>());
          continue;
        }
        if (block == null) {
          throw new IllegalStateException("requests.txt: a key outside a block: " + line);
        }
        String entry = line.strip();
        int colon = entry.indexOf(':');
        String key = entry.substring(0, colon).strip();
        String value = entry.substring(colon + 1).strip();
        if (key.equals("header") || key.equals("fill")) {
          int c = value.indexOf(key.equals("header") ? ':' : '=');
          @SuppressWarnings("unchecked")
          Map<String, String> map = (Map<String, String>) block.get(key + "s");
          map.put(value.substring(0, c).strip(), value.substring(c + 1).strip());
        } else if (Set.of("id", "path", "query", "type", "body", "body-from", "targets")
            .contains(key)) {
          block.put(key, value);
        } else {
          throw new IllegalStateException("requests.txt: unknown key '" + key + "' in " + line);
        }
      }
      return requests;
    }

    @SuppressWarnings("unchecked")
    private static Request of(Map<String, Object> b) {
      String targets = (String) b.getOrDefault("targets", "KT BK");
      return new Request(
          (String) b.get("operation"),
          (String) b.get("variant"),
          (String) b.get("id"),
          (String) b.get("path"),
          (String) b.get("query"),
          (Map<String, String>) b.get("headers"),
          (String) b.get("type"),
          (String) b.get("body"),
          (String) b.get("body-from"),
          (Map<String, String>) b.get("fills"),
          List.of(targets.split("\\s+")));
    }
  }

  /** authorization-matrix.md: "operation [#variant] | target" → caller → expected answer. */
  static final class Matrix {
    private Matrix() {}

    static Map<String, Map<String, String>> parse(String text) {
      Map<String, Map<String, String>> rows = new LinkedHashMap<>();
      List<String> columns = null;
      for (String line : text.split("\n")) {
        if (!line.startsWith("|") || line.startsWith("|-")) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
          cells.add(cell.strip());
        }
        if (columns == null) {
          columns = cells;
          for (String caller : columns.subList(2, columns.size())) {
            if (!CALLERS.containsKey(caller)) {
              throw new IllegalStateException("authorization-matrix.md: unknown caller " + caller);
            }
          }
          continue;
        }
        if (cells.size() != columns.size()) {
          throw new IllegalStateException(
              "authorization-matrix.md: wrong number of cells: " + line);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 2; i < cells.size(); i++) {
          expected.put(columns.get(i), cells.get(i));
        }
        String key = cells.get(0) + " | " + cells.get(1);
        if (rows.put(key, expected) != null) {
          throw new IllegalStateException("authorization-matrix.md: row twice: " + key);
        }
      }
      return rows;
    }
  }
}
