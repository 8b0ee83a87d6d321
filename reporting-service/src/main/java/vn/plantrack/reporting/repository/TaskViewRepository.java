package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.plantrack.reporting.TaskView;

@ApplicationScoped
public class TaskViewRepository implements PanacheRepositoryBase<TaskView, UUID> {

  /** The organizations that lead a task of the plan. */
  @SuppressWarnings("unchecked")
  public List<UUID> leadsOf(UUID planId) {
    return getEntityManager()
        .createNativeQuery("select distinct unnest(lead_org_ids) from task_view where plan_id = ?1")
        .setParameter(1, planId)
        .getResultList();
  }
}
