package dev.guildsync.bnet;

import com.github.mizosoft.methanol.Methanol;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Tells the {@link OutageRule} how each attempt went (retries included, each a token, a paced
 * request and an answer or not), and refuses an attempt at once while Battle.net counts as
 * unavailable. It sits inside the retries, so a retry of an attempt made before Battle.net was
 * called unavailable is refused too.
 */
final class OutageInterceptor implements Methanol.Interceptor {
  private final OutageRule rule;

  OutageInterceptor(OutageRule rule) {
    this.rule = rule;
  }

  @Override
  public <T> HttpResponse<T> intercept(HttpRequest request, Chain<T> chain)
      throws IOException, InterruptedException {
    OutageRule.Admission admission = rule.admit();
    String path = request.uri().getRawPath();
    HttpResponse<T> response;
    try {
      response = chain.forward(request);
    } catch (IOException e) {
      rule.failed(admission, path, OutageStreak.Failure.of(request.uri(), e));
      throw e;
    } catch (InterruptedException | RuntimeException | Error e) {
      rule.abandoned(admission);
      throw e;
    }
    int status = response.statusCode();
    if (status >= 500 || status == 429) {
      rule.failed(admission, path, OutageStreak.Failure.ofStatus(request.uri(), status));
    } else {
      rule.answered();
    }
    return response;
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> interceptAsync(
      HttpRequest request, Chain<T> chain) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("BattleNetClient sends synchronously"));
  }
}
