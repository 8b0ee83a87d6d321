package vn.plantrack.indicator.excel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.MeasurementPeriod;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.indicator.service.IndicatorAccess;
import vn.plantrack.indicator.service.IndicatorCommands;
import vn.plantrack.indicator.service.IndicatorQueries;
import vn.plantrack.indicator.service.MeasurementData;
import vn.plantrack.platform.text.VietnameseText;
import vn.plantrack.workbook.ImportMode;
import vn.plantrack.workbook.ImportReport;
import vn.plantrack.workbook.ReadResult;
import vn.plantrack.workbook.RowError;
import vn.plantrack.workbook.RowImports;
import vn.plantrack.workbook.RowTargets;
import vn.plantrack.workbook.SeenRows;
import vn.plantrack.workbook.SheetDefinition;
import vn.plantrack.workbook.SheetReader;
import vn.plantrack.workbook.SheetRow;

/**
 * A values workbook uploaded: each row records one indicator's value for one period through {@link
 * IndicatorCommands#record}, so only the monitoring organization (or a coordinator) records, in the
 * plan's horizon, with the history and events of the API.
 */
@ApplicationScoped
public class MeasurementUpload {
  private static final Set<String> YES = Set.of("co", "yes", "true", "dat", "x", "1");
  private static final Set<String> NO =
      Set.of("khong", "no", "false", "chua dat", "khong dat", "0");

  private final IndicatorCommands commands;
  private final IndicatorQueries queries;
  private final IndicatorAccess access;
  private final RowImports imports;

  public MeasurementUpload(
      IndicatorCommands commands,
      IndicatorQueries queries,
      IndicatorAccess access,
      RowImports imports) {
    this.commands = commands;
    this.queries = queries;
    this.access = access;
    this.imports = imports;
  }

  /**
   * A values workbook: each row records one indicator's value for one period (by the indicator's
   * ID, or by its code in the plan given). A row equal to the recorded value, or without period and
   * value, is left alone; another value for a recorded period is a correction.
   */
  public ImportReport importMeasurements(UUID planId, byte[] file, ImportMode mode) {
    KnownPlan plan = planId == null ? null : access.visiblePlan(planId);
    SheetDefinition sheet = IndicatorSheets.measurements(List.of());
    ReadResult read = SheetReader.read(file, sheet).requireHeaders();
    RowTargets<Indicator> indicators =
        new RowTargets<>(
            IndicatorSheets.INDICATORS,
            planId,
            plan == null ? null : plan.number,
            plan == null ? Map.of() : queries.idsByCode(plan.id),
            queries::get);
    List<RowError> errors = new ArrayList<>(read.errors());
    List<RowImports.Step> steps = new ArrayList<>();
    SeenRows seen = new SeenRows();
    for (SheetRow row : read.validRows()) {
      if (row.blank("period") && row.blank("value")) {
        steps.add(new RowImports.Step(row, () -> RowImports.Outcome.UNCHANGED));
        continue;
      }
      if (row.blank("period") || row.blank("value")) {
        String missing = row.blank("period") ? "period" : "value";
        errors.add(
            RowError.at(
                row,
                sheet,
                missing,
                "required with the " + (missing.equals("period") ? "value" : "period")));
        continue;
      }
      Indicator indicator = indicators.find(row, sheet, errors);
      if (indicator == null) {
        continue;
      }
      String period =
          MeasurementPeriod.parse(row.text("period")).map(MeasurementPeriod::id).orElse(null);
      if (period == null) {
        errors.add(RowError.at(row, sheet, "period", "2025, 2025-H1, 2025-Q2 or 2025-06"));
        continue;
      }
      Integer first = seen.before(indicator.id + "/" + period, row);
      if (first != null) {
        errors.add(
            RowError.at(
                row,
                sheet,
                "period",
                "indicator " + indicator.code + " " + period + " is also on row " + first));
        continue;
      }
      JsonNode value = value(row.text("value"), indicator.valueType);
      if (value == null) {
        errors.add(RowError.at(row, sheet, "value", expected(indicator.valueType)));
        continue;
      }
      MeasurementData data =
          new MeasurementData(period, value, row.text("source"), row.text("note"));
      steps.add(new RowImports.Step(row, record(indicator, data)));
    }
    return imports.run(
        mode,
        sheet,
        read.rows().size(),
        errors,
        steps,
        Map.of("period", "period", "value", "value"));
  }

  /** Records the row, unless it repeats the recorded value with its source and note. */
  private RowImports.Action record(Indicator indicator, MeasurementData data) {
    Measurement now = queries.value(indicator.id, data.period());
    boolean unchanged =
        now != null
            && sameValue(now.value(), data.value())
            && Objects.equals(now.source, data.source())
            && Objects.equals(now.note, data.note());
    UUID indicatorId = indicator.id;
    return () -> {
      if (unchanged) {
        return RowImports.Outcome.UNCHANGED;
      }
      Measurement m = commands.record(indicatorId, data);
      return m.revision == 1 ? RowImports.Outcome.CREATED : RowImports.Outcome.UPDATED;
    };
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
}
