package vn.plantrack.plan.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who a collective stands for. The documents assign tasks to collectives ("Các sở, ngành, đơn vị,
 * địa phương", "UBND các huyện, thành phố"); the directory keeps each as an organization of type
 * {@value #GROUP} that names its members, or the organization types it stands for when the document
 * leaves it open. An organization is a member when it is of the group's province, is not itself a
 * group, and is named among the members or is of one of the member types; on a date, only while it
 * exists (an organization merged away on 1 July 2025 is no member after 30 June).
 */
public final class Groups {
  public static final String GROUP = "GROUP";

  private Groups() {}

  /** What the rule needs of an organization, as {@link OrganizationEvents} publish it. */
  public record Entry(
      UUID id,
      String province,
      String type,
      List<UUID> memberIds,
      List<String> memberTypes,
      LocalDate validFrom,
      LocalDate validTo) {
    public Entry {
      Objects.requireNonNull(id, "id");
      memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
      memberTypes = memberTypes == null ? List.of() : List.copyOf(memberTypes);
    }

    public boolean isGroup() {
      return GROUP.equals(type);
    }

    /** Whether it exists on the day; a null day asks about today's directory. */
    public boolean existsOn(LocalDate day) {
      return day == null
          || ((validFrom == null || !validFrom.isAfter(day))
              && (validTo == null || !validTo.isBefore(day)));
    }
  }

  /** Whether {@code org} is one of {@code group}'s members on {@code day} (null: any day). */
  public static boolean isMember(Entry group, Entry org, LocalDate day) {
    if (!group.isGroup() || org.isGroup() || org.id().equals(group.id())) {
      return false;
    }
    if (!Objects.equals(group.province(), org.province()) || !org.existsOn(day)) {
      return false;
    }
    return group.memberIds().contains(org.id()) || group.memberTypes().contains(org.type());
  }

  /** The members of {@code group} among {@code directory} on {@code day}, in directory order. */
  public static List<UUID> members(Entry group, Collection<Entry> directory, LocalDate day) {
    return directory.stream().filter(o -> isMember(group, o, day)).map(Entry::id).toList();
  }

  /**
   * Who answers for an assignment: the organizations named, each group replaced by its members (an
   * organization named and also a member counts once), in the order named.
   */
  public static List<UUID> expand(List<UUID> assigned, Collection<Entry> directory, LocalDate day) {
    java.util.Map<UUID, Entry> byId = new java.util.HashMap<>();
    directory.forEach(e -> byId.put(e.id(), e));
    java.util.LinkedHashSet<UUID> out = new java.util.LinkedHashSet<>();
    for (UUID id : assigned) {
      Entry entry = byId.get(id);
      if (entry != null && entry.isGroup()) {
        out.addAll(members(entry, directory, day));
      } else {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }
}
