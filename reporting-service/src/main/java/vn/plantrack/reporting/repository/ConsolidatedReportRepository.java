package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.reporting.ConsolidatedReport;

@ApplicationScoped
public class ConsolidatedReportRepository
    implements PanacheRepositoryBase<ConsolidatedReport, UUID> {}
