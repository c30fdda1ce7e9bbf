package dev.guildsync.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Names the Battle.net properties a schedule needs when they are not set. */
final class MissingCredentialsFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingCredentialsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingCredentialsException cause) {
    return new FailureAnalysis(
        cause.getMessage() + ": a schedule without them could never sync.",
        "Set "
            + String.join(" and ", cause.missing())
            + " (from the environment, e.g. GUILDSYNC_BATTLENET_CLIENTID and"
            + " GUILDSYNC_BATTLENET_CLIENTSECRET), or remove guildsync.sync.every to start"
            + " without syncing.",
        cause);
  }
}
