package vn.plantrack.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.repository.TaskRepository;

/**
 * What the tests' tasks stand on, written as plan-service's events would have left it: an issued
 * plan with its departments (the directory copies), and fresh tasks in it, each in its own
 * transaction. The tests of one class share a plan: it is written once.
 */
@ApplicationScoped
public class TestDirectory {
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final TaskRepository tasks;

  public TestDirectory(
      KnownPlanRepository plans, KnownOrganizationRepository organizations, TaskRepository tasks) {
    this.plans = plans;
    this.organizations = organizations;
    this.tasks = tasks;
  }

  /** A test's own id, the same in every run. */
  public static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An issued plan of Kon Tum and its departments (id → province; code: province and the id's first
   * characters), unless the plan is there already.
   */
  public void plan(UUID plan, String number, Map<UUID, String> departments) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (plans.findById(plan) != null) {
                return;
              }
              KnownPlan p = new KnownPlan();
              p.id = plan;
              p.province = "KT";
              p.number = number;
              p.status = "ISSUED";
              p.version = 1;
              plans.persist(p);
              departments.forEach(
                  (org, province) -> {
                    KnownOrganization o = new KnownOrganization();
                    o.id = org;
                    o.province = province;
                    o.code = province + "." + org.toString().substring(0, 6);
                    o.name = o.code;
                    o.type = "DEPARTMENT";
                    o.version = 1;
                    organizations.persist(o);
                  });
            });
  }

  /**
   * A new task of the plan, NOT_STARTED, with a conditional deadline nobody has met, led by {@code
   * lead} with {@code cooperating}; its code is {@code prefix} and a random part.
   */
  public UUID freshTask(UUID plan, String prefix, String title, UUID lead, UUID cooperating) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Task t = new Task();
              t.id = UUID.randomUUID();
              t.province = "KT";
              t.planId = plan;
              t.code = prefix + t.id.toString().substring(0, 8);
              t.title = title;
              t.leadOrgIds = new ArrayList<>(List.of(lead));
              t.cooperatingOrgIds = new ArrayList<>(List.of(cooperating));
              t.deadlineText = "Sau khi có hướng dẫn của Trung ương";
              t.deadlineKind = DeadlineKind.CONDITIONAL;
              t.deadlineCondition = t.deadlineText;
              t.status = TaskStatus.NOT_STARTED;
              t.stampCreated("test");
              tasks.persist(t);
              return t.id;
            });
  }
}
