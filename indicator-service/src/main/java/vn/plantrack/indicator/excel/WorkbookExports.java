package vn.plantrack.indicator.excel;

import static vn.plantrack.indicator.excel.WorkbookRows.choices;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.service.DirectoryQueries;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.service.IndicatorAccess;
import vn.plantrack.indicator.service.IndicatorQueries;
import vn.plantrack.indicator.service.IndicatorQuery;
import vn.plantrack.workbook.Choice;
import vn.plantrack.workbook.Download;
import vn.plantrack.workbook.Exports;
import vn.plantrack.workbook.SheetDefinition;
import vn.plantrack.workbook.SheetReader;
import vn.plantrack.workbook.SheetWriter;

/**
 * The indicator workbooks written: templates (with the province's organizations to choose from) and
 * exports of any filtered list, through the list endpoint's own query, so an export shows no more
 * than the list and is a valid upload.
 */
@ApplicationScoped
public class WorkbookExports {
  /** The list's filters, named when an export would be too large. */
  private static final String FILTERS = "planId, orgId, role, q";

  private static final Map<String, String> VALUE_TYPES =
      Map.of("NUMBER", "Số", "BOOLEAN", "Có/Không", "TEXT", "Văn bản");

  private final IndicatorQueries queries;
  private final DirectoryQueries directory;
  private final IndicatorAccess access;

  public WorkbookExports(
      IndicatorQueries queries, DirectoryQueries directory, IndicatorAccess access) {
    this.queries = queries;
    this.directory = directory;
    this.access = access;
  }

  // --- Templates
  // ------------------------------------------------------------------------------------------

  public Download indicatorsTemplate(UUID planId) {
    SheetDefinition sheet =
        IndicatorSheets.indicators(choices(organizationsFor(planId)), List.of());
    return out -> SheetWriter.template(sheet, out);
  }

  public Download measurementsTemplate(UUID planId) {
    SheetDefinition sheet = IndicatorSheets.measurements(choices(organizationsFor(planId)));
    return out -> SheetWriter.template(sheet, out);
  }

  /** The organizations of the plan's province, or of the caller's when no plan is given. */
  private List<KnownOrganization> organizationsFor(UUID planId) {
    KnownPlan plan = planId == null ? null : access.visiblePlan(planId);
    return directory.organizationsOf(
        plan != null ? plan.province : access.homeProvince().orElse(null));
  }

  // --- Exports
  // --------------------------------------------------------------------------------------------

  /** The indicators of a filtered list, a target column per milestone year they have. */
  public Download exportIndicators(IndicatorQuery query) {
    List<Indicator> found = all(query);
    Exports.Names names = names(found);
    Set<Integer> years = new TreeSet<>();
    found.forEach(i -> i.targets.forEach(t -> years.add(t.year())));
    SheetDefinition sheet = IndicatorSheets.indicators(names.choices(), years);
    Map<UUID, String> codes = parentCodes(found);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicator i : found) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", i.id);
      row.put("plan", names.planNumber(i.planId));
      row.put("code", i.code);
      row.put("parentCode", i.parentId == null ? null : codes.get(i.parentId));
      row.put("name", i.name);
      row.put("unit", i.unit);
      row.put("direction", i.direction == null ? null : i.direction.name());
      row.put("counting", i.counting == null ? null : i.counting.name());
      row.put("leadOrgs", names.codes(i.leadOrgIds));
      row.put("responsibleOrgs", names.codes(i.responsibleOrgIds));
      row.put("monitoringOrgs", names.codes(i.monitoringOrgIds));
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
    Exports.Names names = names(found);
    SheetDefinition sheet = IndicatorSheets.measurements(names.choices());
    Map<UUID, List<Measurement>> values = queries.values(found.stream().map(i -> i.id).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicator i : found) {
      List<Measurement> recorded = values.getOrDefault(i.id, List.of());
      for (Measurement m :
          recorded.isEmpty() ? Collections.<Measurement>singletonList(null) : recorded) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", i.id);
        row.put("plan", names.planNumber(i.planId));
        row.put("code", i.code);
        row.put("name", i.name);
        row.put("unit", i.unit);
        row.put("monitoringOrgs", names.codes(i.monitoringOrgIds));
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
      throw Exports.tooMany(rows.size() + " values", FILTERS);
    }
    return out -> SheetWriter.export(sheet, rows, out);
  }

  private List<Indicator> all(IndicatorQuery query) {
    return Exports.all(page -> queries.list(query, page), "indicators", FILTERS);
  }

  /** Codes of the indicators' parents, also of those the filter left out. */
  private Map<UUID, String> parentCodes(List<Indicator> found) {
    return Exports.parentCodes(found, IndicatorSheets.INDICATORS, queries::codes);
  }

  private Exports.Names names(List<Indicator> found) {
    Set<String> provinces =
        found.stream().map(i -> i.province).collect(Collectors.toCollection(HashSet::new));
    Map<UUID, Choice> organizations = new LinkedHashMap<>();
    directory
        .organizationsOf(provinces)
        .forEach(o -> organizations.put(o.id, Choice.of(o.code, o.name)));
    Set<UUID> planIds = found.stream().map(i -> i.planId).collect(Collectors.toSet());
    return new Exports.Names(organizations, directory.planNumbers(planIds));
  }
}
