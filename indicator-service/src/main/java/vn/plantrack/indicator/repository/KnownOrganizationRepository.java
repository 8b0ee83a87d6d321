package vn.plantrack.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.indicator.KnownOrganization;

@ApplicationScoped
public class KnownOrganizationRepository
    implements PanacheRepositoryBase<KnownOrganization, UUID> {}
