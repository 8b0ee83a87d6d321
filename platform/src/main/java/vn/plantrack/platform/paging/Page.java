package vn.plantrack.platform.paging;

import java.util.List;
import java.util.function.Function;

/** The list envelope of every collection resource: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(List.copyOf(items), request.page(), request.size(), total);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
