package vn.plantrack.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hand-over every service's {@link OpenWork} configures, on plain rows. */
class RoleHandoverTest {
  private static final UUID OLD = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID NEW = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  private static final LocalDate ON = LocalDate.of(2025, 7, 1);

  /** A row with two roles, and whether its work is still open. */
  static final class Row {
    List<UUID> leads;
    List<UUID> helpers;
    final boolean open;

    Row(List<UUID> leads, List<UUID> helpers, boolean open) {
      this.leads = leads;
      this.helpers = helpers;
      this.open = open;
    }
  }

  record Recorded(Row row, List<UUID> leadsBefore, UUID from, UUID to, LocalDate on) {}

  static final class Rows extends RoleHandover<Row, List<UUID>> {
    final List<Row> rows;
    final List<Recorded> recorded = new ArrayList<>();

    Rows(Row... rows) {
      this.rows = List.of(rows);
    }

    @Override
    protected List<Row> openWorkOf(UUID org) {
      return rows.stream()
          .filter(r -> r.open && (r.leads.contains(org) || r.helpers.contains(org)))
          .toList();
    }

    @Override
    protected List<Role<Row>> roles() {
      return List.of(
          new Role<>(r -> r.leads, (r, ids) -> r.leads = ids),
          new Role<>(r -> r.helpers, (r, ids) -> r.helpers = ids));
    }

    @Override
    protected List<UUID> before(Row row) {
      return List.copyOf(row.leads);
    }

    @Override
    protected void handedOver(Row row, List<UUID> before, UUID from, UUID to, LocalDate on) {
      recorded.add(new Recorded(row, before, from, to, on));
    }
  }

  @Test
  void everyRoleOfEveryOpenRowNamesTheSuccessorInPlaceAndEachRowIsRecordedOnce() {
    Row lead = new Row(List.of(OTHER, OLD), List.of(), true);
    Row helper = new Row(List.of(OTHER), List.of(OLD), true);
    Rows rows = new Rows(lead, helper);

    assertThat(rows.moveOpenWork(OLD, NEW, ON)).isEqualTo(2);

    assertThat(lead.leads).containsExactly(OTHER, NEW);
    assertThat(helper.leads).containsExactly(OTHER);
    assertThat(helper.helpers).containsExactly(NEW);
    assertThat(rows.recorded)
        .containsExactly(
            new Recorded(lead, List.of(OTHER, OLD), OLD, NEW, ON),
            new Recorded(helper, List.of(OTHER), OLD, NEW, ON));
  }

  @Test
  void aRoleThatAlreadyNamesTheSuccessorNamesItOnce() {
    Row both = new Row(List.of(OLD, NEW, OTHER), List.of(), true);

    new Rows(both).moveOpenWork(OLD, NEW, ON);

    assertThat(both.leads).containsExactly(NEW, OTHER);
  }

  @Test
  void closedWorkKeepsItsHolderAndIsNotCounted() {
    Row closed = new Row(List.of(OLD), List.of(), false);
    Rows rows = new Rows(closed);

    assertThat(rows.moveOpenWork(OLD, NEW, ON)).isZero();

    assertThat(closed.leads).containsExactly(OLD);
    assertThat(rows.recorded).isEmpty();
  }
}
