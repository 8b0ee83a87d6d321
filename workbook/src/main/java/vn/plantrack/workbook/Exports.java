package vn.plantrack.workbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.problem.ProblemTypes;

/**
 * What the exports of a service's records share: every record of a list query (its own filters and
 * order, at most {@value SheetReader#MAX_ROWS}), the codes of their parents, and the names of the
 * organizations and plans they refer to.
 */
public final class Exports {
  private Exports() {}

  /**
   * Every record the list query finds, page by page in code order; more than a workbook holds is a
   * 400 naming the list's {@code filters}.
   */
  public static <T> List<T> all(
      Function<PageRequest, Page<T>> list, String plural, String filters) {
    List<T> found = new ArrayList<>();
    int size = PageRequest.MAX_SIZE;
    for (int page = 0; ; page++) {
      Page<T> result = list.apply(new PageRequest(page, size, "code", true));
      if (result.total() > SheetReader.MAX_ROWS) {
        throw tooMany(result.total() + " " + plural, filters);
      }
      found.addAll(result.items());
      if (result.items().size() < size || found.size() >= result.total()) {
        return found;
      }
    }
  }

  /** An export larger than a workbook holds: narrow the filters. */
  public static ProblemException tooMany(String what, String filters) {
    return new ProblemException(
        400,
        ProblemTypes.VALIDATION,
        "Too many rows",
        "the filter matches "
            + what
            + "; a workbook holds at most "
            + SheetReader.MAX_ROWS
            + " rows: narrow it ("
            + filters
            + ")");
  }

  /** The code of each record's parent: from the export itself, the others looked up. */
  public static <T> Map<UUID, String> parentCodes(
      List<T> found, Records<T> records, Function<List<UUID>, Map<UUID, String>> codesOf) {
    Map<UUID, String> codes = new HashMap<>();
    found.forEach(r -> codes.put(records.id().apply(r), records.code().apply(r)));
    List<UUID> missing =
        found.stream()
            .map(records.parentId())
            .filter(p -> p != null && !codes.containsKey(p))
            .distinct()
            .toList();
    codes.putAll(codesOf.apply(missing));
    return codes;
  }

  /**
   * The organizations (by ID, as code and name) and plans (number by ID) an export names; an
   * organization the directory does not know is written as its ID.
   */
  public record Names(Map<UUID, Choice> organizations, Map<UUID, String> planNumbers) {
    /** The organizations as a validation list. */
    public List<Choice> choices() {
      return List.copyOf(organizations.values());
    }

    public List<String> codes(Collection<UUID> ids) {
      return ids.stream()
          .map(id -> organizations.containsKey(id) ? organizations.get(id).value() : id.toString())
          .toList();
    }

    public String planNumber(UUID planId) {
      return planNumbers.get(planId);
    }
  }
}
