package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.plan.DocumentType;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument.DocumentReference;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.platform.security.Caller;

/** Reading plans: one plan, pages of them, the document chain around one, its history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanQueries {
  public static final Set<String> SORTABLE = PlanRepository.SORTABLE.keySet();

  private final PlanRepository plans;
  private final PlanAccess access;
  private final AuditTrail audit;
  private final Caller caller;

  public PlanQueries(PlanRepository plans, PlanAccess access, AuditTrail audit, Caller caller) {
    this.plans = plans;
    this.access = access;
    this.audit = audit;
    this.caller = caller;
  }

  /** A plan with the chain around it: what it implements (up) and what implements it (down). */
  public record Tree(Plan plan, List<Tree> up, List<Tree> down) {}

  public Plan get(UUID id) {
    return access.find(id);
  }

  public Page<Plan> list(
      String province, PlanStatus status, DocumentType type, String q, PageRequest page) {
    var scope = caller.readScope(province);
    if (scope.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    PlanRepository.Filter filter =
        new PlanRepository.Filter(
            scope.get().province(),
            status == null ? null : status.name(),
            type == null ? null : type.name(),
            TextSearch.likeText(q));
    return Page.of(plans.search(filter, page), page, plans.count(filter));
  }

  /** The chain: up through the plans it implements, down through the plans implementing it. */
  public Tree tree(UUID id) {
    Plan plan = access.find(id);
    return new Tree(
        plan, up(plan, new HashSet<>(Set.of(plan.id))), down(plan, new HashSet<>(Set.of(plan.id))));
  }

  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    access.find(id);
    return audit.history(PlanRecorder.AUDIT_TYPE, id, page);
  }

  private List<Tree> up(Plan plan, Set<UUID> seen) {
    List<Tree> parents = new ArrayList<>();
    for (DocumentReference ref : plan.implementsDocs) {
      if (ref.planId() != null && seen.add(ref.planId())) {
        Plan parent = plans.findById(ref.planId());
        if (parent != null && caller.canSee(parent.province)) {
          parents.add(new Tree(parent, up(parent, seen), List.of()));
        }
      }
    }
    return parents;
  }

  private List<Tree> down(Plan plan, Set<UUID> seen) {
    List<Tree> children = new ArrayList<>();
    for (Plan child : plans.implementing(plan.id)) {
      if (seen.add(child.id) && caller.canSee(child.province)) {
        children.add(new Tree(child, List.of(), down(child, seen)));
      }
    }
    return children;
  }
}
