package vn.plantrack.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.task.KnownPlan;

@ApplicationScoped
public class KnownPlanRepository implements PanacheRepositoryBase<KnownPlan, UUID> {}
