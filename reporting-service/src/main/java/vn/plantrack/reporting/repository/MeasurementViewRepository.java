package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.plantrack.reporting.MeasurementView;

@ApplicationScoped
public class MeasurementViewRepository
    implements PanacheRepositoryBase<MeasurementView, MeasurementView.Key> {

  /** Records the time of the newest event applied from a topic (the read model's lag). */
  public void position(String topic, Instant eventTime) {
    getEntityManager()
        .createNativeQuery(
            "insert into read_model_position (topic, event_time, applied_at) values (?1, ?2, now())"
                + " on conflict (topic) do update set event_time ="
                + " greatest(read_model_position.event_time, excluded.event_time),"
                + " applied_at = now()")
        .setParameter(1, topic)
        .setParameter(2, eventTime)
        .executeUpdate();
  }

  /** Every revision of the indicators' values, read only. */
  public List<MeasurementView> revisionsOf(List<UUID> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return List.of();
    }
    return find("indicatorId in ?1 order by periodEnd, period, revision", indicatorIds)
        .withHint(HibernateHints.HINT_READ_ONLY, true)
        .list();
  }
}
