package vn.plantrack.platform.paging;

import java.util.Set;
import vn.plantrack.platform.problem.ProblemException;

/**
 * A validated page request: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}, and a
 * sort on one of the fields a resource allows. Anything else is a 400 naming the parameter: no
 * endpoint returns unbounded data.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public static PageRequest of(
      Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0) {
      throw ProblemException.invalid("page", "must be 0 or more");
    }
    if (s < 1 || s > MAX_SIZE) {
      throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
    }
    String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
    String[] parts = spec.split(",", -1);
    String field = parts[0].trim();
    if (!sortable.contains(field)) {
      throw ProblemException.invalid("sort", "sortable fields are " + String.join(", ", sortable));
    }
    boolean ascending = true;
    if (parts.length == 2) {
      String direction = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw ProblemException.invalid("sort", "direction must be asc or desc");
      }
      ascending = direction.equals("asc");
    } else if (parts.length > 2) {
      throw ProblemException.invalid("sort", "use field,asc or field,desc");
    }
    return new PageRequest(p, s, field, ascending);
  }

  public int offset() {
    return page * size;
  }
}
