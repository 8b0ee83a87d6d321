package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.reporting.TaskView;

@ApplicationScoped
public class TaskViewRepository implements PanacheRepositoryBase<TaskView, UUID> {}
