package vn.plantrack.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.plan.PlanImport;

@ApplicationScoped
public class PlanImportRepository implements PanacheRepositoryBase<PlanImport, UUID> {}
