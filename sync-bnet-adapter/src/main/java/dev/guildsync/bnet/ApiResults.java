package dev.guildsync.bnet;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns an {@link ApiResult} into a port's own result type, case by case. */
final class ApiResults {
  private ApiResults() {}

  /**
   * Calls the function of the case that matches {@code result}; each port passes its result type's
   * factories.
   */
  static <T, R> R fold(
      ApiResult<T> result,
      BiFunction<T, Optional<String>, R> found,
      Supplier<R> notModified,
      Function<String, R> notFound,
      BiFunction<Boolean, String, R> failed) {
    if (result instanceof ApiResult.Found<T> f) {
      return found.apply(f.value(), f.lastModified());
    }
    if (result instanceof ApiResult.NotModified<T>) {
      return notModified.get();
    }
    if (result instanceof ApiResult.NotFound<T> n) {
      return notFound.apply(n.detail());
    }
    ApiResult.Failed<T> f = (ApiResult.Failed<T>) result;
    return failed.apply(f.retryable(), f.reason());
  }
}
