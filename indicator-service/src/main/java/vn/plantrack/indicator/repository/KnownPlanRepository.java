package vn.plantrack.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.indicator.KnownPlan;

@ApplicationScoped
public class KnownPlanRepository implements PanacheRepositoryBase<KnownPlan, UUID> {}
