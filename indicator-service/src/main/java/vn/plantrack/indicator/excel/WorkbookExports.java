package vn.plantrack.indicator.excel;

import static vn.plantrack.indicator.excel.WorkbookRows.choices;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
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
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.problem.ProblemTypes;
import vn.plantrack.workbook.Choice;
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
  private static final int PAGE = PageRequest.MAX_SIZE;
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

  /** A workbook being written to the response. */
  @FunctionalInterface
  public interface Download {
    void write(OutputStream out) throws IOException;
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
    Names names = names(found);
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
    Names names = names(found);
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
      throw tooMany(rows.size() + " values");
    }
    return out -> SheetWriter.export(sheet, rows, out);
  }

  private List<Indicator> all(IndicatorQuery query) {
    List<Indicator> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<Indicator> result = queries.list(query, new PageRequest(page, PAGE, "code", true));
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

  /** Codes of the indicators' parents, also of those the filter left out. */
  private Map<UUID, String> parentCodes(List<Indicator> found) {
    Map<UUID, String> codes = new HashMap<>();
    found.forEach(i -> codes.put(i.id, i.code));
    List<UUID> missing =
        found.stream()
            .map(i -> i.parentId)
            .filter(p -> p != null && !codes.containsKey(p))
            .distinct()
            .toList();
    codes.putAll(queries.codes(missing));
    return codes;
  }

  /** The organizations and plans an export names, by id. */
  private record Names(
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

  private Names names(List<Indicator> found) {
    Set<String> provinces =
        found.stream().map(i -> i.province).collect(Collectors.toCollection(HashSet::new));
    Map<UUID, KnownOrganization> byId = new LinkedHashMap<>();
    directory.organizationsOf(provinces).forEach(o -> byId.put(o.id, o));
    Set<UUID> planIds = found.stream().map(i -> i.planId).collect(Collectors.toSet());
    return new Names(byId, choices(List.copyOf(byId.values())), directory.planNumbers(planIds));
  }
}
