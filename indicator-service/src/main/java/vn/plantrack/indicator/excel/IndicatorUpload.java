package vn.plantrack.indicator.excel;

import static vn.plantrack.indicator.excel.WorkbookRows.blankToNull;
import static vn.plantrack.indicator.excel.WorkbookRows.choices;
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
import vn.plantrack.workbook.ImportMode;
import vn.plantrack.workbook.ImportReport;
import vn.plantrack.workbook.ParsedSheet;
import vn.plantrack.workbook.ReadResult;
import vn.plantrack.workbook.RecordUpserts;
import vn.plantrack.workbook.SheetDefinition;
import vn.plantrack.workbook.SheetReader;
import vn.plantrack.workbook.SheetRow;

/**
 * An indicators workbook uploaded into a plan: a row whose ID or code is an indicator of the plan
 * updates it through {@link IndicatorCommands#update} (with the version it was exported at), any
 * other row creates one through {@link IndicatorCommands#create}, group rows first; so the rules,
 * authorization, history and events of the API apply to every row. The workbook module's {@link
 * RecordUpserts} finds each row's indicator, refuses duplicates and rows without the exported
 * version, and runs the rows in the mode asked.
 */
@ApplicationScoped
public class IndicatorUpload {
  private final IndicatorCommands commands;
  private final IndicatorQueries queries;
  private final DirectoryQueries directory;
  private final IndicatorAccess access;
  private final RecordUpserts upserts;

  public IndicatorUpload(
      IndicatorCommands commands,
      IndicatorQueries queries,
      DirectoryQueries directory,
      IndicatorAccess access,
      RecordUpserts upserts) {
    this.commands = commands;
    this.queries = queries;
    this.directory = directory;
    this.access = access;
    this.upserts = upserts;
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
    ReadResult read = SheetReader.convert(parsed, sheet).requireHeaders();
    Map<String, UUID> orgIds = new HashMap<>();
    known.forEach(o -> orgIds.put(o.code, o.id));
    return upserts.run(
        mode,
        sheet,
        read,
        IndicatorSheets.INDICATORS,
        plan.number,
        queries.ofPlan(plan.id),
        new RecordUpserts.Writes<Indicator, IndicatorData>(
            (row, existing, parentId) -> data(plan, row, years, existing, parentId, orgIds),
            commands::create,
            (indicator, version, data) -> commands.update(indicator.id, null, version, data),
            IndicatorUpload::same),
        IndicatorSheets.INDICATOR_FIELDS);
  }

  /** The row as an indicator's content; a column the workbook leaves out keeps what is there. */
  private static IndicatorData data(
      KnownPlan plan,
      SheetRow row,
      Set<Integer> years,
      Indicator existing,
      UUID parentId,
      Map<String, UUID> orgIds) {
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
