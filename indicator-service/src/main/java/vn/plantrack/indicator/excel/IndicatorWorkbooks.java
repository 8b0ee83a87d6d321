package vn.plantrack.indicator.excel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.KnownOrganization;
import vn.plantrack.indicator.KnownPlan;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.reading.TargetReader;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.repository.KnownOrganizationRepository;
import vn.plantrack.indicator.repository.KnownPlanRepository;
import vn.plantrack.indicator.repository.MeasurementRepository;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.rules.Direction;
import vn.plantrack.indicator.rules.MeasurementPeriod;
import vn.plantrack.indicator.rules.TargetKind;
import vn.plantrack.indicator.rules.TargetReading;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.indicator.service.IndicatorService;
import vn.plantrack.indicator.service.IndicatorService.IndicatorData;
import vn.plantrack.indicator.service.IndicatorService.IndicatorQuery;
import vn.plantrack.indicator.service.IndicatorService.MeasurementData;
import vn.plantrack.indicator.service.IndicatorService.TargetData;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.problem.ProblemTypes;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.spreadsheet.Choice;
import vn.plantrack.platform.spreadsheet.ImportMode;
import vn.plantrack.platform.spreadsheet.ImportReport;
import vn.plantrack.platform.spreadsheet.ParsedSheet;
import vn.plantrack.platform.spreadsheet.ReadResult;
import vn.plantrack.platform.spreadsheet.RowError;
import vn.plantrack.platform.spreadsheet.RowImports;
import vn.plantrack.platform.spreadsheet.SheetDefinition;
import vn.plantrack.platform.spreadsheet.SheetReader;
import vn.plantrack.platform.spreadsheet.SheetRow;
import vn.plantrack.platform.spreadsheet.SheetWriter;
import vn.plantrack.platform.spreadsheet.WorkbookRejected;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Indicators and their values as Excel workbooks: templates, exports of any filtered list (the list
 * endpoint's own query), and uploads whose every write goes through {@link IndicatorService}
 * (create, update with the exported version, record a value), so its rules, authorization (the
 * monitoring organization records values), audit trail and events stay one way.
 */
@ApplicationScoped
public class IndicatorWorkbooks {
  private static final int PAGE = PageRequest.MAX_SIZE;
  private static final Map<String, String> VALUE_TYPES =
      Map.of("NUMBER", "Số", "BOOLEAN", "Có/Không", "TEXT", "Văn bản");
  private static final Set<String> YES = Set.of("co", "yes", "true", "dat", "x", "1");
  private static final Set<String> NO =
      Set.of("khong", "no", "false", "chua dat", "khong dat", "0");

  private final IndicatorService service;
  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final RowImports imports;
  private final Caller caller;

  public IndicatorWorkbooks(
      IndicatorService service,
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      RowImports imports,
      Caller caller) {
    this.service = service;
    this.indicators = indicators;
    this.measurements = measurements;
    this.plans = plans;
    this.organizations = organizations;
    this.imports = imports;
    this.caller = caller;
  }

  /** A workbook being written to the response. */
  @FunctionalInterface
  public interface Download {
    void write(OutputStream out) throws IOException;
  }

  // --- Templates
  // ------------------------------------------------------------------------------------------

  public Download indicatorsTemplate(UUID planId) {
    KnownPlan plan = planId == null ? null : visiblePlan(planId);
    SheetDefinition sheet =
        IndicatorSheets.indicators(choices(organizationsOf(province(plan))), List.of());
    return out -> SheetWriter.template(sheet, out);
  }

  public Download measurementsTemplate(UUID planId) {
    KnownPlan plan = planId == null ? null : visiblePlan(planId);
    SheetDefinition sheet = IndicatorSheets.measurements(choices(organizationsOf(province(plan))));
    return out -> SheetWriter.template(sheet, out);
  }

  // --- Exports
  // --------------------------------------------------------------------------------------------

  /** The indicators of a filtered list, a target column per milestone year they have. */
  public Download exportIndicators(IndicatorQuery query) {
    List<Indicator> found = all(query);
    Directory directory = directory(found);
    Set<Integer> years = new TreeSet<>();
    found.forEach(i -> i.targets.forEach(t -> years.add(t.year())));
    SheetDefinition sheet = IndicatorSheets.indicators(directory.choices(), years);
    Map<UUID, String> codes = parentCodes(found);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicator i : found) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", i.id);
      row.put("plan", directory.planNumber(i.planId));
      row.put("code", i.code);
      row.put("parentCode", i.parentId == null ? null : codes.get(i.parentId));
      row.put("name", i.name);
      row.put("unit", i.unit);
      row.put("direction", i.direction == null ? null : i.direction.name());
      row.put("counting", i.counting == null ? null : i.counting.name());
      row.put("leadOrgs", directory.codes(i.leadOrgIds));
      row.put("responsibleOrgs", directory.codes(i.responsibleOrgIds));
      row.put("monitoringOrgs", directory.codes(i.monitoringOrgIds));
      row.put("baselineValue", i.baselineValue);
      row.put("baselineText", i.baselineText);
      row.put("baselineYear", i.baselineYear);
      i.targets.forEach(t -> row.put(IndicatorSheets.targetKey(t.year()), t.text()));
      row.put("valueType", i.valueType == null ? null : VALUE_TYPES.get(i.valueType.name()));
      row.put("version", i.version);
      rows.add(row);
    }
    return out -> SheetWriter.export(sheet, rows, out);
  }

  /**
   * The values of a filtered list's indicators: a row per recorded period, and an empty row to fill
   * for an indicator without values. Group rows take no values and are left out.
   */
  public Download exportMeasurements(IndicatorQuery query) {
    List<Indicator> found = all(query).stream().filter(i -> i.valueType != null).toList();
    Directory directory = directory(found);
    SheetDefinition sheet = IndicatorSheets.measurements(directory.choices());
    Map<UUID, List<Measurement>> values = measurements.of(found.stream().map(i -> i.id).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicator i : found) {
      List<Measurement> recorded = values.getOrDefault(i.id, List.of());
      for (Measurement m :
          recorded.isEmpty() ? java.util.Collections.<Measurement>singletonList(null) : recorded) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", i.id);
        row.put("plan", directory.planNumber(i.planId));
        row.put("code", i.code);
        row.put("name", i.name);
        row.put("unit", i.unit);
        row.put("monitoringOrgs", directory.codes(i.monitoringOrgIds));
        row.put("valueType", VALUE_TYPES.get(i.valueType.name()));
        if (m != null) {
          row.put("period", m.period);
          Object value = m.value();
          row.put("value", value instanceof Boolean b ? (b ? "Có" : "Không") : value);
          row.put("source", m.source);
          row.put("note", m.note);
          row.put("revision", m.revision);
        }
        rows.add(row);
      }
    }
    if (rows.size() > SheetReader.MAX_ROWS) {
      throw tooMany(rows.size() + " values");
    }
    return out -> SheetWriter.export(sheet, rows, out);
  }

  private List<Indicator> all(IndicatorQuery query) {
    List<Indicator> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<Indicator> result = service.list(query, new PageRequest(page, PAGE, "code", true));
      if (result.total() > SheetReader.MAX_ROWS) {
        throw tooMany(result.total() + " indicators");
      }
      found.addAll(result.items());
      if (result.items().size() < PAGE || found.size() >= result.total()) {
        return found;
      }
    }
  }

  private static ProblemException tooMany(String what) {
    return new ProblemException(
        400,
        ProblemTypes.VALIDATION,
        "Too many rows",
        "the filter matches "
            + what
            + "; a workbook holds at most "
            + SheetReader.MAX_ROWS
            + " rows: narrow it (planId, orgId, role, q)");
  }

  // --- Uploads
  // --------------------------------------------------------------------------------------------

  /**
   * An indicators workbook for a plan: a row whose ID or code is an indicator of the plan updates
   * it (with the version it was exported at), any other row creates one; group rows first.
   */
  public ImportReport importIndicators(UUID planId, byte[] file, ImportMode mode) {
    KnownPlan plan = visiblePlan(planId);
    caller.requireManager(plan.province, "manage its indicators");
    List<KnownOrganization> known = organizationsOf(plan.province);
    ParsedSheet parsed = SheetReader.parse(file, "Chỉ tiêu");
    Set<Integer> years = new TreeSet<>();
    parsed.headers().values().forEach(h -> IndicatorSheets.targetYear(h).ifPresent(years::add));
    SheetDefinition sheet = IndicatorSheets.indicators(choices(known), years);
    ReadResult read = SheetReader.convert(parsed, sheet);
    rejectHeader(read);
    Map<String, UUID> idsByCode = new HashMap<>();
    Map<UUID, Indicator> byId = new HashMap<>();
    for (Indicator i : indicators.ofPlan(plan.id)) {
      idsByCode.put(i.code, i.id);
      byId.put(i.id, i);
    }
    Map<String, UUID> orgIds = new HashMap<>();
    known.forEach(o -> orgIds.put(o.code, o.id));

    List<RowError> errors = new ArrayList<>(read.errors());
    List<RowImports.Step> groups = new ArrayList<>();
    List<RowImports.Step> children = new ArrayList<>();
    Map<String, Integer> codeRows = new HashMap<>();
    Map<UUID, Integer> idRows = new HashMap<>();
    for (SheetRow row : read.validRows()) {
      List<RowError> problems = new ArrayList<>();
      String code = row.text("code");
      Integer twice = codeRows.putIfAbsent(code, row.number());
      if (twice != null) {
        problems.add(error(row, sheet, "code", "the code is also on row " + twice));
      }
      Indicator target = null;
      UUID id = row.uuid("id");
      if (id != null) {
        target = byId.get(id);
        Integer again = idRows.putIfAbsent(id, row.number());
        if (target == null) {
          problems.add(error(row, sheet, "id", "no indicator with this ID in plan " + plan.number));
        } else if (again != null) {
          problems.add(error(row, sheet, "id", "the ID is also on row " + again));
        }
      } else if (idsByCode.containsKey(code)) {
        target = byId.get(idsByCode.get(code));
      }
      Long version = row.blank("version") ? null : row.number("version").longValueExact();
      if (target != null && version == null) {
        problems.add(
            error(
                row,
                sheet,
                "version",
                "indicator "
                    + target.code
                    + " exists: give the version its export shows, so nobody's change is"
                    + " overwritten"));
      }
      if (!problems.isEmpty()) {
        errors.addAll(problems);
        continue;
      }
      Indicator existing = target;
      RowImports.Step step =
          new RowImports.Step(
              row, () -> applyIndicator(plan, row, years, existing, version, idsByCode, orgIds));
      (row.blank("parentCode") ? groups : children).add(step);
    }
    List<RowImports.Step> steps = new ArrayList<>(groups);
    steps.addAll(children);
    return imports.run(
        mode, sheet, read.rows().size(), errors, steps, IndicatorSheets.INDICATOR_FIELDS);
  }

  private RowImports.Outcome applyIndicator(
      KnownPlan plan,
      SheetRow row,
      Set<Integer> years,
      Indicator existing,
      Long version,
      Map<String, UUID> idsByCode,
      Map<String, UUID> orgIds) {
    UUID parentId;
    if (existing != null && !row.has("parentCode")) {
      parentId = existing.parentId;
    } else if (row.blank("parentCode")) {
      parentId = null;
    } else {
      parentId = idsByCode.get(row.text("parentCode"));
      if (parentId == null) {
        throw ProblemException.invalid(
            "parentId", "no indicator " + row.text("parentCode") + " in plan " + plan.number);
      }
    }
    IndicatorData data =
        new IndicatorData(
            plan.id,
            row.text("code"),
            parentId,
            row.text("name"),
            keep(row, "unit", existing == null ? null : existing.unit),
            row.has("direction") || existing == null
                ? enumOf(Direction.class, row.choice("direction"))
                : existing.direction,
            row.has("counting") || existing == null
                ? enumOf(Counting.class, row.choice("counting"))
                : existing.counting,
            orgs(row, "leadOrgs", orgIds, existing == null ? null : existing.leadOrgIds),
            orgs(
                row,
                "responsibleOrgs",
                orgIds,
                existing == null ? null : existing.responsibleOrgIds),
            orgs(
                row, "monitoringOrgs", orgIds, existing == null ? null : existing.monitoringOrgIds),
            row.has("baselineValue") || existing == null
                ? row.number("baselineValue")
                : existing.baselineValue,
            keep(row, "baselineText", existing == null ? null : existing.baselineText),
            row.has("baselineYear") || existing == null
                ? row.integer("baselineYear")
                : existing.baselineYear,
            targets(row, years, existing));
    if (existing == null) {
      Indicator created = service.create(data);
      idsByCode.put(created.code, created.id);
      return RowImports.Outcome.CREATED;
    }
    if (same(existing, data)) {
      return RowImports.Outcome.UNCHANGED;
    }
    service.update(existing.id, null, version, data);
    return RowImports.Outcome.UPDATED;
  }

  /**
   * The row's targets: a year whose column the workbook has takes the cell (empty: no target);
   * other years keep the indicator's. A target whose words did not change keeps a reading a
   * coordinator set, which reading the words again would lose.
   */
  static List<TargetData> targets(SheetRow row, Set<Integer> years, Indicator existing) {
    Map<Integer, Indicator.Target> before = new TreeMap<>();
    if (existing != null) {
      existing.targets.forEach(t -> before.put(t.year(), t));
    }
    Map<Integer, String> texts = new TreeMap<>();
    before.forEach((year, t) -> texts.put(year, t.text()));
    for (int year : years) {
      String key = IndicatorSheets.targetKey(year);
      if (row.has(key)) {
        String text = row.text(key);
        if (text == null) {
          texts.remove(year);
        } else {
          texts.put(year, text);
        }
      }
    }
    List<TargetData> targets = new ArrayList<>();
    texts.forEach(
        (year, text) -> {
          Indicator.Target old = before.get(year);
          if (old != null && old.text().equals(text) && setByHand(old, existing.unit)) {
            targets.add(
                new TargetData(
                    year,
                    text,
                    TargetKind.valueOf(old.kind()),
                    old.operator(),
                    old.min(),
                    old.max(),
                    old.unit()));
          } else {
            targets.add(new TargetData(year, text, null, null, null, null, null));
          }
        });
    return targets;
  }

  /** Whether a target's reading differs from what its words read as: a coordinator set it. */
  private static boolean setByHand(Indicator.Target t, String unit) {
    if (TargetKind.UNRECOGNIZED.name().equals(t.kind())) {
      return false;
    }
    TargetReading reading = TargetReader.read(t.text(), unit);
    return !reading.kind().name().equals(t.kind())
        || !sameNumber(reading.min(), t.min())
        || !sameNumber(reading.max(), t.max());
  }

  /** Whether writing the data would change nothing the indicator holds. */
  static boolean same(Indicator i, IndicatorData d) {
    List<String> targets = i.targets.stream().map(t -> t.year() + ":" + t.text()).toList();
    List<String> given = d.targets().stream().map(t -> t.year() + ":" + t.text().strip()).toList();
    return i.code.equals(d.code())
        && Objects.equals(i.parentId, d.parentId())
        && i.name.equals(d.name())
        && Objects.equals(i.unit, blank(d.unit()))
        && i.direction == d.direction()
        && i.counting == d.counting()
        && List.copyOf(i.leadOrgIds).equals(d.leadOrgIds())
        && List.copyOf(i.responsibleOrgIds).equals(d.responsibleOrgIds())
        && List.copyOf(i.monitoringOrgIds).equals(d.monitoringOrgIds())
        && sameNumber(i.baselineValue, d.baselineValue())
        && Objects.equals(i.baselineText, blank(d.baselineText()))
        && Objects.equals(i.baselineYear, d.baselineYear())
        && targets.equals(given);
  }

  /**
   * A values workbook: each row records one indicator's value for one period (by the indicator's
   * ID, or by its code in the plan given). A row equal to the recorded value, or without period and
   * value, is left alone; another value for a recorded period is a correction.
   */
  public ImportReport importMeasurements(UUID planId, byte[] file, ImportMode mode) {
    KnownPlan plan = planId == null ? null : visiblePlan(planId);
    SheetDefinition sheet = IndicatorSheets.measurements(List.of());
    ReadResult read = SheetReader.read(file, sheet);
    rejectHeader(read);
    Map<String, UUID> idsByCode =
        plan == null ? Map.of() : new HashMap<>(indicators.idsByCode(plan.id));
    List<RowError> errors = new ArrayList<>(read.errors());
    List<RowImports.Step> steps = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (SheetRow row : read.validRows()) {
      if (row.blank("period") && row.blank("value")) {
        steps.add(new RowImports.Step(row, () -> RowImports.Outcome.UNCHANGED));
        continue;
      }
      if (row.blank("period") || row.blank("value")) {
        String missing = row.blank("period") ? "period" : "value";
        errors.add(
            error(
                row,
                sheet,
                missing,
                "required with the " + (missing.equals("period") ? "value" : "period")));
        continue;
      }
      UUID id = row.uuid("id");
      String code = row.text("code");
      if (id == null && code == null) {
        errors.add(RowError.ofRow(row.number(), "give the indicator's ID or its code"));
        continue;
      }
      if (id == null && plan == null) {
        errors.add(
            error(
                row,
                sheet,
                "code",
                "upload with ?planId= to find indicators by code, or give the ID"));
        continue;
      }
      if (id == null) {
        id = idsByCode.get(code);
        if (id == null) {
          errors.add(error(row, sheet, "code", "no indicator " + code + " in plan " + plan.number));
          continue;
        }
      }
      Indicator indicator;
      try {
        indicator = service.get(id);
      } catch (ProblemException e) {
        errors.add(error(row, sheet, "id", e.getMessage()));
        continue;
      }
      if (code != null && !code.equals(indicator.code)) {
        errors.add(
            error(row, sheet, "code", "the ID is indicator " + indicator.code + "'s, not " + code));
        continue;
      }
      if (plan != null && !plan.id.equals(indicator.planId)) {
        errors.add(
            error(
                row,
                sheet,
                "id",
                "indicator " + indicator.code + " is not in plan " + plan.number));
        continue;
      }
      String period =
          MeasurementPeriod.parse(row.text("period")).map(MeasurementPeriod::id).orElse(null);
      if (period == null) {
        errors.add(error(row, sheet, "period", "2025, 2025-H1, 2025-Q2 or 2025-06"));
        continue;
      }
      Integer first = seen.putIfAbsent(indicator.id + "/" + period, row.number());
      if (first != null) {
        errors.add(
            error(
                row,
                sheet,
                "period",
                "indicator " + indicator.code + " " + period + " is also on row " + first));
        continue;
      }
      JsonNode value = value(row.text("value"), indicator.valueType);
      if (value == null) {
        errors.add(error(row, sheet, "value", expected(indicator.valueType)));
        continue;
      }
      MeasurementData data =
          new MeasurementData(period, value, row.text("source"), row.text("note"));
      Measurement now = measurements.find(indicator.id, period);
      boolean unchanged =
          now != null
              && sameValue(now.value(), value)
              && Objects.equals(now.source, data.source())
              && Objects.equals(now.note, data.note());
      UUID indicatorId = indicator.id;
      steps.add(
          new RowImports.Step(
              row,
              () -> {
                if (unchanged) {
                  return RowImports.Outcome.UNCHANGED;
                }
                Measurement m = service.record(indicatorId, data);
                return m.revision == 1 ? RowImports.Outcome.CREATED : RowImports.Outcome.UPDATED;
              }));
    }
    return imports.run(
        mode,
        sheet,
        read.rows().size(),
        errors,
        steps,
        Map.of("period", "period", "value", "value"));
  }

  /** A cell as the indicator's value type takes it; null when it is not one. */
  static JsonNode value(String text, ValueType type) {
    if (type == null) {
      // A group row: the service says why it takes no value.
      return TextNode.valueOf(text);
    }
    return switch (type) {
      case NUMBER -> {
        BigDecimal number = SheetReader.parseNumber(text);
        yield number == null ? null : DecimalNode.valueOf(number);
      }
      case BOOLEAN -> {
        String folded = VietnameseText.fold(VietnameseText.normalize(text));
        yield YES.contains(folded)
            ? BooleanNode.TRUE
            : NO.contains(folded) ? BooleanNode.FALSE : null;
      }
      case TEXT -> TextNode.valueOf(text);
    };
  }

  private static String expected(ValueType type) {
    return type == ValueType.BOOLEAN ? "Có or Không (yes or no)" : "a number, like 12,5";
  }

  private static boolean sameValue(Object recorded, JsonNode value) {
    if (recorded instanceof BigDecimal number) {
      return value.isNumber() && number.compareTo(value.decimalValue()) == 0;
    }
    if (recorded instanceof Boolean flag) {
      return value.isBoolean() && flag == value.booleanValue();
    }
    return recorded != null && value.isTextual() && recorded.equals(value.asText().strip());
  }

  // --- Helpers
  // --------------------------------------------------------------------------------------------

  private static void rejectHeader(ReadResult read) {
    if (!read.headerErrors().isEmpty()) {
      throw new WorkbookRejected(read.rows().size(), read.headerErrors());
    }
  }

  private static RowError error(SheetRow row, SheetDefinition sheet, String key, String message) {
    return new RowError(
        row.number(), sheet.column(key).orElseThrow().header(), row.cell(key), key, message);
  }

  private static String keep(SheetRow row, String key, String now) {
    return row.has(key) ? row.text(key) : now;
  }

  private static List<UUID> orgs(
      SheetRow row, String key, Map<String, UUID> orgIds, List<UUID> now) {
    if (!row.has(key) && now != null) {
      return List.copyOf(now);
    }
    // The reader already refused names not in the list: every code is known.
    return row.list(key).stream().map(orgIds::get).filter(Objects::nonNull).toList();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private KnownPlan visiblePlan(UUID planId) {
    KnownPlan plan = plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    return plan;
  }

  private String province(KnownPlan plan) {
    return plan != null ? plan.province : caller.province().orElse(null);
  }

  private List<KnownOrganization> organizationsOf(String province) {
    if (province == null) {
      return List.of();
    }
    return organizations.list("province = ?1 order by name", province);
  }

  private static List<Choice> choices(List<KnownOrganization> organizations) {
    return organizations.stream().map(o -> Choice.of(o.code, o.name)).toList();
  }

  private Map<UUID, String> parentCodes(List<Indicator> found) {
    Map<UUID, String> codes = new HashMap<>();
    found.forEach(i -> codes.put(i.id, i.code));
    List<UUID> missing =
        found.stream()
            .map(i -> i.parentId)
            .filter(p -> p != null && !codes.containsKey(p))
            .distinct()
            .toList();
    if (!missing.isEmpty()) {
      indicators.list("id in ?1", missing).forEach(i -> codes.put(i.id, i.code));
    }
    return codes;
  }

  /** The organizations and plans an export names, by id. */
  private record Directory(
      Map<UUID, KnownOrganization> organizations,
      List<Choice> choices,
      Map<UUID, String> planNumbers) {
    List<String> codes(Collection<UUID> ids) {
      return ids.stream()
          .map(id -> organizations.containsKey(id) ? organizations.get(id).code : id.toString())
          .toList();
    }

    String planNumber(UUID planId) {
      return planNumbers.get(planId);
    }
  }

  private Directory directory(List<Indicator> found) {
    Set<String> provinces =
        found.stream().map(i -> i.province).collect(Collectors.toCollection(HashSet::new));
    Map<UUID, KnownOrganization> byId = new LinkedHashMap<>();
    if (!provinces.isEmpty()) {
      organizations.list("province in ?1 order by name", provinces).forEach(o -> byId.put(o.id, o));
    }
    Set<UUID> planIds = found.stream().map(i -> i.planId).collect(Collectors.toSet());
    Map<UUID, String> numbers = new HashMap<>();
    if (!planIds.isEmpty()) {
      plans.list("id in ?1", planIds).forEach(p -> numbers.put(p.id, p.number));
    }
    return new Directory(byId, choices(List.copyOf(byId.values())), numbers);
  }
}
