package vn.plantrack.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.KnownOrganization;
import vn.plantrack.indicator.KnownPlan;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.event.IndicatorEvents;
import vn.plantrack.indicator.reading.TargetReader;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.repository.KnownOrganizationRepository;
import vn.plantrack.indicator.repository.KnownPlanRepository;
import vn.plantrack.indicator.repository.MeasurementRepository;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.rules.Direction;
import vn.plantrack.indicator.rules.Evaluation;
import vn.plantrack.indicator.rules.MeasurementPeriod;
import vn.plantrack.indicator.rules.TargetKind;
import vn.plantrack.indicator.rules.TargetReading;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.Preconditions;

/**
 * Indicators: who may do what, targets read from their text, values recorded per period (with
 * corrections kept in the history), judgements of qualitative targets, and evaluation as of a date.
 * Plans and organizations are checked against indicator-service's own event-fed copies.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {
  public static final Set<String> SORTABLE = IndicatorRepository.SORTABLE.keySet();
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String AUDIT_TYPE = "indicator";
  private static final BigDecimal LARGEST = new BigDecimal("1e14");

  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Caller caller;

  public IndicatorService(
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      Outbox outbox,
      AuditTrail audit,
      Caller caller) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.plans = plans;
    this.organizations = organizations;
    this.outbox = outbox;
    this.audit = audit;
    this.caller = caller;
  }

  /**
   * A milestone target as a client writes it: the document's text, and optionally a reading that
   * overrides the reader's (a coordinator fixing what was flagged).
   */
  public record TargetData(
      Integer year,
      String text,
      TargetKind kind,
      String operator,
      BigDecimal min,
      BigDecimal max,
      String unit) {}

  /** The writable content of an indicator, shape-validated by the resource. */
  public record IndicatorData(
      UUID planId,
      String code,
      UUID parentId,
      String name,
      String unit,
      Direction direction,
      Counting counting,
      List<UUID> leadOrgIds,
      List<UUID> responsibleOrgIds,
      List<UUID> monitoringOrgIds,
      BigDecimal baselineValue,
      String baselineText,
      Integer baselineYear,
      List<TargetData> targets) {}

  public record MeasurementData(String period, JsonNode value, String source, String note) {}

  public record IndicatorQuery(UUID planId, UUID orgId, String role, UUID parentId, String q) {}

  /** An indicator's evaluation as of a date, per milestone. */
  public record Evaluated(
      Indicator indicator, LocalDate asOf, List<Evaluator.Milestone> milestones) {}

  /** One row of a plan's summary: counts by evaluation of each indicator's current milestone. */
  public record SummaryRow(String key, Map<Evaluation, Integer> counts, int total) {}

  // --- Writes
  // -----------------------------------------------------------------------------------------------

  public Indicator create(IndicatorData data) {
    KnownPlan plan = plan(data.planId());
    caller.requireManager(plan.province, "manage its indicators");
    if (indicators.codeTaken(plan.id, data.code())) {
      throw ProblemException.conflict(
          "indicator " + data.code() + " exists in plan " + plan.number);
    }
    return insert(plan, data, caller.username(), true);
  }

  /**
   * An indicator of a plan import confirmed in plan-service (event {@code
   * plantrack.plan.import-confirmed.v1}): plan-service checked the confirming caller's right and
   * resolved the agencies through the directory it owns, so they are taken as given even if this
   * copy of the directory has not caught up yet. Attributed to whoever confirmed.
   */
  public Indicator createImported(KnownPlan plan, IndicatorData data, String confirmedBy) {
    return insert(plan, data, confirmedBy, false);
  }

  private Indicator insert(KnownPlan plan, IndicatorData data, String actor, boolean checkOrgs) {
    Indicator indicator = new Indicator();
    indicator.id = UUID.randomUUID();
    indicator.province = plan.province;
    indicator.planId = plan.id;
    apply(indicator, plan, data, List.of(), checkOrgs);
    indicator.stampCreated(actor);
    indicator.lastEvaluation = Evaluator.asMap(evaluate(indicator, today()).milestones());
    indicators.persistAndFlush(indicator);
    audit.recordChanges(
        AUDIT_TYPE,
        indicator.id,
        indicator.province,
        indicator.version,
        "CREATED",
        Map.of(),
        snapshot(indicator));
    publish(IndicatorEvents.CREATED, indicator, null);
    reevaluateParent(indicator);
    return indicator;
  }

  public Indicator update(UUID id, String ifMatch, Long bodyVersion, IndicatorData data) {
    Indicator indicator = find(id);
    caller.requireManager(indicator.province, "manage its indicators");
    Preconditions.checkVersion(ifMatch, bodyVersion, indicator.version);
    if (!indicator.planId.equals(data.planId())) {
      throw ProblemException.invalid("planId", "an indicator does not move to another plan");
    }
    if (!indicator.code.equals(data.code())
        && indicators.codeTaken(indicator.planId, data.code())) {
      throw ProblemException.conflict("indicator " + data.code() + " exists in this plan");
    }
    Map<String, Object> before = snapshot(indicator);
    apply(indicator, plan(indicator.planId), data, measurements.of(indicator.id), true);
    indicator.stampUpdated(caller.username());
    indicators.flush();
    if (audit.recordChanges(
            AUDIT_TYPE,
            indicator.id,
            indicator.province,
            indicator.version,
            "UPDATED",
            before,
            snapshot(indicator))
        > 0) {
      publish(IndicatorEvents.UPDATED, indicator, null);
    }
    reevaluate(indicator, today());
    reevaluateParent(indicator);
    return indicator;
  }

  /**
   * A monitoring organization (or a coordinator) records the value of a period; recording a period
   * again is a correction: the old value stays in the history.
   */
  public Measurement record(UUID id, MeasurementData data) {
    Indicator indicator = find(id);
    UUID org = caller.org().orElse(null);
    boolean monitors = org != null && monitors(indicator, org);
    if (!caller.manages(indicator.province) && !monitors) {
      throw ProblemException.forbidden(
          "only the monitoring organization records values of indicator " + indicator.code);
    }
    if (indicator.valueType == null) {
      throw ProblemException.conflict(
          "indicator " + indicator.code + " is a group row: record its children's values");
    }
    MeasurementPeriod period =
        MeasurementPeriod.parse(data.period())
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "period", "a year (2025), half (2025-H1), quarter (2025-Q2) or month"));
    KnownPlan plan = plans.findById(indicator.planId);
    int first = Evaluator.firstYear(indicator, plan);
    int last = Evaluator.lastYear(indicator);
    if (period.year() < first || period.year() > last) {
      throw ProblemException.invalid(
          "period", "outside the plan's horizon " + first + "–" + last + " for this indicator");
    }
    if (period.start().isAfter(today())) {
      throw ProblemException.invalid("period", "has not begun yet");
    }
    Measurement m = measurements.find(indicator.id, period.id());
    Object previous = m == null ? null : m.value();
    if (m == null) {
      m = new Measurement();
      m.id = UUID.randomUUID();
      m.indicatorId = indicator.id;
      m.period = period.id();
      m.periodEnd = period.end();
      m.revision = 1;
    } else {
      m.revision++;
    }
    setValue(m, indicator.valueType, data.value());
    m.source = blankToNull(data.source());
    m.note = blankToNull(data.note());
    m.orgId = org;
    m.recordedAt = Instant.now();
    m.recordedBy = caller.username();
    measurements.persist(m);
    // The value is part of the indicator: its version orders the events consumers receive.
    indicators.getEntityManager().lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    indicators.flush();
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("value " + period.id(), previous);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("value " + period.id(), m.value());
    // The same value recorded again (a new source or note) is a new revision: it shows too.
    audit.recordWrite(
        AUDIT_TYPE,
        indicator.id,
        indicator.province,
        indicator.version,
        previous == null ? "MEASUREMENT" : "CORRECTION",
        before,
        after,
        "value " + period.id() + " revision " + m.revision);
    outbox.publish(
        IndicatorEvents.TOPIC,
        IndicatorEvents.MEASUREMENT_RECORDED,
        indicator.id,
        indicator.province,
        indicator.version,
        new IndicatorEvents.MeasurementRecorded(
            indicator.id,
            indicator.province,
            indicator.planId,
            indicator.code,
            m.period,
            m.periodEnd,
            m.value(),
            previous,
            m.revision,
            m.source,
            m.orgId,
            indicator.version));
    reevaluate(indicator, today());
    reevaluateParent(indicator);
    return m;
  }

  /** A coordinator judges a qualitative (or unread) target for its milestone year. */
  public Judgement judge(UUID id, int year, Evaluation result, String reason) {
    Indicator indicator = find(id);
    caller.requireManager(indicator.province, "judge its indicators");
    Indicator.Target target =
        indicator.targets.stream()
            .filter(t -> t.year() == year)
            .findFirst()
            .orElseThrow(() -> ProblemException.invalid("year", "no target for " + year));
    TargetKind kind = TargetKind.valueOf(target.kind());
    if (kind != TargetKind.QUALITATIVE && kind != TargetKind.UNRECOGNIZED) {
      throw ProblemException.conflict(
          "the " + year + " target is " + kind + ": it is evaluated from values, not judged");
    }
    if (result != Evaluation.MET && result != Evaluation.NOT_MET) {
      throw ProblemException.invalid("result", "a judgement is MET or NOT_MET");
    }
    Judgement judgement = measurements.judgement(indicator.id, year);
    String before = judgement == null ? null : judgement.result + ": " + judgement.reason;
    boolean first = judgement == null;
    if (first) {
      judgement = new Judgement();
      judgement.indicatorId = indicator.id;
      judgement.year = year;
    }
    judgement.result = result;
    judgement.reason = reason.strip();
    judgement.judgedAt = Instant.now();
    judgement.judgedBy = caller.username();
    if (first) {
      measurements.persistJudgement(judgement);
    }
    Map<String, Object> old = new LinkedHashMap<>();
    old.put("judgement " + year, before);
    audit.recordWrite(
        AUDIT_TYPE,
        indicator.id,
        indicator.province,
        indicator.version,
        "JUDGEMENT",
        old,
        Map.of("judgement " + year, result + ": " + judgement.reason),
        "judgement " + year + " confirmed");
    reevaluate(indicator, today());
    reevaluateParent(indicator);
    return judgement;
  }

  /**
   * Evaluates the indicator as of a date and, when a milestone's evaluation differs from what was
   * last announced, records and announces the change. Returns whether it changed.
   */
  public boolean reevaluate(Indicator indicator, LocalDate asOf) {
    Map<String, String> current = Evaluator.asMap(evaluate(indicator, asOf).milestones());
    if (current.equals(indicator.lastEvaluation)) {
      return false;
    }
    Map<String, String> previous = indicator.lastEvaluation;
    indicator.lastEvaluation = current;
    indicators.getEntityManager().lock(indicator, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    indicators.flush();
    outbox.publish(
        IndicatorEvents.TOPIC,
        IndicatorEvents.EVALUATION_CHANGED,
        indicator.id,
        indicator.province,
        indicator.version,
        new IndicatorEvents.EvaluationChanged(
            indicator.id,
            indicator.province,
            indicator.planId,
            indicator.code,
            asOf,
            previous,
            current,
            indicator.version));
    return true;
  }

  /** Re-evaluates one indicator by id as of today (the nightly job, one transaction each). */
  public boolean reevaluate(UUID id) {
    Indicator indicator = indicators.findById(id);
    return indicator != null && reevaluate(indicator, today());
  }

  // --- Reads
  // ------------------------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public Indicator get(UUID id) {
    return find(id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Indicator> list(IndicatorQuery query, PageRequest page) {
    var scope = caller.readScope(null);
    if (scope.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    IndicatorRepository.Filter filter =
        new IndicatorRepository.Filter(
            scope.get().province(),
            query.planId(),
            query.orgId(),
            query.role(),
            query.parentId(),
            TextSearch.likeText(query.q()));
    return Page.of(
        indicators.search(filter, page.sortField(), page.ascending(), page.offset(), page.size()),
        page,
        indicators.count(filter));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Evaluated evaluation(UUID id, LocalDate asOf) {
    return evaluate(find(id), asOf == null ? today() : asOf);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Measurement> measurements(UUID id) {
    return measurements.of(find(id).id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    find(id);
    return audit.history(AUDIT_TYPE, id, page);
  }

  /**
   * A plan's indicators (group rows aside) counted by the evaluation of their current milestone,
   * per monitoring organization and overall ({@code key} "ALL").
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SummaryRow> summary(UUID planId, LocalDate asOf) {
    KnownPlan plan = plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    LocalDate date = asOf == null ? today() : asOf;
    List<Indicator> all = indicators.ofPlan(planId);
    List<UUID> ids = all.stream().map(i -> i.id).toList();
    Map<UUID, List<Measurement>> values = measurements.of(ids);
    Map<UUID, Map<Integer, Judgement>> judgements = measurements.judgements(ids);
    Map<String, Map<Evaluation, Integer>> counts = new TreeMap<>();
    counts.put("ALL", new EnumMap<>(Evaluation.class));
    for (Indicator indicator : all) {
      if (indicator.targets.isEmpty()) {
        continue;
      }
      Optional<Evaluator.Milestone> current =
          Evaluator.current(
              Evaluator.evaluate(
                  indicator,
                  plan,
                  values.getOrDefault(indicator.id, List.of()),
                  judgements.getOrDefault(indicator.id, Map.of()),
                  date),
              date);
      if (current.isEmpty()) {
        continue;
      }
      Evaluation evaluation = current.get().result().evaluation();
      counts.get("ALL").merge(evaluation, 1, Integer::sum);
      for (UUID org : new LinkedHashSet<>(indicator.monitoringOrgIds)) {
        counts
            .computeIfAbsent(org.toString(), k -> new EnumMap<>(Evaluation.class))
            .merge(evaluation, 1, Integer::sum);
      }
    }
    List<SummaryRow> rows = new ArrayList<>();
    counts.forEach(
        (key, byEvaluation) -> {
          Map<Evaluation, Integer> full = new EnumMap<>(Evaluation.class);
          for (Evaluation e : Evaluation.values()) {
            full.put(e, byEvaluation.getOrDefault(e, 0));
          }
          rows.add(
              new SummaryRow(key, full, full.values().stream().mapToInt(Integer::intValue).sum()));
        });
    return rows;
  }

  // --- Helpers
  // ----------------------------------------------------------------------------------------------

  Evaluated evaluate(Indicator indicator, LocalDate asOf) {
    KnownPlan plan = plans.findById(indicator.planId);
    if (indicator.targets.isEmpty()) {
      List<Indicator> children = indicators.childrenOf(indicator.id);
      List<List<Evaluator.Milestone>> evaluated = new ArrayList<>();
      List<UUID> ids = children.stream().map(c -> c.id).toList();
      Map<UUID, List<Measurement>> values = measurements.of(ids);
      Map<UUID, Map<Integer, Judgement>> judgements = measurements.judgements(ids);
      for (Indicator child : children) {
        evaluated.add(
            Evaluator.evaluate(
                child,
                plan,
                values.getOrDefault(child.id, List.of()),
                judgements.getOrDefault(child.id, Map.of()),
                asOf));
      }
      return new Evaluated(indicator, asOf, Evaluator.summarize(evaluated));
    }
    Map<Integer, Judgement> judgements =
        measurements.judgements(List.of(indicator.id)).getOrDefault(indicator.id, Map.of());
    List<Measurement> values = measurements.of(indicator.id);
    return new Evaluated(
        indicator, asOf, Evaluator.evaluate(indicator, plan, values, judgements, asOf));
  }

  private void reevaluateParent(Indicator indicator) {
    if (indicator.parentId != null) {
      Indicator parent = indicators.findById(indicator.parentId);
      if (parent != null) {
        indicators.flush();
        reevaluate(parent, today());
      }
    }
  }

  /** The organization monitors the indicator itself, or is a member of a monitoring group. */
  private boolean monitors(Indicator indicator, UUID org) {
    return indicator.monitoringOrgIds.contains(org)
        || indicator.monitoringOrgIds.stream()
            .map(organizations::findById)
            .anyMatch(group -> group != null && group.memberIds.contains(org));
  }

  private static void setValue(Measurement m, ValueType type, JsonNode value) {
    m.numberValue = null;
    m.booleanValue = null;
    m.textValue = null;
    if (value == null || value.isNull() || value.isMissingNode()) {
      throw ProblemException.invalid("value", "a value is required");
    }
    switch (type) {
      case NUMBER -> {
        if (!value.isNumber()) {
          throw ProblemException.invalid("value", "this indicator takes a number");
        }
        BigDecimal number = value.decimalValue();
        if (number.abs().compareTo(LARGEST) >= 0) {
          throw ProblemException.invalid("value", "too large");
        }
        m.numberValue =
            number.setScale(Math.min(Math.max(number.scale(), 0), 6), RoundingMode.HALF_UP);
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          throw ProblemException.invalid("value", "this indicator takes true or false");
        }
        m.booleanValue = value.booleanValue();
      }
      case TEXT -> {
        if (!value.isTextual() || value.asText().isBlank()) {
          throw ProblemException.invalid("value", "this indicator takes a text");
        }
        if (value.asText().length() > 4000) {
          throw ProblemException.invalid("value", "at most 4000 characters");
        }
        m.textValue = value.asText().strip();
      }
    }
  }

  private void apply(
      Indicator indicator,
      KnownPlan plan,
      IndicatorData data,
      List<Measurement> existing,
      boolean checkOrgs) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (checkOrgs) {
      checkOrgs(data.leadOrgIds(), "leadOrgIds", indicator.province, errors);
      checkOrgs(data.responsibleOrgIds(), "responsibleOrgIds", indicator.province, errors);
      checkOrgs(data.monitoringOrgIds(), "monitoringOrgIds", indicator.province, errors);
    }
    if (data.parentId() != null) {
      Indicator parent = indicators.findById(data.parentId());
      if (parent == null || !parent.planId.equals(plan.id)) {
        errors.add(
            new Problem.FieldError(
                "parentId", "no indicator " + data.parentId() + " in this plan"));
      } else if (parent.id.equals(indicator.id) || parent.parentId != null) {
        errors.add(
            new Problem.FieldError(
                "parentId", "a parent is an indicator of the plan's first level (like 7 or 15)"));
      }
    }
    if (data.baselineYear() != null
        && data.baselineValue() == null
        && data.baselineText() == null) {
      errors.add(new Problem.FieldError("baselineValue", "a baseline year needs a value"));
    }
    List<Indicator.Target> targets = targets(data, errors);
    if (!targets.isEmpty()
        && data.baselineYear() != null
        && targets.stream().anyMatch(t -> t.year() <= data.baselineYear())) {
      errors.add(new Problem.FieldError("baselineYear", "must be before every milestone year"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    ValueType valueType =
        ValueType.of(targets.stream().map(t -> TargetKind.valueOf(t.kind())).toList());
    if (!existing.isEmpty() && valueType != indicator.valueType) {
      throw ProblemException.conflict(
          "values are recorded as "
              + indicator.valueType
              + "; targets that make them "
              + valueType
              + " would orphan them");
    }
    indicator.code = data.code().strip();
    indicator.parentId = data.parentId();
    indicator.name = data.name().strip();
    indicator.unit = blankToNull(data.unit());
    indicator.direction =
        data.direction() != null
            ? data.direction()
            : targets.isEmpty()
                ? Direction.HIGHER_IS_BETTER
                : Direction.impliedBy(TargetKind.valueOf(targets.get(0).kind()));
    indicator.counting = data.counting() == null ? Counting.LEVEL : data.counting();
    indicator.valueType = valueType;
    indicator.leadOrgIds = distinct(data.leadOrgIds());
    indicator.responsibleOrgIds = distinct(data.responsibleOrgIds());
    indicator.monitoringOrgIds = distinct(data.monitoringOrgIds());
    indicator.baselineValue = data.baselineValue();
    indicator.baselineText = blankToNull(data.baselineText());
    indicator.baselineYear = data.baselineYear();
    indicator.targets = targets;
  }

  /**
   * Reads each target's text; an explicit kind (with min/max) replaces the reading. A year twice,
   * or min above max, names the field.
   */
  private static List<Indicator.Target> targets(
      IndicatorData data, List<Problem.FieldError> errors) {
    List<Indicator.Target> targets = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    List<TargetData> given = data.targets() == null ? List.of() : data.targets();
    for (int i = 0; i < given.size(); i++) {
      TargetData t = given.get(i);
      String field = "targets[" + i + "]";
      if (!years.add(t.year())) {
        errors.add(new Problem.FieldError(field + ".year", "the year " + t.year() + " twice"));
        continue;
      }
      if (t.min() != null && t.max() != null && t.min().compareTo(t.max()) > 0) {
        errors.add(new Problem.FieldError(field + ".min", "min is above max"));
        continue;
      }
      TargetReading reading = TargetReader.read(t.text(), data.unit());
      if (t.kind() != null) {
        String problem = explicitProblem(t);
        if (problem != null) {
          errors.add(new Problem.FieldError(field + ".kind", problem));
          continue;
        }
        reading =
            new TargetReading(
                t.text(),
                t.kind(),
                t.operator() == null ? reading.operator() : t.operator(),
                t.min(),
                t.max(),
                t.unit() == null ? reading.unit() : t.unit(),
                reading.rising(),
                false,
                "set by a coordinator");
      }
      targets.add(
          new Indicator.Target(
              t.year(),
              t.text().strip(),
              reading.kind().name(),
              reading.operator(),
              reading.min(),
              reading.max(),
              reading.unit(),
              reading.rising(),
              reading.needsReview(),
              reading.note()));
    }
    targets.sort(java.util.Comparator.comparingInt(Indicator.Target::year));
    return targets;
  }

  /** What an explicit reading lacks: the bound(s) its kind compares with. */
  private static String explicitProblem(TargetData t) {
    return switch (t.kind()) {
      case AT_LEAST, GREATER_THAN, EXACT -> t.min() == null ? t.kind() + " needs min" : null;
      case AT_MOST, LESS_THAN, RANK -> t.max() == null ? t.kind() + " needs max" : null;
      case RANGE -> t.min() == null || t.max() == null ? "RANGE needs min and max" : null;
      case BOOLEAN -> t.min() == null ? "BOOLEAN needs min (1 yes, 0 no)" : null;
      case QUALITATIVE -> null;
      case UNRECOGNIZED -> "UNRECOGNIZED is the reader's verdict, not a reading";
    };
  }

  private void checkOrgs(
      List<UUID> ids, String field, String province, List<Problem.FieldError> errors) {
    if (ids == null) {
      return;
    }
    for (int i = 0; i < ids.size(); i++) {
      KnownOrganization org = organizations.findById(ids.get(i));
      if (org == null || !org.province.equals(province)) {
        errors.add(
            new Problem.FieldError(
                field + "[" + i + "]", "no organization " + ids.get(i) + " in " + province));
      }
    }
  }

  private KnownPlan plan(UUID planId) {
    KnownPlan plan = planId == null ? null : plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    return plan;
  }

  private Indicator find(UUID id) {
    Indicator indicator = indicators.findById(id);
    if (indicator == null) {
      throw ProblemException.notFound("indicator", id);
    }
    caller.requireVisible(indicator.province, "indicator", id);
    return indicator;
  }

  static Map<String, Object> snapshot(Indicator i) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("code", i.code);
    fields.put("parentId", i.parentId);
    fields.put("name", i.name);
    fields.put("unit", i.unit);
    fields.put("direction", i.direction);
    fields.put("counting", i.counting);
    fields.put("leadOrgIds", List.copyOf(i.leadOrgIds));
    fields.put("responsibleOrgIds", List.copyOf(i.responsibleOrgIds));
    fields.put("monitoringOrgIds", List.copyOf(i.monitoringOrgIds));
    fields.put("baselineValue", i.baselineValue);
    fields.put("baselineText", i.baselineText);
    fields.put("baselineYear", i.baselineYear);
    fields.put(
        "targets",
        i.targets.stream().map(t -> t.year() + ": " + t.text() + " (" + t.kind() + ")").toList());
    return fields;
  }

  void publish(String type, Indicator i, String note) {
    outbox.publish(IndicatorEvents.TOPIC, type, i.id, i.province, i.version, changed(i, note));
  }

  static IndicatorEvents.IndicatorChanged changed(Indicator i, String note) {
    return new IndicatorEvents.IndicatorChanged(
        i.id,
        i.province,
        i.planId,
        i.code,
        i.parentId,
        i.name,
        i.unit,
        i.direction.name(),
        i.counting.name(),
        i.valueType == null ? null : i.valueType.name(),
        List.copyOf(i.leadOrgIds),
        List.copyOf(i.responsibleOrgIds),
        List.copyOf(i.monitoringOrgIds),
        i.baselineValue,
        i.baselineYear,
        i.targets.stream()
            .map(
                t ->
                    new IndicatorEvents.TargetData(
                        t.year(), t.text(), t.kind(), t.operator(), t.min(), t.max(), t.unit()))
            .toList(),
        note,
        i.version);
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  private static List<UUID> distinct(List<UUID> ids) {
    return ids == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(ids));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
