package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.plantrack.notification.repository.KnownTaskRepository;
import vn.plantrack.notification.rules.Notice;
import vn.plantrack.notification.rules.Notices;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.task.contract.TaskEvents;
import vn.plantrack.task.contract.TaskEvents.TaskChanged;
import vn.plantrack.task.contract.TaskEvents.TaskReassigned;
import vn.plantrack.task.contract.TaskEvents.TaskReminder;

/**
 * task-service's events, read as task-contract's records: a reminder (due soon, overdue) is told to
 * the organizations it is for (the leads, or a collective lead's members whose part is not done); a
 * created task to its leads (a collective's members); a reassignment to the successor. Every task's
 * change keeps its code, title and deadline as written for the later messages.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TaskNotices {
  private final EventData data;
  private final KnownTaskRepository tasks;
  private final Dispatcher dispatcher;
  private final Links links;

  public TaskNotices(
      EventData data, KnownTaskRepository tasks, Dispatcher dispatcher, Links links) {
    this.data = data;
    this.tasks = tasks;
    this.dispatcher = dispatcher;
    this.links = links;
  }

  public void apply(InboundEvent event) {
    switch (event.type()) {
      case TaskEvents.DUE_SOON, TaskEvents.OVERDUE -> reminded(event);
      case TaskEvents.REASSIGNED -> reassigned(event);
      case TaskEvents.CREATED,
          TaskEvents.UPDATED,
          TaskEvents.STATUS_CHANGED,
          TaskEvents.PROGRESS_REPORTED ->
          changed(event);
      default -> {
        // Another kind of task event tells nobody anything.
      }
    }
  }

  private void reminded(InboundEvent event) {
    TaskReminder r =
        data.decode(event, TaskReminder.class, "id", "province", "code", "title", "leadOrgIds");
    Notices.Task task =
        new Notices.Task(
            r.id(),
            r.code(),
            r.title(),
            tasks.find(r.id()).map(KnownTaskRepository.Row::deadlineText).orElse(null),
            r.dueDate());
    Notice notice =
        TaskEvents.DUE_SOON.equals(event.type())
            ? Notices.taskDueSoon(links.base(), task, r.daysLeft())
            : Notices.taskOverdue(links.base(), task);
    dispatcher.tell(event.id(), r.province(), notice, r.leadOrgIds());
  }

  private void reassigned(InboundEvent event) {
    TaskReassigned r =
        data.decode(event, TaskReassigned.class, "id", "province", "code", "toOrgId");
    var known = tasks.find(r.id());
    Notices.Task task =
        new Notices.Task(
            r.id(),
            r.code(),
            known.map(KnownTaskRepository.Row::title).orElse(r.code()),
            known.map(KnownTaskRepository.Row::deadlineText).orElse(null),
            null);
    dispatcher.tell(
        event.id(),
        r.province(),
        Notices.taskReassigned(links.base(), task, r.effectiveOn()),
        List.of(r.toOrgId()));
  }

  private void changed(InboundEvent event) {
    TaskChanged c = data.decode(event, TaskChanged.class, "id", "province", "code", "title");
    tasks.keep(
        new KnownTaskRepository.Row(c.id(), c.province(), c.code(), c.title(), c.deadlineText()),
        event.version());
    if (TaskEvents.CREATED.equals(event.type())) {
      Notices.Task task =
          new Notices.Task(c.id(), c.code(), c.title(), c.deadlineText(), c.dueDate());
      dispatcher.tell(
          event.id(), c.province(), Notices.taskAssigned(links.base(), task), c.leadOrgIds());
    }
  }
}
