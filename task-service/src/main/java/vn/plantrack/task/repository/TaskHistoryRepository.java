package vn.plantrack.task.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.task.DeadlineChange;
import vn.plantrack.task.TaskPart;
import vn.plantrack.task.contract.TaskVersion;

/**
 * What a task's history keeps beside the task: every published version of its timeline
 * (task_version), the members' parts of a task a collective leads (task_part), and its deadline
 * changes (task_deadline_change).
 */
@ApplicationScoped
public class TaskHistoryRepository {
  private final EntityManager em;
  private final ObjectMapper mapper;

  public TaskHistoryRepository(EntityManager em, ObjectMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  /** Keeps a version as published. */
  public void addVersion(UUID taskId, TaskVersion version) {
    String json;
    try {
      json = mapper.writeValueAsString(version);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    em.createNativeQuery(
            "insert into task_version (task_id, version, effective_on, timeline, recorded_at)"
                + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5)")
        .setParameter(1, taskId)
        .setParameter(2, version.version())
        .setParameter(3, version.effectiveOn())
        .setParameter(4, json)
        .setParameter(5, Instant.now())
        .executeUpdate();
  }

  /** Every version of the tasks, by task (a task created before versions were kept has none). */
  @SuppressWarnings("unchecked")
  public Map<UUID, List<TaskVersion>> versionsOf(Collection<UUID> taskIds) {
    Map<UUID, List<TaskVersion>> byTask = new HashMap<>();
    if (taskIds.isEmpty()) {
      return byTask;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select task_id, timeline::text from task_version where task_id = any(?1)")
            .setParameter(1, taskIds.toArray(new UUID[0]))
            .getResultList();
    for (Object[] r : rows) {
      try {
        byTask
            .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
            .add(mapper.readValue((String) r[1], TaskVersion.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a stored task version does not read", e);
      }
    }
    return byTask;
  }

  /** The members' parts of the tasks that have any, by task. */
  public Map<UUID, List<TaskPart>> partsOf(Collection<UUID> taskIds) {
    Map<UUID, List<TaskPart>> byTask = new HashMap<>();
    if (taskIds.isEmpty()) {
      return byTask;
    }
    em.createQuery("from TaskPart p where p.id.taskId in ?1", TaskPart.class)
        .setParameter(1, taskIds)
        .getResultList()
        .forEach(p -> byTask.computeIfAbsent(p.id.taskId(), k -> new ArrayList<>()).add(p));
    return byTask;
  }

  /** A member's part, or null when it has not reported. */
  public TaskPart part(UUID taskId, UUID orgId) {
    return em.find(TaskPart.class, new TaskPart.Key(taskId, orgId));
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  /** How many approved deadline changes moved each task's deadline later. */
  @SuppressWarnings("unchecked")
  public Map<UUID, Integer> extensionsOf(Collection<UUID> taskIds) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (taskIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select task_id, count(*) from task_deadline_change"
                    + " where task_id = any(?1) and status = 'APPROVED' and extends"
                    + " group by task_id")
            .setParameter(1, taskIds.toArray(new UUID[0]))
            .getResultList();
    rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
    return counts;
  }

  /** A page of a task's deadline changes, by when they were asked. */
  public Page<DeadlineChange> deadlineChanges(UUID taskId, PageRequest page) {
    List<DeadlineChange> items =
        em.createQuery(
                "from DeadlineChange c where c.taskId = ?1 order by c.requestedAt "
                    + (page.ascending() ? "asc" : "desc"),
                DeadlineChange.class)
            .setParameter(1, taskId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("select count(c) from DeadlineChange c where c.taskId = ?1", Long.class)
            .setParameter(1, taskId)
            .getSingleResult();
    return Page.of(items, page, total);
  }

  public DeadlineChange deadlineChange(UUID id) {
    return em.find(DeadlineChange.class, id);
  }

  /** The request a task has waiting for a decision, if any. */
  public DeadlineChange openRequest(UUID taskId) {
    return em.createQuery(
            "from DeadlineChange c where c.taskId = ?1 and c.status = ?2", DeadlineChange.class)
        .setParameter(1, taskId)
        .setParameter(2, DeadlineChange.Status.REQUESTED)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
