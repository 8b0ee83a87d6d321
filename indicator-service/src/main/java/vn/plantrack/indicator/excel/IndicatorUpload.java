package vn.plantrack.indicator.excel;

import static vn.plantrack.indicator.excel.WorkbookRows.blankToNull;
import static vn.plantrack.indicator.excel.WorkbookRows.choices;
import static vn.plantrack.indicator.excel.WorkbookRows.error;
import static vn.plantrack.indicator.excel.WorkbookRows.rejectHeader;
import static vn.plantrack.indicator.excel.WorkbookRows.sameNumber;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.service.DirectoryQueries;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.contract.TargetReading;
import vn.plantrack.indicator.reading.TargetReader;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.service.IndicatorAccess;
import vn.plantrack.indicator.service.IndicatorCommands;
import vn.plantrack.indicator.service.IndicatorData;
import vn.plantrack.indicator.service.IndicatorQueries;
import vn.plantrack.indicator.service.TargetData;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.spreadsheet.ImportMode;
import vn.plantrack.platform.spreadsheet.ImportReport;
import vn.plantrack.platform.spreadsheet.ParsedSheet;
import vn.plantrack.platform.spreadsheet.ReadResult;
import vn.plantrack.platform.spreadsheet.RowError;
import vn.plantrack.platform.spreadsheet.RowImports;
import vn.plantrack.platform.spreadsheet.SheetDefinition;
import vn.plantrack.platform.spreadsheet.SheetReader;
import vn.plantrack.platform.spreadsheet.SheetRow;

/**
 * An indicators workbook uploaded into a plan: a row whose ID or code is an indicator of the plan
 * updates it through {@link IndicatorCommands#update} (with the version it was exported at), any
 * other row creates one through {@link IndicatorCommands#create}, group rows first; so the rules,
 * authorization, history and events of the API apply to every row.
 */
@ApplicationScoped
public class IndicatorUpload {
  private final IndicatorCommands commands;
  private final IndicatorQueries queries;
  private final DirectoryQueries directory;
  private final IndicatorAccess access;
  private final RowImports imports;

  public IndicatorUpload(
      IndicatorCommands commands,
      IndicatorQueries queries,
      DirectoryQueries directory,
      IndicatorAccess access,
      RowImports imports) {
    this.commands = commands;
    this.queries = queries;
    this.directory = directory;
    this.access = access;
    this.imports = imports;
  }

  /**
   * An indicators workbook for a plan: a row whose ID or code is an indicator of the plan updates
   * it (with the version it was exported at), any other row creates one; group rows first.
   */
  public ImportReport importIndicators(UUID planId, byte[] file, ImportMode mode) {
    KnownPlan plan = access.visiblePlan(planId);
    access.requireManager(plan.province, "manage its indicators");
    List<KnownOrganization> known = directory.organizationsOf(plan.province);
    ParsedSheet parsed = SheetReader.parse(file, "Chỉ tiêu");
    Set<Integer> years = new TreeSet<>();
    parsed.headers().values().forEach(h -> IndicatorSheets.targetYear(h).ifPresent(years::add));
    SheetDefinition sheet = IndicatorSheets.indicators(choices(known), years);
    ReadResult read = SheetReader.convert(parsed, sheet);
    rejectHeader(read);
    Map<String, UUID> idsByCode = new HashMap<>();
    Map<UUID, Indicator> byId = new HashMap<>();
    for (Indicator i : queries.ofPlan(plan.id)) {
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
              row, () -> applyRow(plan, row, years, existing, version, idsByCode, orgIds));
      (row.blank("parentCode") ? groups : children).add(step);
    }
    List<RowImports.Step> steps = new ArrayList<>(groups);
    steps.addAll(children);
    return imports.run(
        mode, sheet, read.rows().size(), errors, steps, IndicatorSheets.INDICATOR_FIELDS);
  }

  private RowImports.Outcome applyRow(
      KnownPlan plan,
      SheetRow row,
      Set<Integer> years,
      Indicator existing,
      Long version,
      Map<String, UUID> idsByCode,
      Map<String, UUID> orgIds) {
    IndicatorData data = data(plan, row, years, existing, idsByCode, orgIds);
    if (existing == null) {
      Indicator created = commands.create(data);
      idsByCode.put(created.code, created.id);
      return RowImports.Outcome.CREATED;
    }
    if (same(existing, data)) {
      return RowImports.Outcome.UNCHANGED;
    }
    commands.update(existing.id, null, version, data);
    return RowImports.Outcome.UPDATED;
  }

  /** The row as an indicator's content; a column the workbook leaves out keeps what is there. */
  private static IndicatorData data(
      KnownPlan plan,
      SheetRow row,
      Set<Integer> years,
      Indicator existing,
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
    return new IndicatorData(
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
        orgs(row, "responsibleOrgs", orgIds, existing == null ? null : existing.responsibleOrgIds),
        orgs(row, "monitoringOrgs", orgIds, existing == null ? null : existing.monitoringOrgIds),
        row.has("baselineValue") || existing == null
            ? row.number("baselineValue")
            : existing.baselineValue,
        keep(row, "baselineText", existing == null ? null : existing.baselineText),
        row.has("baselineYear") || existing == null
            ? row.integer("baselineYear")
            : existing.baselineYear,
        targets(row, years, existing));
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
        && Objects.equals(i.unit, blankToNull(d.unit()))
        && i.direction == d.direction()
        && i.counting == d.counting()
        && List.copyOf(i.leadOrgIds).equals(d.leadOrgIds())
        && List.copyOf(i.responsibleOrgIds).equals(d.responsibleOrgIds())
        && List.copyOf(i.monitoringOrgIds).equals(d.monitoringOrgIds())
        && sameNumber(i.baselineValue, d.baselineValue())
        && Objects.equals(i.baselineText, blankToNull(d.baselineText()))
        && Objects.equals(i.baselineYear, d.baselineYear())
        && targets.equals(given);
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
}
