package vn.plantrack.workbook;

import java.util.UUID;
import java.util.function.Function;

/**
 * How a service's workbook rows name its records (tasks, indicators): what one is called in a row
 * error ("task"), and how its ID, code, plan and parent are read. The import scaffold ({@link
 * RecordUpserts}, {@link RowTargets}) and the exports ({@link Exports}) are configured with it.
 */
public record Records<T>(
    String noun,
    Function<T, UUID> id,
    Function<T, String> code,
    Function<T, UUID> planId,
    Function<T, UUID> parentId) {

  /** The same records reached through another type ({@code JudgedTask::task}). */
  public <S> Records<S> through(Function<S, T> record) {
    return new Records<>(
        noun,
        record.andThen(id),
        record.andThen(code),
        record.andThen(planId),
        record.andThen(parentId));
  }

  String plural() {
    return noun + "s";
  }
}
