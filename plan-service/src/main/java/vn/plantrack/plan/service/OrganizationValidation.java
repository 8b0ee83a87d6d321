package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.service.OrganizationCommands.OrganizationData;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;

/** Whether a change fits the directory: codes, parents, group members, reorganizations. */
@ApplicationScoped
class OrganizationValidation {
  private final OrganizationRepository organizations;
  private final Caller caller;

  OrganizationValidation(OrganizationRepository organizations, Caller caller) {
    this.organizations = organizations;
    this.caller = caller;
  }

  /** A new code starts with its province's code and is not taken. */
  void requireNewCode(String code, String province) {
    if (!code.startsWith(province + ".")) {
      throw ProblemException.invalid("code", "must start with the province code " + province + ".");
    }
    if (organizations.existsByCode(code)) {
      throw ProblemException.conflict("an organization with code " + code + " exists");
    }
  }

  /**
   * Checks the data against the directory; returns the group's member ids (empty for an agency).
   */
  List<UUID> members(Organization org, OrganizationData data) {
    if (data.validFrom() != null
        && data.validTo() != null
        && data.validFrom().isAfter(data.validTo())) {
      throw ProblemException.invalid("validTo", "must not be before validFrom");
    }
    if (data.parentId() != null) {
      requireParent(data.parentId(), org);
    }
    List<UUID> members =
        data.memberIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(data.memberIds()));
    List<String> memberTypes = data.memberTypes() == null ? List.of() : data.memberTypes();
    if (data.type() != OrganizationType.GROUP) {
      if (!members.isEmpty()) {
        throw ProblemException.invalid("memberIds", "only a GROUP has members");
      }
      if (!memberTypes.isEmpty()) {
        throw ProblemException.invalid("memberTypes", "only a GROUP has member types");
      }
      return List.of();
    }
    for (int i = 0; i < members.size(); i++) {
      Organization member = organizations.findById(members.get(i));
      if (member == null || !member.province.equals(org.province)) {
        throw ProblemException.invalid(
            "memberIds[" + i + "]", "no organization " + members.get(i) + " in " + org.province);
      }
      if (member.type == OrganizationType.GROUP) {
        throw ProblemException.invalid("memberIds[" + i + "]", "a group cannot contain a group");
      }
    }
    for (int i = 0; i < memberTypes.size(); i++) {
      String memberType = memberTypes.get(i);
      boolean known =
          Arrays.stream(OrganizationType.values())
              .anyMatch(t -> t != OrganizationType.GROUP && t.name().equals(memberType));
      if (!known) {
        throw ProblemException.invalid(
            "memberTypes[" + i + "]", "not an organization type: " + memberType);
      }
    }
    return members;
  }

  /**
   * The parent must exist in the same province and must not be the organization or one of its
   * descendants.
   */
  private void requireParent(UUID parentId, Organization org) {
    UUID cursor = parentId;
    for (int depth = 0; cursor != null; depth++) {
      if (cursor.equals(org.id) || depth > 50) {
        throw ProblemException.invalid("parentId", "would make a cycle in the organization tree");
      }
      Organization ancestor = organizations.findById(cursor);
      if (ancestor == null || !ancestor.province.equals(org.province)) {
        throw ProblemException.invalid(
            "parentId", "no organization " + cursor + " in " + org.province);
      }
      cursor = ancestor.parentId;
    }
  }

  /**
   * The focal points as kept: trimmed, blanks dropped; each reachable (an email or a phone), no
   * email twice. A group has none: it is told through its members.
   */
  List<Organization.Contact> contacts(Organization org, List<Organization.Contact> contacts) {
    if (org.type == OrganizationType.GROUP && !contacts.isEmpty()) {
      throw ProblemException.invalid(
          "contacts", "a group has no focal points: its members' focal points are told");
    }
    List<Organization.Contact> kept = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < contacts.size(); i++) {
      Organization.Contact c = contacts.get(i);
      Organization.Contact clean =
          new Organization.Contact(
              c.name().strip(),
              blankToNull(c.email()),
              blankToNull(c.phone()),
              blankToNull(c.role()));
      if (clean.email() == null && clean.phone() == null) {
        throw ProblemException.invalid("contacts[" + i + "]", "give an email or a phone");
      }
      if (clean.email() != null && !emails.add(clean.email().toLowerCase(Locale.ROOT))) {
        throw ProblemException.invalid(
            "contacts[" + i + "].email", clean.email() + " is listed twice");
      }
      kept.add(clean);
    }
    return kept;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A split names at least two successors. */
  void requireSplitSuccessors(List<UUID> successorIds) {
    if (successorIds.size() < 2) {
      throw ProblemException.invalid("successorIds", "a split needs at least two successors");
    }
  }

  /**
   * The successors an agency may be reorganized into from {@code effectiveOn}, in order: it is not
   * a group, exists then and was not reorganized before; each successor is visible, distinct, no
   * group, in the same province (unless an admin asks) and exists then.
   *
   * @param kind MERGE or SPLIT
   */
  List<Organization> successors(
      Organization org, List<UUID> successorIds, LocalDate effectiveOn, String kind) {
    if (org.type == OrganizationType.GROUP) {
      throw ProblemException.invalid(
          "id", "a group is not reorganized; change its members instead");
    }
    if (org.validTo != null && org.validTo.isBefore(effectiveOn)) {
      throw ProblemException.conflict(
          org.code + " ended on " + org.validTo + ", before " + effectiveOn);
    }
    if (org.validFrom != null && !org.validFrom.isBefore(effectiveOn)) {
      throw ProblemException.invalid(
          "effectiveOn", "must be after the organization's start " + org.validFrom);
    }
    if (new LinkedHashSet<>(successorIds).size() != successorIds.size()) {
      throw ProblemException.invalid("successorIds", "lists an organization twice");
    }
    List<Organization> successors = new ArrayList<>();
    for (int i = 0; i < successorIds.size(); i++) {
      String field = kind.equals("MERGE") ? "successorId" : "successorIds[" + i + "]";
      UUID successorId = successorIds.get(i);
      Organization successor = organizations.findById(successorId);
      if (successor == null || !caller.canSee(successor.province)) {
        throw ProblemException.invalid(field, "no organization " + successorId);
      }
      if (successorId.equals(org.id) || successor.type == OrganizationType.GROUP) {
        throw ProblemException.invalid(field, "cannot take over the organization's work");
      }
      if (!successor.province.equals(org.province) && !caller.hasRole(Roles.ADMIN)) {
        throw ProblemException.invalid(field, "only an admin merges across provinces");
      }
      if (!successor.validOn(effectiveOn)) {
        throw ProblemException.invalid(field, successor.code + " does not exist on " + effectiveOn);
      }
      successors.add(successor);
    }
    if (organizations.linksOf(List.of(org.id)).stream()
        .anyMatch(l -> l.predecessorId().equals(org.id))) {
      throw ProblemException.conflict(org.code + " was already reorganized");
    }
    return successors;
  }
}
